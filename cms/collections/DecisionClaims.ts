import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { t } from '../fields/labels'
import { DECISION_CLAIMS_COLLECTION } from '../../src/store/decisionClaims'

/** Which decisions were taken, once each (src/store/decisionClaims.ts writes them); staff may look. */
export const DecisionClaims: CollectionConfig = {
  slug: DECISION_CLAIMS_COLLECTION,
  labels: { singular: t('Genomen besluit', 'Decision taken'), plural: t('Genomen besluiten', 'Decisions taken') },
  admin: { useAsTitle: 'key', defaultColumns: ['key', 'by', 'createdAt'], group: t('Beheer', 'Administration') },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', label: t('Besluit', 'Decision'), type: 'text', required: true, unique: true, index: true },
    { name: 'by', label: t('Door (account)', 'By (account)'), type: 'text', required: true },
  ],
}
