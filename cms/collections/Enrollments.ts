import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { trainingRecordsRead } from '../access/trainingRecordsRead'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { certificationEndpoints } from '../endpoints/certification/endpoints'
import { option, t } from '../fields/labels'
import { auditChange } from '../hooks/auditChange'
import { refuseClientData } from '../hooks/refuseClientData'

/**
 * Every enrolment holds a `placeKey`, unique per training: `place-<n>` while it
 * holds place n, else a key of its own. The unique index is what keeps a training
 * from ever taking more therapists than it has places, without transactions.
 */
const ownPlaceKey: CollectionBeforeValidateHook = ({ data, operation }) => {
  if (operation === 'create' && data && !data.placeKey)
    data.placeKey = `none-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
  return data
}

/**
 * A therapist's enrolment in a training. The certification workflow
 * (`certification-<id>`) is the process; this document is what people see of it,
 * written by the workflow's activities.
 */
export const Enrollments: CollectionConfig = {
  slug: 'enrollments',
  labels: { singular: t('Inschrijving', 'Enrolment'), plural: t('Inschrijvingen', 'Enrolments') },
  admin: {
    defaultColumns: ['training', 'member', 'status', 'percent', 'enrolledAt'],
    group: t('Opleiding', 'Training'),
  },
  access: {
    read: trainingRecordsRead,
    // Therapists enrol, trainers act, through the endpoints below (validated by the workflow);
    // every field is the workflow's, so no one, staff included, writes one through Payload.
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  endpoints: certificationEndpoints,
  indexes: [
    { fields: ['training', 'member'], unique: true },
    { fields: ['training', 'placeKey'], unique: true },
  ],
  hooks: {
    beforeValidate: [ownPlaceKey, refuseClientData({ endedReason: 'De reden van beëindigen' })],
    afterChange: [auditChange('enrollments')],
  },
  fields: [
    {
      name: 'training',
      label: t('Opleiding', 'Training'),
      type: 'relationship',
      relationTo: 'trainings',
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
      defaultValue: 'waiting',
      index: true,
      options: [
        option('waiting', 'Wachtlijst', 'Waiting list'),
        option('active', 'Bezig', 'In progress'),
        option('completed', 'Afgerond', 'Completed'),
        option('ended', 'Beëindigd', 'Ended'),
      ],
    },
    {
      name: 'percent',
      label: t('Voortgang (%)', 'Progress (%)'),
      type: 'number',
      min: 0,
      max: 100,
      defaultValue: 0,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'enrolledAt', label: t('Ingeschreven op', 'Enrolled at'), type: 'date', admin: { readOnly: true } },
        {
          name: 'waitingSince',
          label: t('Op de wachtlijst sinds', 'Waiting since'),
          type: 'date',
          admin: { readOnly: true },
        },
        { name: 'activatedAt', label: t('Plaats sinds', 'Place since'), type: 'date', admin: { readOnly: true } },
      ],
    },
    {
      name: 'pendingReview',
      label: t('Opdracht wacht op beoordeling', 'Assignment awaits review'),
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'overdue',
      label: t('Stap over de deadline', 'Step overdue'),
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'nextDeadline',
      label: t('Eerstvolgende deadline', 'Next deadline'),
      type: 'date',
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'endedAt', label: t('Beëindigd op', 'Ended at'), type: 'date', admin: { readOnly: true } },
        {
          name: 'endedReason',
          label: t('Reden van beëindigen', 'Reason for ending'),
          type: 'text',
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'certificate',
      label: t('Certificaat', 'Certificate'),
      type: 'relationship',
      relationTo: 'certificates',
      admin: { readOnly: true },
    },
    {
      name: 'progress',
      label: t('Voortgang per stap', 'Progress per step'),
      type: 'json',
      admin: {
        readOnly: true,
        description: t(
          'Laatste stand van de workflow (query "progress").',
          'Last state of the workflow (query "progress").',
        ),
      },
    },
    { name: 'placeKey', type: 'text', index: true, admin: { hidden: true } },
  ],
}
