import type { Metadata } from 'next'
import Link from 'next/link'
import { Notice } from '../../../../components/Notice'
import { PageHeader } from '../../../../components/PageHeader'
import { getT } from '../../../../i18n/server'
import { formatDate } from '../../../../lib/format'
import type { Language } from '../../../../i18n/settings'
import { getPayloadClient } from '../../../../lib/payload'
import { getCurrentUser } from '../../../../lib/session'
import { type Verification, checkCertificate } from '../../../../../cms/endpoints/certification/verify'
import { config } from '../../../../../src/config'
import { PrintButton } from './PrintButton'
import './certificate.css'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ nummer: string }> }): Promise<Metadata> {
  const { nummer } = await params
  return {
    title: `${(await getT()).t('certification.verifyTitle')}: ${decodeURIComponent(nummer)}`,
    robots: { index: false },
  }
}

type Props = { params: Promise<{ nummer: string }>; searchParams: Promise<{ ronde?: string | string[] }> }

/**
 * Public verification of one certificate by its number and round (valid / expired / revoked /
 * superseded / unknown), and the printable certificate itself. The same check as JSON:
 * `Accept: application/json` (src/server.ts).
 */
export default async function CertificatePage({ params, searchParams }: Props) {
  const { t, language } = await getT()
  const { nummer } = await params
  const { ronde } = await searchParams
  const result = await checkCertificate(await getPayloadClient(), decodeURIComponent(nummer), {
    round: typeof ronde === 'string' ? ronde : null,
    viewerUserId: (await getCurrentUser())?.id,
  })
  const verdict = t(`certification.verdict.${result.status}`)
  if (result.status === 'unknown') {
    return (
      <>
        <PageHeader title={verdict} />
        <Notice tone="warning" title={result.number}>
          {t('certification.unknownHelp')}
        </Notice>
        <p>
          <Link href="/certificaat">{t('certification.verifyTitle')}</Link>
        </p>
      </>
    )
  }
  const url = `${config.PUBLIC_URL}/certificaat/${encodeURIComponent(result.number)}?ronde=${result.round}`
  return (
    <>
      <Notice tone={result.status === 'valid' ? 'success' : 'warning'} title={verdict}>
        {verdictDetail(result, (key, values) => t(key, values), language)}
      </Notice>
      <article className="certificate" aria-label={verdict} data-status={result.status}>
        <p className="certificate__platform">Drakentemmers</p>
        <h1 className="certificate__title">Certificaat</h1>
        <p>{t('certification.certifies')}</p>
        <p className="certificate__holder">{result.holderName}</p>
        <p>{t('certification.completed')}</p>
        <p className="certificate__training">
          {result.trainingTitle}
          {result.method ? ` (${result.method})` : ''}
        </p>
        <dl className="certificate__facts">
          <div>
            <dt>{t('certification.number')}</dt>
            <dd>{result.number}</dd>
          </div>
          <div>
            <dt>{t('certification.issued', { date: '' })}</dt>
            <dd>{formatDate(result.issuedAt, language)}</dd>
          </div>
          <div>
            <dt>{t('certification.validUntil', { date: '' })}</dt>
            <dd>{formatDate(result.validUntil, language)}</dd>
          </div>
          <div>
            <dt>{t('certification.round')}</dt>
            <dd>
              {result.round === 0
                ? t('certification.roundFirst')
                : t('certification.roundRenewal', { round: result.round })}
            </dd>
          </div>
          {result.registration && (
            <div>
              <dt>{t('certification.registration')}</dt>
              <dd>
                {result.registration.register} {result.registration.number}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('certification.issuer')}</dt>
            <dd>
              {result.issuer.name} <span className="certificate__did">({result.issuer.did})</span>
            </dd>
          </div>
        </dl>
        <p className="certificate__verify">{t('certification.verifyAt', { url })}</p>
      </article>
      <PrintButton label={t('certification.print')} />
    </>
  )
}

type Known = Exclude<Verification, { status: 'unknown' }>

/** The sentence under the verdict: since when revoked or expired, until when valid, or what replaced this round. */
function verdictDetail(result: Known, t: (key: string, values: Record<string, unknown>) => string, language: Language) {
  const date = (iso: string | null | undefined) => ({ date: formatDate(iso, language) })
  switch (result.status) {
    case 'revoked':
      return t('certification.revokedOn', date(result.revokedAt))
    case 'expired':
      return t('certification.expiredOn', date(result.validUntil))
    case 'superseded':
      return result.current?.status === 'expired'
        ? t('certification.supersededByExpired', date(result.current.validUntil))
        : t('certification.supersededBy', date(result.current?.validUntil))
    default:
      return t('certification.validUntil', date(result.validUntil))
  }
}
