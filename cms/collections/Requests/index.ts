import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { systemOnly } from '../../access/systemOnly'
import { ownOrganisation } from '../../access/ownOrganisation'
import { fileForOwnOrganisation } from '../../access/fileForOwnOrganisation'
import { option, t } from '../../fields/labels'
import { auditChange } from '../../hooks/auditChange'
import { logReads } from '../../hooks/accessLog/logReads'
import { accessLogField } from '../../fields/accessLog'
import { refuseClientData } from '../../hooks/refuseClientData'
import { lockSubmittedRequest, setRequestFiler } from './hooks/requestWrites'
import { matchingRequestEndpoints } from '../../endpoints/matching/requestEndpoints'

/** A request for expertise: never client-identifying data, only what the match needs. */
export const Requests: CollectionConfig = {
  slug: 'requests',
  labels: { singular: t('Aanvraag', 'Request'), plural: t('Aanvragen', 'Requests') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'region', 'status', 'createdAt'],
    group: t('Matching', 'Matching'),
  },
  access: {
    read: ownOrganisation,
    create: fileForOwnOrganisation,
    update: ownOrganisation,
    delete: isAdmin,
  },
  endpoints: matchingRequestEndpoints,
  hooks: {
    beforeValidate: [
      refuseClientData({
        title: 'De korte titel',
        context: 'De toelichting',
        closedReason: 'De reden van sluiten of annuleren',
      }),
    ],
    beforeChange: [setRequestFiler, lockSubmittedRequest],
    afterChange: [auditChange('requests')],
    // The request is the family's case: every read by a person is logged, its own coordinators' too.
    afterOperation: [logReads('requests')],
  },
  fields: [
    accessLogField,
    { name: 'title', label: t('Korte titel', 'Short title'), type: 'text', required: true, maxLength: 120 },
    {
      name: 'organisation',
      label: t('Organisatie', 'Organisation'),
      type: 'relationship',
      relationTo: 'organisations',
      required: true,
      index: true,
      access: { update: systemOnly },
    },
    {
      name: 'createdBy',
      label: t('Aangevraagd door', 'Requested by'),
      type: 'relationship',
      relationTo: 'users',
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true },
    },
    {
      name: 'kind',
      label: t('Soort aanvraag', 'Request kind'),
      type: 'select',
      required: true,
      options: [
        option('case', 'Eén casus', 'One case'),
        option('structural', 'Structurele samenwerking', 'Structural collaboration'),
      ],
    },
    { name: 'region', label: t('Regio', 'Region'), type: 'relationship', relationTo: 'regions', required: true },
    {
      name: 'expertise',
      label: t('Gevraagde expertise en methoden', 'Expertise and methods needed'),
      type: 'relationship',
      relationTo: 'expertise',
      hasMany: true,
    },
    {
      name: 'targetGroup',
      label: t('Doelgroep', 'Target group'),
      type: 'relationship',
      relationTo: 'expertise',
      filterOptions: { kind: { equals: 'target-group' } },
    },
    {
      name: 'urgency',
      label: t('Urgentie', 'Urgency'),
      type: 'select',
      required: true,
      defaultValue: 'normal',
      options: [
        option('normal', 'Normaal', 'Normal'),
        option('high', 'Hoog', 'High'),
        option('crisis', 'Crisis', 'Crisis'),
      ],
    },
    { name: 'hoursPerWeek', label: t('Uren per week', 'Hours per week'), type: 'number', min: 0, max: 40 },
    { name: 'wantedStart', label: t('Gewenste startdatum', 'Wanted start date'), type: 'date' },
    {
      name: 'context',
      label: t('Toelichting (zonder cliëntgegevens)', 'Context (no client data)'),
      type: 'textarea',
      maxLength: 3000,
    },
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
      // The workflow (overrideAccess) moves the status; people do so through its updates.
      access: { create: systemOnly, update: systemOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'submittedAt',
      label: t('Ingediend op', 'Submitted at'),
      type: 'date',
      access: { create: systemOnly, update: systemOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'workflowId',
      label: t('Workflow', 'Workflow'),
      type: 'text',
      access: { create: systemOnly, update: systemOnly },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: t(
          'Het matchingproces in Temporal: matching-<id>.',
          'The matching process in Temporal: matching-<id>.',
        ),
      },
    },
    {
      name: 'escalation',
      label: t('Escalatie', 'Escalation'),
      type: 'group',
      // Written by the matching workflow only: the Temporal link is one staff will click.
      access: { create: systemOnly, update: systemOnly },
      admin: {
        description: t(
          'Gevuld als het platformteam moet ingrijpen: verbreed de zoekkring, wijs zelf toe of sluit de aanvraag.',
          'Filled when staff must act: widen the search, assign by hand or close the request.',
        ),
      },
      fields: [
        {
          name: 'reason',
          label: t('Reden', 'Reason'),
          type: 'select',
          options: [
            option('exhausted', 'Geen kandidaten meer', 'Candidates exhausted'),
            option('deadline', 'Termijn verstreken', 'Overall deadline passed'),
            option('confirmation-timeout', 'Niet op tijd bevestigd', 'Not confirmed in time'),
          ],
          admin: { readOnly: true },
        },
        {
          name: 'at',
          label: t('Sinds', 'Since'),
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'temporalLink',
          label: t('Verloop in Temporal', 'Run in Temporal'),
          type: 'text',
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'closedReason',
      label: t('Reden van sluiten of annuleren', 'Reason for closing or cancelling'),
      type: 'textarea',
      access: { create: systemOnly, update: systemOnly },
      admin: { readOnly: true },
    },
    {
      name: 'closedAt',
      label: t('Afgerond op', 'Closed at'),
      type: 'date',
      // The retention clock (src/domain/retention.ts): set when the request is matched, cancelled or closed.
      access: { create: systemOnly, update: systemOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'anonymisedAt',
      label: t('Geanonimiseerd op', 'Anonymised at'),
      type: 'date',
      access: { create: systemOnly, update: systemOnly },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: t(
          'Na de bewaartermijn: vrije tekst gewist, alleen wat de onderzoekscijfers nodig hebben blijft.',
          'After the retention period: free text erased, only what the research figures need is kept.',
        ),
      },
    },
  ],
}
