import type { CollectionConfig } from 'payload'
import { caseContextWhileOffered } from '../access/caseContextWhileOffered'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { ownMemberRecords } from '../access/ownMemberRecords'
import { option, t } from '../fields/labels'
import { refuseClientData } from '../hooks/refuseClientData'
import { logReads } from '../hooks/accessLog/logReads'
import { accessLogField } from '../fields/accessLog'
import { matchingOfferEndpoints } from '../endpoints/matching/offerEndpoints'

export const Offers: CollectionConfig = {
  slug: 'offers',
  labels: { singular: t('Aanbieding', 'Offer'), plural: t('Aanbiedingen', 'Offers') },
  admin: { defaultColumns: ['request', 'member', 'status', 'deadline'], group: t('Matching', 'Matching') },
  // Every field is the matching workflow's (the therapist answers through /answer): no one writes an offer through Payload.
  access: { read: ownMemberRecords, create: nobody, update: nobody, delete: isAdmin },
  endpoints: matchingOfferEndpoints,
  hooks: {
    beforeValidate: [refuseClientData({ declineReason: 'De reden van afwijzing' })],
    // An offer carries the family's case in short: the offered therapist's reads are logged too.
    afterOperation: [logReads('offers')],
  },
  // One offer per therapist per request: a retried activity finds its earlier offer.
  indexes: [{ fields: ['request', 'member'], unique: true }],
  fields: [
    accessLogField,
    {
      name: 'request',
      label: t('Aanvraag', 'Request'),
      type: 'relationship',
      relationTo: 'requests',
      required: true,
      index: true,
    },
    {
      name: 'member',
      label: t('Behandelaar', 'Therapist'),
      type: 'relationship',
      relationTo: 'members',
      required: true,
      index: true,
    },
    {
      name: 'status',
      label: t('Status', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'open',
      options: [
        option('open', 'Open', 'Open'),
        option('accepted', 'Geaccepteerd', 'Accepted'),
        option('declined', 'Afgewezen', 'Declined'),
        option('countered', 'Tegenvoorstel', 'Counter-proposal'),
        option('expired', 'Verlopen', 'Expired'),
        option('withdrawn', 'Ingetrokken', 'Withdrawn'),
        option('not-confirmed', 'Niet bevestigd', 'Not confirmed'),
        option('confirmed', 'Bevestigd', 'Confirmed'),
      ],
    },
    {
      name: 'summary',
      label: t('De aanvraag in het kort', 'The request in short'),
      type: 'textarea',
      access: { read: caseContextWhileOffered },
      admin: {
        description: t(
          'Zonder cliëntgegevens; wat de behandelaar nodig heeft om te beslissen.',
          'No client data; what the therapist needs to decide.',
        ),
      },
    },
    { name: 'score', label: t('Score', 'Score'), type: 'number' },
    { name: 'reasons', label: t('Waarom deze behandelaar', 'Why this therapist'), type: 'textarea' },
    {
      name: 'deadline',
      label: t('Reageren vóór', 'Respond before'),
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'declineReason', label: t('Reden van afwijzing', 'Reason for declining'), type: 'textarea' },
    { name: 'counterStart', label: t('Voorgestelde startdatum', 'Proposed start date'), type: 'date' },
    { name: 'counterHours', label: t('Voorgestelde uren per week', 'Proposed hours per week'), type: 'number', min: 0 },
    { name: 'answeredAt', label: t('Beantwoord op', 'Answered at'), type: 'date' },
    { name: 'remindedAt', label: t('Herinnering verstuurd op', 'Reminder sent at'), type: 'date' },
  ],
}
