import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { EmptyState } from '../../../components/EmptyState'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { requireUser } from '../../../lib/access'
import { type AttentionItem, attentionFor } from '../../../lib/attention'
import { formatDate } from '../../../lib/format'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('attention.title') }
}

/** The start page after login: first what needs this user's action (soonest deadline first), then what is running. */
export default async function StartPage() {
  const { t, language } = await getT()
  const { user, allowed } = await requireUser('/start', ['therapist', 'coordinator', 'admin', 'trainer', 'supervisor'])
  // Editors land here after login too; their work is in the admin, so the home page serves them.
  if (!allowed) redirect('/')
  const { action, running } = await attentionFor(user)
  const list = (items: AttentionItem[]) => (
    <ul className="cards">
      {items.map((item) => (
        <li key={`${item.kind}-${item.href}-${item.title}`} className="card">
          <p className="card__meta">
            <span className="badge">{t(`attention.kind.${item.kind}`)}</span>
          </p>
          <h3>
            <Link href={item.href}>{item.title}</Link>
          </h3>
          {item.due && (
            <p className="card__meta">{t('attention.due', { date: formatDate(item.due, language, true) })}</p>
          )}
        </li>
      ))}
    </ul>
  )
  return (
    <>
      <PageHeader title={t('attention.title')} lead={t('attention.lead', { name: user.name })} />
      <section aria-labelledby="nu-doen">
        <h2 id="nu-doen">{t('attention.actionTitle', { count: action.length })}</h2>
        {action.length === 0 ? (
          <EmptyState title={t('attention.nothingTitle')}>
            <p>{t('attention.nothing')}</p>
          </EmptyState>
        ) : (
          list(action)
        )}
      </section>
      <section aria-labelledby="loopt">
        <h2 id="loopt">{t('attention.runningTitle')}</h2>
        {running.length === 0 ? <p>{t('attention.nothingRunning')}</p> : list(running)}
      </section>
    </>
  )
}
