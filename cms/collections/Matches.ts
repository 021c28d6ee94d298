import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { systemOnly } from '../access/systemOnly'
import { ownOrganisation } from '../access/ownOrganisation'
import { ownMemberRecords } from '../access/ownMemberRecords'
import { hasRole } from '../access/roles'
import { t } from '../fields/labels'
import { refuseClientData } from '../hooks/refuseClientData'
import { logReads } from '../hooks/accessLog/logReads'
import { accessLogField } from '../fields/accessLog'

/** A confirmed match; `request` is unique, so a request can never get two matches. */
export const Matches: CollectionConfig = {
  slug: 'matches',
  labels: { singular: t('Match', 'Match'), plural: t('Matches', 'Matches') },
  admin: { defaultColumns: ['request', 'member', 'confirmedAt'], group: t('Matching', 'Matching') },
  access: {
    read: (args) => (hasRole(args.req.user, 'coordinator') ? ownOrganisation(args) : ownMemberRecords(args)),
    // Recorded by the matching workflow; staff may correct the agreed terms and the follow-up only.
    create: nobody,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeValidate: [refuseClientData({ 'followUp.outcome': 'De toelichting bij de nazorg' })],
    // A match ties a family's case to a therapist: every read by a person is logged.
    afterOperation: [logReads('matches')],
  },
  fields: [
    accessLogField,
    {
      name: 'request',
      label: t('Aanvraag', 'Request'),
      type: 'relationship',
      access: { create: systemOnly, update: systemOnly },
      relationTo: 'requests',
      required: true,
      unique: true,
    },
    {
      name: 'organisation',
      label: t('Organisatie', 'Organisation'),
      type: 'relationship',
      access: { create: systemOnly, update: systemOnly },
      relationTo: 'organisations',
      required: true,
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
      name: 'offer',
      label: t('Aanbieding', 'Offer'),
      type: 'relationship',
      access: { create: systemOnly, update: systemOnly },
      relationTo: 'offers',
    },
    {
      name: 'confirmedAt',
      label: t('Bevestigd op', 'Confirmed at'),
      type: 'date',
      access: { create: systemOnly, update: systemOnly },
    },
    {
      name: 'confirmedBy',
      label: t('Bevestigd door', 'Confirmed by'),
      type: 'relationship',
      access: { create: systemOnly, update: systemOnly },
      relationTo: 'users',
    },
    {
      name: 'manual',
      label: t('Met de hand toegewezen door het platformteam', 'Assigned by hand by platform staff'),
      type: 'checkbox',
      access: { create: systemOnly, update: systemOnly },
      defaultValue: false,
    },
    { name: 'startDate', label: t('Afgesproken start', 'Agreed start'), type: 'date' },
    { name: 'hoursPerWeek', label: t('Afgesproken uren per week', 'Agreed hours per week'), type: 'number', min: 0 },
    {
      name: 'followUp',
      label: t('Nazorg', 'Follow-up'),
      type: 'group',
      fields: [
        { name: 'started', label: t('Behandeling gestart', 'Treatment started'), type: 'checkbox' },
        { name: 'outcome', label: t('Hoe ging het', 'How it went'), type: 'textarea' },
        {
          name: 'answeredAt',
          label: t('Beantwoord op', 'Answered at'),
          type: 'date',
          access: { create: systemOnly, update: systemOnly },
        },
      ],
    },
  ],
}
