import Link from 'next/link'
import type { ServerTranslation } from '../../../i18n/server'
import { formatDate } from '../../../lib/format'
import { CopyShareLink } from './CopyShareLink'
import type { MyCertificate } from './myCertificates'

const BADGE = { valid: 'badge--success', expired: 'badge--warning', revoked: 'badge--accent' } as const

/** One certificate: its status in words, its dates, and what the holder can do with it. */
export function CertificateCard({ certificate, t, language }: { certificate: MyCertificate } & ServerTranslation) {
  const titleId = `certificaat-${certificate.id}`
  const status = t(`myCertificates.status.${certificate.status}`)
  return (
    <li className="card my-certificate" data-status={certificate.status}>
      <p className="card__meta">
        <span className={`badge ${BADGE[certificate.status]}`}>{t('myCertificates.statusLabel', { status })}</span>
      </p>
      <h2 id={titleId}>{certificate.trainingTitle}</h2>
      <p className="card__meta">{t('myCertificates.number', { number: certificate.number })}</p>
      <p>{t('myCertificates.issued', { date: formatDate(certificate.issuedAt, language) })}</p>
      {certificate.status === 'valid' && (
        <p>{t('myCertificates.validUntil', { date: formatDate(certificate.validUntil, language) })}</p>
      )}
      {certificate.status === 'expired' && (
        <p>
          {t('myCertificates.expiredOn', {
            date: formatDate(certificate.expiredAt ?? certificate.validUntil, language),
          })}
        </p>
      )}

      <p>{t('myCertificates.verified', { count: certificate.verifications })}</p>

      {certificate.status === 'revoked' ? (
        <div className="my-certificate__revoked">
          <p>
            <strong>
              {t('myCertificates.revokedOn', { date: formatDate(certificate.revocation?.revokedAt, language) })}
            </strong>
          </p>
          {certificate.revocation?.reason && (
            <p>{t('myCertificates.revokedReason', { reason: certificate.revocation.reason })}</p>
          )}
          <p className="card__meta">{t('myCertificates.revokedHelp')}</p>
        </div>
      ) : (
        <>
          <div className="actions-row">
            <a href={certificate.pdfUrl} download className="btn btn--primary" aria-describedby={titleId}>
              {t('myCertificates.downloadPdf')}
            </a>
            <a href={certificate.credentialUrl} download className="btn btn--secondary" aria-describedby={titleId}>
              {t('myCertificates.downloadCredential')}
            </a>
          </div>
          <CopyShareLink
            url={certificate.verificationUrl}
            describedBy={titleId}
            labels={{
              copy: t('myCertificates.copyLink'),
              copied: t('myCertificates.copied'),
              fallback: t('myCertificates.copyFallback'),
              field: t('myCertificates.shareLinkLabel'),
            }}
          />
          <p>
            <a href={certificate.linkedInUrl} target="_blank" rel="noopener noreferrer" aria-describedby={titleId}>
              {t('myCertificates.linkedIn')} <span className="visually-hidden">{t('myCertificates.newWindow')}</span>
            </a>
          </p>
          <p>
            <Link href={certificate.creditsUrl} aria-describedby={titleId}>
              {t('myCertificates.credits')}
            </Link>
          </p>
        </>
      )}
      <p className="card__meta">
        <a href={certificate.verificationUrl} aria-describedby={titleId}>
          {t('myCertificates.publicCheck')}
        </a>
      </p>
    </li>
  )
}
