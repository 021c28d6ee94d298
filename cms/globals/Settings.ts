import type { GlobalConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { t } from '../fields/labels'
import { groupsSettings } from './groupsSettings'

/** Workflow defaults that platform staff may change (domain.md: never buried in code). */
export const Settings: GlobalConfig = {
  slug: 'settings',
  label: t('Instellingen', 'Settings'),
  admin: { group: t('Beheer', 'Administration') },
  access: { read: isAdmin, update: isAdmin },
  fields: [
    {
      name: 'privacy',
      label: t('Privacy', 'Privacy'),
      type: 'group',
      fields: [
        {
          name: 'retentionMonths',
          label: t('Bewaartermijn afgeronde aanvragen (maanden)', 'Retention of closed requests (months)'),
          type: 'number',
          min: 1,
          max: 120,
          defaultValue: 12,
          required: true,
          admin: {
            description: t(
              'Daarna worden aanvragen, de kopieën bij aanbiedingen en de terugkoppeling geanonimiseerd (elke nacht).',
              'After this, requests, the copies on offers and the follow-up are anonymised (every night).',
            ),
          },
        },
      ],
    },
    {
      name: 'network',
      label: t('Netwerk', 'Network'),
      type: 'group',
      fields: [
        {
          name: 'nationalTargetTherapists',
          label: t('Landelijk doel aantal behandelaars', 'National target number of therapists'),
          type: 'number',
          min: 1,
          defaultValue: 300,
          required: true,
        },
      ],
    },
    {
      name: 'certification',
      label: t('Opleidingen en certificaten', 'Training and certificates'),
      type: 'group',
      fields: [
        {
          name: 'reminderDaysBefore',
          label: t('Herinneringen, dagen vóór een deadline', 'Reminders, days before a deadline'),
          type: 'number',
          hasMany: true,
          min: 1,
          defaultValue: [14, 3],
        },
        {
          name: 'endAfterOverdueDays',
          label: t(
            'Inschrijving vanzelf beëindigen na (dagen over de deadline)',
            'End an enrolment by itself after (days overdue)',
          ),
          type: 'number',
          min: 0,
          defaultValue: 60,
          admin: {
            description: t('0: nooit vanzelf; de trainer beslist.', '0: never by itself; the trainer decides.'),
          },
        },
        {
          name: 'renewalLeadMonths',
          label: t('Herregistratie vragen (maanden vóór verloop)', 'Ask for renewal (months before expiry)'),
          type: 'number',
          min: 1,
          max: 24,
          defaultValue: 3,
        },
        {
          name: 'renewalReminderDays',
          label: t('Herinneringen herregistratie, dagen vóór verloop', 'Renewal reminders, days before expiry'),
          type: 'number',
          hasMany: true,
          min: 1,
          defaultValue: [180, 90, 30],
          admin: {
            description: t(
              'Elke herinnering noemt de punten tot nu toe; na een ingediende herregistratie komt er geen meer.',
              'Each reminder states the credits so far; none once a renewal is submitted.',
            ),
          },
        },
        {
          name: 'numberPrefix',
          label: t('Voorvoegsel certificaatnummer', 'Certificate number prefix'),
          type: 'text',
          maxLength: 8,
          defaultValue: 'DT',
        },
      ],
    },
    {
      name: 'memberApproval',
      label: t('Goedkeuren van behandelaars', 'Approving therapists'),
      type: 'group',
      fields: [
        {
          name: 'reminderAfterHours',
          label: t('Herinnering aan platformteam na (uur)', 'Remind staff after (hours)'),
          type: 'number',
          min: 1,
          defaultValue: 72,
          required: true,
        },
        {
          name: 'availabilityConfirmDays',
          label: t(
            'Beschikbaarheid opnieuw laten bevestigen na (dagen)',
            'Ask to re-confirm availability after (days)',
          ),
          type: 'number',
          min: 1,
          max: 30,
          defaultValue: 14,
          required: true,
        },
        {
          name: 'staffEmail',
          label: t('E-mailadres platformteam', 'Platform staff e-mail'),
          type: 'email',
          admin: {
            description: t(
              'Leeg: alle gebruikers met de rol platformteam krijgen de mail.',
              'Empty: every user with the platform staff role gets the mail.',
            ),
          },
        },
      ],
    },
    {
      name: 'matching',
      label: t('Matching', 'Matching'),
      type: 'group',
      fields: [
        {
          name: 'offerDeadlineHours',
          label: t('Reactietermijn behandelaar (uur)', 'Therapist answer deadline (hours)'),
          type: 'number',
          min: 1,
          defaultValue: 48,
          required: true,
          admin: {
            description: t('Halverwege krijgt de behandelaar een herinnering.', 'A reminder goes out at half time.'),
          },
        },
        {
          name: 'parallelOffers',
          label: t('Aanbiedingen tegelijk', 'Offers in parallel'),
          type: 'number',
          min: 1,
          max: 10,
          defaultValue: 1,
          required: true,
        },
        {
          name: 'regionPolicy',
          label: t('Zoekkring', 'Search area'),
          type: 'select',
          defaultValue: 'own',
          required: true,
          options: [
            { value: 'own', label: t('Alleen de eigen regio', 'Own region only') },
            { value: 'neighbours', label: t('Ook buurregio’s', 'Also neighbouring regions') },
            { value: 'remote', label: t('Ook behandelaars op afstand', 'Also remote therapists') },
          ],
        },
        {
          name: 'confirmationDeadlineHours',
          label: t('Bevestigingstermijn coördinator (uur)', 'Coordinator confirmation deadline (hours)'),
          type: 'number',
          min: 1,
          defaultValue: 48,
          required: true,
        },
        {
          name: 'overallDeadlineHours',
          label: t(
            'Escaleren als een aanvraag langer loopt dan (uur)',
            'Escalate when a request runs longer than (hours)',
          ),
          type: 'number',
          min: 1,
          defaultValue: 336,
          required: true,
        },
        {
          name: 'followUpWeeks',
          label: t('Nazorgvraag na (weken)', 'Follow-up question after (weeks)'),
          type: 'number',
          min: 1,
          defaultValue: 6,
          required: true,
        },
        {
          name: 'followUpAnswerWeeks',
          label: t('Wachten op antwoord nazorgvraag (weken)', 'Wait for follow-up answer (weeks)'),
          type: 'number',
          min: 1,
          defaultValue: 4,
          required: true,
        },
        {
          name: 'staffEmail',
          label: t('E-mailadres voor escalaties', 'E-mail for escalations'),
          type: 'email',
          admin: {
            description: t(
              'Leeg: alle gebruikers met de rol platformteam.',
              'Empty: every user with the platform staff role.',
            ),
          },
        },
      ],
    },
    groupsSettings,
  ],
}
