import type { Metadata } from 'next'
import Link from 'next/link'
import { Notice } from '../../../../components/Notice'
import { PageHeader } from '../../../../components/PageHeader'
import { getT } from '../../../../i18n/server'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('signUp.thanksTitle') }
}

/** After a successful sign-up: what happens next. */
export default async function SignUpThanksPage() {
  const { t } = await getT()
  return (
    <>
      <PageHeader title={t('signUp.thanksTitle')} />
      <Notice tone="success" title={t('signUp.thanksLead')}>
        <p>{t('signUp.thanksBody')}</p>
      </Notice>
      <p style={{ marginTop: 'var(--space-5)' }}>
        <Link href="/kennisbank" className="btn btn--secondary">
          {t('home.ctaKnowledge')}
        </Link>
      </p>
    </>
  )
}
