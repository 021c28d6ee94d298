import Link from 'next/link'
import type { LeftOutCandidate } from '../../../../../src/domain/ranking'
import type { ServerTranslation } from '../../../../i18n/server'

/**
 * Who the ranking leaves out for stale availability. Coordinators read how many and why; only
 * staff, who follow up with those therapists, read their names.
 */
export function StaleLeftOut({
  leftOut,
  isStaff,
  t,
}: {
  leftOut: LeftOutCandidate[]
  isStaff: boolean
  t: ServerTranslation['t']
}) {
  if (leftOut.length === 0) return null
  return (
    <section className="card" aria-labelledby="stale-left-out">
      <h2 id="stale-left-out">{t('matching.staleTitle')}</h2>
      <p>{t('matching.staleCount', { count: leftOut.length })}</p>
      <p>{t('matching.staleWhy')}</p>
      {isStaff && (
        <>
          <ul>
            {leftOut.map((candidate) => (
              <li key={candidate.memberId}>
                {candidate.displayName}: {candidate.reason}
              </li>
            ))}
          </ul>
          <p>
            <Link href="/beheer/beschikbaarheid">{t('matching.staleStaffLink')}</Link>
          </p>
        </>
      )}
    </section>
  )
}
