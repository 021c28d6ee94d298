import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { ownCertificateHolder } from '../access/ownCertificateHolder'
import { systemOnly } from '../access/systemOnly'
import { trainingRecordsRead } from '../access/trainingRecordsRead'
import { addCreditActivityEndpoint, creditActivityDecisionEndpoint } from '../endpoints/credits/endpoints'
import { option, t } from '../fields/labels'
import { auditChange } from '../hooks/auditChange'
import { creditActivityOwner } from '../hooks/creditActivityOwner'
import { refuseClientData } from '../hooks/refuseClientData'

export const CREDIT_ACTIVITY_STATUSES = [
  option('pending', 'Wacht op beoordeling', 'Awaiting review'),
  option('approved', 'Goedgekeurd', 'Approved'),
  option('rejected', 'Afgewezen', 'Rejected'),
]

/**
 * Continuing education a therapist did outside the platform (a congress, a course, reading
 * with a test), added to the renewal ledger of one certificate with proof. It counts once a
 * trainer of that certificate's training or staff approves it (POST /:id/decide, which sets who
 * and when); the holder, those trainers and staff read it, nobody else.
 */
export const CreditActivities: CollectionConfig = {
  slug: 'credit-activities',
  labels: { singular: t('Nascholingsactiviteit', 'Credit activity'), plural: t('Nascholing', 'Credit activities') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'credits', 'status', 'certificate'],
    group: t('Opleiding', 'Training'),
  },
  // Decisions go through the decide endpoint only, so no one writes status or decider by hand.
  access: { read: trainingRecordsRead, create: ownCertificateHolder, update: nobody, delete: isAdmin },
  endpoints: [addCreditActivityEndpoint, creditActivityDecisionEndpoint],
  hooks: {
    beforeValidate: [
      refuseClientData({ title: 'De titel', description: 'De omschrijving', decisionReason: 'De reden' }),
    ],
    beforeChange: [creditActivityOwner],
    afterChange: [auditChange('credit-activities')],
  },
  fields: [
    {
      name: 'certificate',
      label: t('Certificaat', 'Certificate'),
      type: 'relationship',
      relationTo: 'certificates',
      required: true,
      index: true,
      access: { update: systemOnly },
    },
    { name: 'title', label: t('Titel', 'Title'), type: 'text', required: true, minLength: 3, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'date', label: t('Datum', 'Date'), type: 'date', required: true },
        {
          name: 'credits',
          label: t('Punten (1 uur = 1 punt)', 'Credits (1 hour = 1 credit)'),
          type: 'number',
          required: true,
          min: 0.5,
          max: 40,
        },
      ],
    },
    {
      name: 'description',
      label: t('Korte omschrijving', 'Short description'),
      type: 'textarea',
      required: true,
      minLength: 10,
      maxLength: 1000,
    },
    {
      name: 'proofUrl',
      label: t('Bewijs (link naar certificaat of deelnamebewijs)', 'Proof (link to a certificate or attendance)'),
      type: 'text',
      required: true,
      maxLength: 500,
      validate: (value: string | null | undefined) =>
        /^https:\/\/[^\s]+\.[^\s]+$/i.test(value ?? '') || 'Geef een link die met https:// begint.',
    },
    {
      name: 'member',
      label: t('Behandelaar', 'Therapist'),
      type: 'relationship',
      relationTo: 'members',
      index: true,
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true },
    },
    {
      name: 'training',
      label: t('Opleiding', 'Training'),
      type: 'relationship',
      relationTo: 'trainings',
      index: true,
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true },
    },
    {
      name: 'status',
      label: t('Status', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: CREDIT_ACTIVITY_STATUSES,
      access: { create: systemOnly, update: systemOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'decisionReason',
      label: t('Reden of opmerking bij de beoordeling', 'Reason or note with the decision'),
      type: 'textarea',
      maxLength: 1000,
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true },
    },
    {
      name: 'decidedBy',
      label: t('Beoordeeld door', 'Decided by'),
      type: 'relationship',
      relationTo: 'users',
      access: { create: systemOnly, update: systemOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'decidedAt',
      label: t('Beoordeeld op', 'Decided at'),
      type: 'date',
      access: { create: systemOnly, update: systemOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
