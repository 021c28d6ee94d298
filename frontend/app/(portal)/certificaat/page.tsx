import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { normaliseCertificateNumber } from '../../../../src/domain/certification'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('certification.verifyTitle') }
}

/** Public: type a certificate number, land on its verification page. Works without JavaScript. */
export default async function VerifyFormPage({ searchParams }: { searchParams: Promise<{ nummer?: string }> }) {
  const { t } = await getT()
  const { nummer } = await searchParams
  if (nummer?.trim()) redirect(`/certificaat/${encodeURIComponent(normaliseCertificateNumber(nummer))}`)
  return (
    <>
      <PageHeader title={t('certification.verifyTitle')} lead={t('certification.verifyLead')} />
      <form action="/certificaat" method="get" className="action-form">
        <div className="field">
          <label className="field__label" htmlFor="nummer">
            {t('certification.number')}
          </label>
          <input
            className="field__input"
            id="nummer"
            name="nummer"
            required
            autoComplete="off"
            placeholder="DT-EMDR-2026-7K3QX9"
          />
        </div>
        <button type="submit" className="btn btn--primary">
          {t('certification.check')}
        </button>
      </form>
    </>
  )
}
