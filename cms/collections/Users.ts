import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { isAdminOrSelf } from '../access/isAdminOrSelf'
import { ROLE_LABELS, ROLES } from '../access/roles'
import { t } from '../fields/labels'
import { passwordResetMail } from '../hooks/passwordResetMail'
import { auditChange } from '../hooks/auditChange'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: t('Gebruiker', 'User'), plural: t('Gebruikers', 'Users') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'organisation'],
    group: t('Beheer', 'Administration'),
  },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    forgotPassword: passwordResetMail,
  },
  access: {
    // Admin panel: staff, editors and trainers; therapists and coordinators use the portal.
    admin: ({ req: { user } }) => Boolean(user?.roles?.some((r: string) => ['admin', 'editor', 'trainer'].includes(r))),
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: { afterChange: [auditChange('users')] },
  fields: [
    { name: 'name', label: t('Naam', 'Name'), type: 'text', required: true },
    {
      name: 'roles',
      label: t('Rollen', 'Roles'),
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['therapist'],
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'organisation',
      label: t('Organisatie', 'Organisation'),
      type: 'relationship',
      relationTo: 'organisations',
      saveToJWT: true,
      admin: {
        description: t(
          'Voor coördinatoren: namens welke organisatie zij aanvragen doen.',
          'For coordinators: the organisation they file requests for.',
        ),
      },
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'language',
      label: t('Voorkeurstaal', 'Preferred language'),
      type: 'select',
      defaultValue: 'nl',
      options: [
        { value: 'nl', label: 'Nederlands' },
        { value: 'en', label: 'English' },
      ],
    },
  ],
}
