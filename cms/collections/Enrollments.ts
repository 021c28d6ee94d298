import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { isAdminOrTrainer } from '../access/isAdminOrTrainer'
import { ownMemberRecords } from '../access/ownMemberRecords'
import { hasRole } from '../access/roles'
import { option, t } from '../fields/labels'

export const Enrollments: CollectionConfig = {
  slug: 'enrollments',
  labels: { singular: t('Inschrijving', 'Enrolment'), plural: t('Inschrijvingen', 'Enrolments') },
  admin: { defaultColumns: ['training', 'member', 'status', 'enrolledAt'], group: t('Opleiding', 'Training') },
  access: {
    read: (args) => (hasRole(args.req.user, 'trainer') ? true : ownMemberRecords(args)),
    create: isAdmin,
    update: isAdminOrTrainer,
    delete: isAdmin,
  },
  indexes: [{ fields: ['training', 'member'], unique: true }],
  fields: [
    { name: 'training', label: t('Opleiding', 'Training'), type: 'relationship', relationTo: 'trainings', required: true },
    { name: 'member', label: t('Behandelaar', 'Therapist'), type: 'relationship', relationTo: 'members', required: true },
    {
      name: 'status',
      label: t('Status', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: [option('waiting', 'Wachtlijst', 'Waiting list'), option('active', 'Bezig', 'In progress'), option('completed', 'Afgerond', 'Completed'), option('ended', 'Beëindigd', 'Ended')],
    },
    { name: 'enrolledAt', label: t('Ingeschreven op', 'Enrolled at'), type: 'date' },
  ],
}
