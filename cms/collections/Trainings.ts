import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isAdminOrTrainer } from '../access/isAdminOrTrainer'
import { isAdminOrTrainerOfTraining } from '../access/isAdminOrTrainerOfTraining'
import { option, t } from '../fields/labels'
import { slugField } from '../fields/slug'

export const TRAINING_STEP_KINDS = [
  option('sessions', 'Bijeenkomsten bijwonen', 'Attend sessions'),
  option('elearning', 'E-learningmodule', 'E-learning module'),
  option('assignment', 'Opdracht', 'Assignment'),
  option('supervised-cases', 'Casussen onder supervisie', 'Supervised cases'),
  option('supervision-hours', 'Supervisie-uren', 'Supervision hours'),
  option('assessment', 'Toetsing', 'Assessment'),
]

export const Trainings: CollectionConfig = {
  slug: 'trainings',
  labels: { singular: t('Opleiding', 'Training'), plural: t('Opleidingen', 'Trainings') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'format', 'region', 'capacity'],
    group: t('Opleiding', 'Training'),
  },
  access: { read: anyone, create: isAdminOrTrainer, update: isAdminOrTrainerOfTraining, delete: isAdmin },
  fields: [
    { name: 'title', label: t('Titel', 'Title'), type: 'text', required: true },
    slugField('title'),
    { name: 'summary', label: t('Korte omschrijving', 'Short description'), type: 'textarea', required: true },
    { name: 'description', label: t('Beschrijving', 'Description'), type: 'richText' },
    {
      name: 'method',
      label: t('Leidt op tot methode', 'Certifies method'),
      type: 'relationship',
      relationTo: 'expertise',
      filterOptions: { kind: { in: ['method', 'family-approach'] } },
    },
    { name: 'trainers', label: t('Trainers', 'Trainers'), type: 'relationship', relationTo: 'users', hasMany: true },
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          label: t('Vorm', 'Format'),
          type: 'select',
          required: true,
          defaultValue: 'regional',
          options: [option('regional', 'In de regio', 'In the region'), option('online', 'Online', 'Online')],
        },
        { name: 'region', label: t('Regio', 'Region'), type: 'relationship', relationTo: 'regions' },
        { name: 'capacity', label: t('Plaatsen', 'Places'), type: 'number', min: 1, required: true, defaultValue: 16 },
      ],
    },
    {
      name: 'sessionDates',
      label: t('Bijeenkomsten', 'Sessions'),
      type: 'array',
      fields: [
        {
          name: 'date',
          label: t('Datum', 'Date'),
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    { name: 'priceNote', label: t('Kosten en financiering', 'Price and funding'), type: 'text' },
    {
      name: 'steps',
      label: t('Stappen', 'Steps'),
      type: 'array',
      fields: [
        {
          name: 'kind',
          label: t('Soort stap', 'Step kind'),
          type: 'select',
          required: true,
          options: TRAINING_STEP_KINDS,
        },
        { name: 'title', label: t('Titel', 'Title'), type: 'text', required: true },
        {
          name: 'target',
          label: t('Aantal (uren, casussen, sessies)', 'Target (hours, cases, sessions)'),
          type: 'number',
          min: 0,
          admin: {
            description: t(
              'Voor bijeenkomsten, casussen en supervisie-uren; andere stappen tellen als 1.',
              'For sessions, cases and supervision hours; other steps count as 1.',
            ),
          },
        },
        {
          name: 'deadlineDays',
          label: t('Deadline (dagen na inschrijving)', 'Deadline (days after enrolment)'),
          type: 'number',
          min: 1,
        },
        {
          name: 'link',
          label: t('Link (e-learning, materiaal)', 'Link (e-learning, materials)'),
          type: 'text',
          admin: { condition: (_, step) => step?.kind === 'elearning' || step?.kind === 'assignment' },
        },
        {
          name: 'instructions',
          label: t('Toelichting voor de behandelaar', 'Instructions for the therapist'),
          type: 'textarea',
          maxLength: 2000,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validityYears',
          label: t('Certificaat geldig (jaren)', 'Certificate valid (years)'),
          type: 'number',
          min: 1,
          defaultValue: 5,
        },
        {
          name: 'renewalCredits',
          label: t('Punten voor herregistratie', 'Credits for renewal'),
          type: 'number',
          min: 0,
          defaultValue: 50,
        },
        {
          name: 'creditHours',
          label: t('Nascholingspunten bij afronden', 'Continuing-education credits on completion'),
          type: 'number',
          min: 0,
          defaultValue: 0,
          admin: {
            description: t(
              'Telt mee voor de herregistratie van andere certificaten van de behandelaar (1 uur = 1 punt).',
              "Counts towards the renewal of the therapist's other certificates (1 hour = 1 credit).",
            ),
          },
        },
        {
          name: 'certificateCode',
          label: t('Code op het certificaatnummer', 'Code in the certificate number'),
          type: 'text',
          maxLength: 8,
          admin: {
            description: t(
              'Bijvoorbeeld EMDR → DT-EMDR-2026-7K3QX9. Leeg: OPL.',
              'E.g. EMDR → DT-EMDR-2026-7K3QX9. Empty: OPL.',
            ),
          },
        },
      ],
    },
  ],
}
