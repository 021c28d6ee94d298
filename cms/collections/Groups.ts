import type { CollectionConfig } from 'payload'
import { groupsRead } from '../access/groupsRead'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { systemOnly } from '../access/systemOnly'
import { option, t } from '../fields/labels'
import { auditChange } from '../hooks/auditChange'
import { SLOTS, slotLabel } from '../../src/domain/availability'
import { groupEndpoints } from '../endpoints/groups/groupEndpoints'

export const GROUP_KINDS = [
  option('supervision', 'Supervisie', 'Supervision'),
  option('intervision', 'Intervisie', 'Intervision'),
]

export const SLOT_OPTIONS = SLOTS.map((slot) => option(slot, slotLabel(slot, 'nl'), slotLabel(slot, 'en')))

export const GROUP_STATUSES = [
  option('proposed', 'Voorgesteld', 'Proposed'),
  option('seeking-supervisor', 'Zoekt supervisor', 'Seeking supervisor'),
  option('confirmed', 'Bevestigd', 'Confirmed'),
  option('running', 'Loopt', 'Running'),
  option('finished', 'Afgerond', 'Finished'),
  option('cancelled', 'Niet doorgegaan', 'Cancelled'),
]

export const PARTICIPANT_STATUSES = [
  option('pending', 'Wacht op bevestiging', 'Awaiting confirmation'),
  option('confirmed', 'Bevestigd', 'Confirmed'),
  option('declined', 'Afgezegd', 'Declined'),
  option('expired', 'Niet op tijd bevestigd', 'Did not confirm in time'),
  option('dropped-out', 'Gestopt', 'Dropped out'),
  option('returned', 'Terug naar wachtlijst', 'Back on the waiting list'),
]

/**
 * The group document: who is in it, who leads it, when it meets and who attended.
 * Formed and kept up to date by the group workflows; staff may correct it here.
 * Supervision content is confidential and never stored.
 */
export const Groups: CollectionConfig = {
  slug: 'groups',
  labels: { singular: t('Groep', 'Group'), plural: t('Groepen', 'Groups') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'region', 'status', 'slot'],
    group: t('Supervisie en intervisie', 'Supervision and intervision'),
  },
  // Formed by the pool workflow; staff may correct name, place and meeting times, not who is in it or its state.
  access: { read: groupsRead, create: nobody, update: isAdmin, delete: isAdmin },
  endpoints: groupEndpoints,
  hooks: { afterChange: [auditChange('groups')] },
  fields: [
    { name: 'name', label: t('Naam', 'Name'), type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'kind', label: t('Soort', 'Kind'), type: 'select', required: true, options: GROUP_KINDS },
        { name: 'region', label: t('Regio', 'Region'), type: 'relationship', relationTo: 'regions', required: true },
        { name: 'theme', label: t('Thema', 'Theme'), type: 'text', required: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'slot', label: t('Vast dagdeel', 'Fixed weekday part'), type: 'select', options: SLOT_OPTIONS },
        { name: 'online', label: t('Online', 'Online'), type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'status',
      label: t('Status', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'proposed',
      index: true,
      options: GROUP_STATUSES,
      access: { create: systemOnly, update: systemOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'supervisor',
      label: t('Supervisor', 'Supervisor'),
      type: 'relationship',
      access: { create: systemOnly, update: systemOnly },
      relationTo: 'users',
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'members',
      label: t('Deelnemers', 'Participants'),
      type: 'relationship',
      access: { create: systemOnly, update: systemOnly },
      relationTo: 'members',
      hasMany: true,
      index: true,
    },
    {
      name: 'proposedMembers',
      label: t('Voorgesteld, nog niet bevestigd', 'Proposed, not yet confirmed'),
      type: 'relationship',
      access: { create: systemOnly, update: systemOnly },
      relationTo: 'members',
      hasMany: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'participants',
      label: t('Voorstellen aan deelnemers', 'Proposals to participants'),
      type: 'array',
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          name: 'member',
          label: t('Behandelaar', 'Therapist'),
          type: 'relationship',
          relationTo: 'members',
          required: true,
        },
        { name: 'signup', label: t('Aanmelding', 'Sign-up'), type: 'relationship', relationTo: 'group-signups' },
        { name: 'status', label: t('Status', 'Status'), type: 'select', required: true, options: PARTICIPANT_STATUSES },
        {
          name: 'respondBy',
          label: t('Bevestigen vóór', 'Confirm before'),
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'respondedAt', label: t('Gereageerd op', 'Responded at'), type: 'date' },
      ],
    },
    {
      name: 'offeredSupervisors',
      label: t('Aangeboden aan supervisors', 'Offered to supervisors'),
      type: 'relationship',
      access: { create: systemOnly, update: systemOnly },
      relationTo: 'users',
      hasMany: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'supervisorOffers',
      label: t('Aanbiedingen aan supervisors', 'Offers to supervisors'),
      type: 'array',
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          name: 'supervisor',
          label: t('Supervisor', 'Supervisor'),
          type: 'relationship',
          relationTo: 'users',
          required: true,
        },
        {
          name: 'status',
          label: t('Status', 'Status'),
          type: 'select',
          required: true,
          options: [
            option('offered', 'Aangeboden', 'Offered'),
            option('accepted', 'Aangenomen', 'Accepted'),
            option('declined', 'Afgewezen', 'Declined'),
            option('expired', 'Geen antwoord', 'No answer'),
            option('no-capacity', 'Geen ruimte meer', 'No capacity left'),
            option('withdrawn', 'Ingetrokken', 'Withdrawn'),
          ],
        },
        {
          name: 'respondBy',
          label: t('Antwoord vóór', 'Answer before'),
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'sessions',
      label: t('Bijeenkomsten', 'Sessions'),
      type: 'array',
      fields: [
        {
          name: 'startsAt',
          label: t('Begint om', 'Starts at'),
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'durationMinutes', label: t('Duur (minuten)', 'Duration (minutes)'), type: 'number', required: true },
        {
          name: 'present',
          label: t('Aanwezig', 'Present'),
          type: 'relationship',
          access: { create: systemOnly, update: systemOnly },
          relationTo: 'members',
          hasMany: true,
        },
        {
          name: 'attendanceRecordedAt',
          label: t('Aanwezigheid vastgelegd op', 'Attendance recorded at'),
          type: 'date',
          access: { create: systemOnly, update: systemOnly },
        },
        {
          name: 'attendanceRecordedBy',
          label: t('Vastgelegd door', 'Recorded by'),
          type: 'relationship',
          access: { create: systemOnly, update: systemOnly },
          relationTo: 'users',
        },
      ],
    },
    {
      name: 'formationRef',
      label: t('Vormingskenmerk', 'Formation reference'),
      type: 'text',
      access: { create: systemOnly, update: systemOnly },
      unique: true,
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: t(
          'Pool en volgnummer: een herhaalde stap maakt nooit een tweede groep.',
          'Pool and sequence: a retried step never creates a second group.',
        ),
      },
    },
  ],
}
