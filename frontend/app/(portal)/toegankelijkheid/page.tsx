import type { Metadata } from 'next'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { formatDate } from '../../../lib/format'
import { STATEMENT_DATE, accessibilityStatement } from './statement'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('accessibility.title') }
}

/** The accessibility statement (/toegankelijkheid), in the form Dutch public bodies use. */
export default async function AccessibilityPage() {
  const { t, language } = await getT()
  const statement = accessibilityStatement(language)
  const list = (id: string, items: string[]) => (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(`accessibility.${id}`)}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  )
  return (
    <>
      <PageHeader
        title={t('accessibility.title')}
        lead={t('accessibility.lead', { date: formatDate(STATEMENT_DATE, language) })}
      />
      <h2>{t('accessibility.status')}</h2>
      <p>{statement.status}</p>
      {list('examined', statement.examined)}
      {list('problems', statement.problems)}
      {list('measures', statement.measures)}
      <h2>{t('accessibility.contact')}</h2>
      <p>{statement.contact}</p>
      <p>{statement.enforcement}</p>
    </>
  )
}
