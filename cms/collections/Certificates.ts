import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { ownMemberRecords } from '../access/ownMemberRecords'
import { option, t } from '../fields/labels'

export const Certificates: CollectionConfig = {
  slug: 'certificates',
  labels: { singular: t('Certificaat', 'Certificate'), plural: t('Certificaten', 'Certificates') },
  admin: { useAsTitle: 'number', defaultColumns: ['number', 'member', 'training', 'validUntil', 'status'], group: t('Opleiding', 'Training') },
  access: { read: ownMemberRecords, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'number', label: t('Certificaatnummer', 'Certificate number'), type: 'text', required: true, unique: true, index: true },
    { name: 'member', label: t('Behandelaar', 'Therapist'), type: 'relationship', relationTo: 'members', required: true },
    { name: 'training', label: t('Opleiding', 'Training'), type: 'relationship', relationTo: 'trainings', required: true },
    { name: 'issuedAt', label: t('Uitgegeven op', 'Issued at'), type: 'date', required: true },
    { name: 'validUntil', label: t('Geldig tot', 'Valid until'), type: 'date', required: true },
    { name: 'status', label: t('Status', 'Status'), type: 'select', required: true, defaultValue: 'valid', options: [option('valid', 'Geldig', 'Valid'), option('expired', 'Verlopen', 'Expired'), option('revoked', 'Ingetrokken', 'Revoked')] },
  ],
}
