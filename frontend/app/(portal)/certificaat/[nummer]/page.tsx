import type { Metadata } from 'next'
import Link from 'next/link'
import { Notice } from '../../../../components/Notice'
import { PageHeader } from '../../../../components/PageHeader'
import { getT } from '../../../../i18n/server'
import { formatDate } from '../../../../lib/format'
import { getPayloadClient } from '../../../../lib/payload'
import { verifyCertificate } from '../../../../../cms/endpoints/certification/verify'
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

/**
 * Public verification of one certificate by its number (valid / expired / revoked /
 * unknown), and the printable certificate itself: the browser's print dialog saves it as PDF.
 */
export default async function CertificatePage({ params }: { params: Promise<{ nummer: string }> }) {
  const { t, language } = await getT()
  const { nummer } = await params
  const result = await verifyCertificate(await getPayloadClient(), decodeURIComponent(nummer))
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
  const url = `${config.PUBLIC_URL}/certificaat/${encodeURIComponent(result.number)}`
  return (
    <>
      <Notice tone={result.status === 'valid' ? 'success' : 'warning'} title={verdict}>
        {result.status === 'revoked'
          ? t('certification.revokedOn', { date: formatDate(result.revokedAt, language) })
          : t('certification.validUntil', { date: formatDate(result.validUntil, language) })}
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
        </dl>
        <p className="certificate__verify">{t('certification.verifyAt', { url })}</p>
      </article>
      <PrintButton label={t('certification.print')} />
    </>
  )
}
