import type { Metadata } from 'next'
import Link from 'next/link'
import { memberIdOf } from '../../../../../../cms/access/memberOfUser'
import { idOf } from '../../../../../../src/domain/ids'
import { CREDIT_KIND_LABELS, CREDIT_STATUS_LABELS, formatCredits } from '../../../../../../src/domain/renewalCredits'
import { renewalLedger } from '../../../../../../src/store/renewalLedger'
import { Button } from '../../../../../components/Button'
import { NotFound } from '../../../../../components/NotFound'
import { Notice } from '../../../../../components/Notice'
import { PageHeader } from '../../../../../components/PageHeader'
import { getT } from '../../../../../i18n/server'
import { requireUser } from '../../../../../lib/access'
import { formatDate, labelOf } from '../../../../../lib/format'
import { getPayloadClient } from '../../../../../lib/payload'
import { progressOf } from '../../../../../lib/progressOf'
import { ActionForm } from '../../../mijn-opleidingen/ActionForm'
import { CreditActivityForm } from './CreditActivityForm'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('credits.title'), robots: { index: false } }
}

/**
 * The renewal credits of one certificate, for its holder only: the requirement, a progress bar
 * with its numbers in text, the ledger of this cycle, adding an activity, and the renewal
 * request once enough credits are approved and renewal is open.
 */
export default async function CreditsPage({ params }: { params: Promise<{ nummer: string }> }) {
  const { t, language } = await getT()
  const number = decodeURIComponent((await params).nummer)
  const { user } = await requireUser(`/mijn-certificaten/${encodeURIComponent(number)}/punten`)
  const payload = await getPayloadClient()
  const memberId = await memberIdOf(payload, user.id)
  const found = memberId
    ? await payload.find({
        collection: 'certificates',
        where: { number: { equals: number.toUpperCase() }, member: { equals: memberId } },
        limit: 1,
        depth: 0,
        overrideAccess: false,
        user,
      })
    : null
  const certificate = found?.docs[0]
  const ledger = certificate ? await renewalLedger(payload, String(certificate.id)) : null
  // Not the holder (a trainer or staff may read the certificate, but this page is the holder's).
  if (!certificate || !ledger || ledger.certificate.memberId !== memberId) return <NotFound />

  const enrollmentId = ledger.certificate.enrollmentId
  const enrollment = enrollmentId
    ? await payload.findByID({
        collection: 'enrollments',
        id: enrollmentId,
        depth: 0,
        overrideAccess: false,
        user,
        disableErrors: true,
      })
    : null
  const progress = enrollment ? progressOf(enrollment) : null
  const submitted = progress?.renewal?.creditsSubmitted !== undefined
  const open = progress?.status === 'renewal-due' && !submitted
  const enough = ledger.totals.approved >= ledger.required
  const { approved, pending } = ledger.totals
  const opensAt = progress?.certificate?.renewalOpensAt

  return (
    <>
      <PageHeader
        title={t('credits.title')}
        lead={t('credits.lead', { training: ledger.certificate.trainingTitle, number: ledger.certificate.number })}
      />
      <section aria-labelledby="requirement">
        <h2 id="requirement">{t('credits.requirement', { count: ledger.required, years: ledger.validityYears })}</h2>
        <p>
          {t('credits.window', {
            from: formatDate(ledger.window.from, language),
            until: formatDate(ledger.window.until, language),
          })}
        </p>
        <progress
          className="credits-progress"
          value={Math.min(approved, ledger.required)}
          max={Math.max(ledger.required, 1)}
          aria-labelledby="credits-progress-text"
        />
        <p id="credits-progress-text">
          {t('credits.progress', {
            approved: formatCredits(approved),
            required: formatCredits(ledger.required),
            percent: ledger.percent,
          })}
          {pending > 0 && <> {t('credits.pending', { pending: formatCredits(pending) })}</>}
        </p>
      </section>

      <section aria-labelledby="ledger">
        <h2 id="ledger">{t('credits.ledger')}</h2>
        {ledger.entries.length === 0 ? (
          <p>{t('credits.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('credits.ledgerCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('credits.column.date')}</th>
                  <th scope="col">{t('credits.column.kind')}</th>
                  <th scope="col">{t('credits.column.description')}</th>
                  <th scope="col">{t('credits.column.credits')}</th>
                  <th scope="col">{t('credits.column.status')}</th>
                </tr>
              </thead>
              <tbody>
                {ledger.entries.map((entry) => (
                  <tr key={entry.key}>
                    <td>{formatDate(entry.date, language)}</td>
                    <td>{labelOf(CREDIT_KIND_LABELS, entry.kind, language)}</td>
                    <td>{entry.description}</td>
                    <td>{formatCredits(entry.credits)}</td>
                    <td>
                      {labelOf(CREDIT_STATUS_LABELS, entry.status, language)}
                      {entry.status === 'rejected' && entry.reason && <> — {entry.reason}</>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="renewal">
        <h2 id="renewal">{t('credits.renewalTitle')}</h2>
        {submitted ? (
          <Notice tone="success">{t('credits.renewalSubmitted')}</Notice>
        ) : open && enough && enrollmentId ? (
          <ActionForm
            enrollmentId={enrollmentId}
            fixed={{ action: 'submitRenewal' }}
            fields={[{ name: 'note', label: t('certification.renewalNote'), multiline: true }]}
            label={t('credits.requestRenewal', { approved: formatCredits(approved) })}
          />
        ) : (
          <>
            <p id="renewal-why">
              {!enough
                ? t('credits.notEnough', { missing: formatCredits(ledger.required - approved) })
                : progress?.status === 'certified' && opensAt
                  ? t('credits.opensAt', { date: formatDate(opensAt, language) })
                  : t('credits.notOpen')}
            </p>
            <Button isDisabled aria-describedby="renewal-why">
              {t('credits.requestRenewal', { approved: formatCredits(approved) })}
            </Button>
          </>
        )}
      </section>

      {certificate.status !== 'revoked' && (
        <section aria-labelledby="add-activity">
          <h2 id="add-activity">{t('credits.addTitle')}</h2>
          <p>{t('credits.addLead')}</p>
          <CreditActivityForm certificateId={String(idOf(certificate.id))} />
        </section>
      )}
      <p>
        <Link href="/mijn-opleidingen">{t('certification.myTitle')}</Link>
      </p>
    </>
  )
}
