import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { ownOrganisation } from '../access/ownOrganisation'
import { fileForOwnOrganisation } from '../access/fileForOwnOrganisation'
import { option, t } from '../fields/labels'
import { auditChange } from '../hooks/auditChange'

/** A request for expertise: never client-identifying data, only what the match needs. */
export const Requests: CollectionConfig = {
  slug: 'requests',
  labels: { singular: t('Aanvraag', 'Request'), plural: t('Aanvragen', 'Requests') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'organisation', 'region', 'status', 'createdAt'], group: t('Matching', 'Matching') },
  access: {
    read: ownOrganisation,
    create: fileForOwnOrganisation,
    update: ownOrganisation,
    delete: isAdmin,
  },
  hooks: { afterChange: [auditChange('requests')] },
  fields: [
    { name: 'title', label: t('Korte titel', 'Short title'), type: 'text', required: true, maxLength: 120 },
    { name: 'organisation', label: t('Organisatie', 'Organisation'), type: 'relationship', relationTo: 'organisations', required: true, index: true },
    { name: 'createdBy', label: t('Aangevraagd door', 'Requested by'), type: 'relationship', relationTo: 'users' },
    { name: 'kind', label: t('Soort aanvraag', 'Request kind'), type: 'select', required: true, options: [option('case', 'Eén casus', 'One case'), option('structural', 'Structurele samenwerking', 'Structural collaboration')] },
    { name: 'region', label: t('Regio', 'Region'), type: 'relationship', relationTo: 'regions', required: true },
    { name: 'expertise', label: t('Gevraagde expertise en methoden', 'Expertise and methods needed'), type: 'relationship', relationTo: 'expertise', hasMany: true },
    { name: 'targetGroup', label: t('Doelgroep', 'Target group'), type: 'relationship', relationTo: 'expertise', filterOptions: { kind: { equals: 'target-group' } } },
    { name: 'urgency', label: t('Urgentie', 'Urgency'), type: 'select', required: true, defaultValue: 'normal', options: [option('normal', 'Normaal', 'Normal'), option('high', 'Hoog', 'High'), option('crisis', 'Crisis', 'Crisis')] },
    { name: 'hoursPerWeek', label: t('Uren per week', 'Hours per week'), type: 'number', min: 0, max: 40 },
    { name: 'wantedStart', label: t('Gewenste startdatum', 'Wanted start date'), type: 'date' },
    { name: 'context', label: t('Toelichting (zonder cliëntgegevens)', 'Context (no client data)'), type: 'textarea', maxLength: 3000 },
    {
      name: 'status',
      label: t('Status', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [
        option('draft', 'Concept', 'Draft'),
        option('matching', 'Bezig met matchen', 'Matching'),
        option('awaiting-confirmation', 'Wacht op bevestiging', 'Awaiting confirmation'),
        option('matched', 'Gematcht', 'Matched'),
        option('escalated', 'Geëscaleerd', 'Escalated'),
        option('cancelled', 'Geannuleerd', 'Cancelled'),
        option('closed', 'Gesloten', 'Closed'),
      ],
      admin: { position: 'sidebar' },
    },
  ],
}
