import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { memberSelfOrStaff } from '../../access/memberSelfOrStaff'
import { membersRead } from '../../access/membersRead'
import { ownMemberProfile } from '../../access/ownMemberProfile'
import { t } from '../../fields/labels'
import { auditChange } from '../../hooks/auditChange'
import { logReads } from '../../hooks/accessLog/logReads'
import { ownProfile } from '../../hooks/accessLog/ownReads'
import { accessLogField } from '../../fields/accessLog'
import { deriveReachRegions } from './hooks/deriveReachRegions'
import { keepCapacityAbovePlacesTaken } from './hooks/keepCapacityAbovePlacesTaken'
import { LANGUAGES, MEMBER_STATUSES, PROFESSIONS, REGISTRATION_TYPES, selectOptions } from '../../../src/domain/options'
import { INTRO_MAX } from '../../../src/domain/profileSchema'
import { memberDataExportEndpoint } from '../../endpoints/members/dataExportEndpoint'
import { memberDecisionEndpoint } from '../../endpoints/members/decisionEndpoint'
import { memberProfileEndpoint } from '../../endpoints/members/profileEndpoint'
import { signUpEndpoint } from '../../endpoints/members/signUpEndpoint'

/** The therapist profile (behandelaar): what matching, training and groups work from. */
export const Members: CollectionConfig = {
  slug: 'members',
  labels: { singular: t('Behandelaar', 'Therapist'), plural: t('Behandelaars', 'Therapists') },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'profession', 'homeRegion', 'status', 'capacityCases'],
    group: t('Netwerk', 'Network'),
    components: { edit: { beforeDocumentControls: ['/components/MemberDecisionButtons#MemberDecisionButtons'] } },
  },
  access: { read: membersRead, create: isAdmin, update: ownMemberProfile, delete: isAdmin },
  endpoints: [signUpEndpoint, memberDataExportEndpoint, memberDecisionEndpoint, memberProfileEndpoint],
  hooks: {
    beforeChange: [deriveReachRegions, keepCapacityAbovePlacesTaken],
    afterChange: [auditChange('members')],
    // Reading one's own profile is not logged; every other person's read is.
    afterOperation: [logReads('members', ownProfile)],
  },
  fields: [
    accessLogField,
    { name: 'displayName', label: t('Naam', 'Name'), type: 'text', required: true },
    {
      name: 'user',
      label: t('Account', 'Account'),
      type: 'relationship',
      relationTo: 'users',
      required: true,
      unique: true,
      access: { update: isAdminField },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'profession',
          label: t('Beroep', 'Profession'),
          type: 'select',
          required: true,
          options: selectOptions(PROFESSIONS),
        },
        {
          name: 'registrationType',
          label: t('Register', 'Register'),
          type: 'select',
          required: true,
          options: selectOptions(REGISTRATION_TYPES),
        },
        {
          name: 'registrationNumber',
          label: t('Registratienummer', 'Registration number'),
          type: 'text',
          required: true,
          // Staff check the number in the register when they decide on the sign-up; after that a
          // member changing it would pass as checked. The sign-up writes it with overrideAccess.
          access: { read: memberSelfOrStaff, update: isAdminField },
        },
      ],
    },
    {
      name: 'methods',
      label: t('Behandelmethoden', 'Treatment methods'),
      type: 'relationship',
      relationTo: 'expertise',
      hasMany: true,
      filterOptions: { kind: { in: ['method', 'family-approach'] } },
    },
    {
      name: 'themes',
      label: t('Thema’s', 'Themes'),
      type: 'relationship',
      relationTo: 'expertise',
      hasMany: true,
      filterOptions: { kind: { equals: 'theme' } },
    },
    {
      name: 'targetGroups',
      label: t('Doelgroepen', 'Target groups'),
      type: 'relationship',
      relationTo: 'expertise',
      hasMany: true,
      filterOptions: { kind: { equals: 'target-group' } },
    },
    {
      name: 'homeRegion',
      label: t('Eigen regio', 'Home region'),
      type: 'relationship',
      relationTo: 'regions',
      required: true,
      index: true,
    },
    {
      name: 'regionsServed',
      label: t('Werkt in regio’s', 'Regions served'),
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      index: true,
    },
    {
      // Home region + regions served, derived on every write. Matching finds candidates with one
      // equality per region on it, which the database answers from its index (FerretDB: in SQL).
      name: 'reachRegions',
      label: t('Regio’s in bereik', 'Regions reached'),
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      index: true,
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'capacityCases',
          label: t('Capaciteit (casussen)', 'Capacity (cases)'),
          type: 'number',
          min: 0,
          max: 100,
          defaultValue: 2,
          required: true,
          access: { read: memberSelfOrStaff },
          // Free places are not a profile field: they follow from the places taken in `capacity-claims`.
          admin: {
            description: t(
              'Vrije plekken volgen hieruit min de bevestigde matches.',
              'Free places follow from this minus confirmed matches.',
            ),
          },
        },
        {
          name: 'hoursPerWeek',
          label: t('Uren per week', 'Hours per week'),
          type: 'number',
          min: 0,
          max: 60,
          defaultValue: 4,
          access: { read: memberSelfOrStaff },
        },
      ],
    },
    { name: 'availableFrom', label: t('Beschikbaar vanaf', 'Available from'), type: 'date' },
    {
      name: 'remoteAvailable',
      label: t('Ook online/op afstand', 'Also online/remote'),
      type: 'checkbox',
      defaultValue: false,
    },
    {
      name: 'languages',
      label: t('Talen', 'Languages'),
      type: 'select',
      hasMany: true,
      defaultValue: ['nl'],
      options: selectOptions(LANGUAGES),
    },
    {
      // Read by colleagues and coordinators who see the profile; written in "Mijn profiel".
      name: 'intro',
      label: t('Korte introductie', 'Short introduction'),
      type: 'textarea',
      maxLength: INTRO_MAX,
    },
    {
      name: 'motivation',
      label: t('Motivatie bij aanmelding', 'Motivation at sign-up'),
      type: 'textarea',
      maxLength: 2000,
      access: { read: memberSelfOrStaff },
    },
    {
      name: 'status',
      label: t('Status', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: selectOptions(MEMBER_STATUSES),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'statusReason',
      label: t('Reden (bij afwijzing)', 'Reason (when rejected)'),
      type: 'textarea',
      access: { read: memberSelfOrStaff, create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'decidedAt',
      label: t('Besloten op', 'Decided at'),
      type: 'date',
      access: { read: memberSelfOrStaff, create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'decidedBy',
      label: t('Besloten door', 'Decided by'),
      type: 'relationship',
      relationTo: 'users',
      access: { read: memberSelfOrStaff, create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
