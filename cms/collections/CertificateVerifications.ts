import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { t } from '../fields/labels'
import { VERIFICATIONS_COLLECTION } from '../../src/store/verificationCounts'

/**
 * One document per public check of a certificate: its number and the month, nothing of who
 * checked. The holder sees the count; written only by src/store/verificationCounts.ts.
 */
export const CertificateVerifications: CollectionConfig = {
  slug: VERIFICATIONS_COLLECTION,
  labels: { singular: t('Verificatie', 'Verification'), plural: t('Verificaties', 'Verifications') },
  admin: { useAsTitle: 'number', defaultColumns: ['number', 'month', 'createdAt'], group: t('Opleiding', 'Training') },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'number', label: t('Certificaatnummer', 'Certificate number'), type: 'text', required: true, index: true },
    { name: 'month', label: t('Maand', 'Month'), type: 'text', required: true },
  ],
}
