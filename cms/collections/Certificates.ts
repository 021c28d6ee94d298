import type { CollectionConfig } from 'payload'
import { trainingRecordsRead } from '../access/trainingRecordsRead'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { systemOnly } from '../access/systemOnly'
import { certificateCredentialEndpoint } from '../endpoints/certification/credentialEndpoint'
import { certificatePdfEndpoint } from '../endpoints/certification/pdfEndpoint'
import { verifyCertificateEndpoint } from '../endpoints/certification/verifyEndpoint'
import { option, t } from '../fields/labels'
import { auditChange } from '../hooks/auditChange'
import { certificateRevocation } from '../hooks/certificateRevocation'
import { logReads } from '../hooks/accessLog/logReads'
import { ownCertificate } from '../hooks/accessLog/ownReads'
import { accessLogField } from '../fields/accessLog'

/**
 * A certificate: issued by the certification workflow when every step is done,
 * renewed or expired by it later. Its number is unique (index) and public: anyone
 * can check it at /certificaat/<number>.
 */
export const Certificates: CollectionConfig = {
  slug: 'certificates',
  labels: { singular: t('Certificaat', 'Certificate'), plural: t('Certificaten', 'Certificates') },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'holderName', 'training', 'validUntil', 'status'],
    group: t('Opleiding', 'Training'),
  },
  // Issued, renewed and expired by the certification workflow; staff may only revoke (status).
  access: { read: trainingRecordsRead, create: nobody, update: isAdmin, delete: isAdmin },
  endpoints: [verifyCertificateEndpoint, certificateCredentialEndpoint, certificatePdfEndpoint],
  // The holder reading their own certificate is not logged; anyone else (trainer, staff) is.
  hooks: {
    beforeChange: [certificateRevocation],
    afterChange: [auditChange('certificates')],
    afterOperation: [logReads('certificates', ownCertificate)],
  },
  fields: [
    accessLogField,
    {
      name: 'number',
      label: t('Certificaatnummer', 'Certificate number'),
      type: 'text',
      access: { create: systemOnly, update: systemOnly },
      required: true,
      unique: true,
      index: true,
    },
    {
      name: 'member',
      label: t('Behandelaar', 'Therapist'),
      type: 'relationship',
      access: { create: systemOnly, update: systemOnly },
      relationTo: 'members',
      required: true,
      index: true,
    },
    {
      name: 'holderName',
      label: t('Naam op het certificaat', 'Name on the certificate'),
      type: 'text',
      access: { create: systemOnly, update: systemOnly },
    },
    {
      name: 'training',
      label: t('Opleiding', 'Training'),
      type: 'relationship',
      access: { create: systemOnly, update: systemOnly },
      relationTo: 'trainings',
      required: true,
    },
    {
      name: 'enrollment',
      label: t('Inschrijving', 'Enrolment'),
      type: 'relationship',
      access: { create: systemOnly, update: systemOnly },
      relationTo: 'enrollments',
      // One certificate per enrolment: the unique index refuses a second one, however many
      // attempts of "issue" run at once (certificates staff or the seed add have none: sparse).
      unique: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'issuedAt',
          label: t('Uitgegeven op', 'Issued at'),
          type: 'date',
          access: { create: systemOnly, update: systemOnly },
          required: true,
        },
        {
          name: 'validUntil',
          label: t('Geldig tot', 'Valid until'),
          type: 'date',
          access: { create: systemOnly, update: systemOnly },
          required: true,
        },
      ],
    },
    {
      name: 'status',
      label: t('Status', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'valid',
      index: true,
      options: [
        option('valid', 'Geldig', 'Valid'),
        option('expired', 'Verlopen', 'Expired'),
        option('revoked', 'Ingetrokken', 'Revoked'),
      ],
    },
    {
      name: 'revocation',
      label: t('Intrekking', 'Revocation'),
      type: 'group',
      admin: {
        condition: (data) => data?.status === 'revoked',
        description: t(
          'Kies status "Ingetrokken" en geef de reden; wie en wanneer vult het platform in. Intrekken is definitief.',
          'Choose status "Revoked" and give the reason; who and when are filled in. Revoking is final.',
        ),
      },
      fields: [
        { name: 'reason', label: t('Reden', 'Reason'), type: 'textarea', maxLength: 1000 },
        { name: 'revokedAt', label: t('Ingetrokken op', 'Revoked at'), type: 'date', admin: { readOnly: true } },
        {
          name: 'revokedBy',
          label: t('Ingetrokken door', 'Revoked by'),
          type: 'relationship',
          relationTo: 'users',
          // Who revoked is for staff; the holder reads why and when.
          access: { read: isAdminField },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'expiredAt',
      label: t('Verlopen op', 'Expired at'),
      type: 'date',
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true },
    },
    {
      name: 'renewals',
      label: t('Herregistraties', 'Renewals'),
      type: 'array',
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true },
      fields: [
        { name: 'cycle', label: t('Ronde', 'Cycle'), type: 'number', required: true },
        { name: 'renewedAt', label: t('Verlengd op', 'Renewed at'), type: 'date', required: true },
        { name: 'credits', label: t('Punten', 'Credits'), type: 'number', required: true },
        { name: 'note', label: t('Toelichting', 'Note'), type: 'textarea' },
        { name: 'previousValidUntil', label: t('Was geldig tot', 'Was valid until'), type: 'date' },
      ],
    },
  ],
}
