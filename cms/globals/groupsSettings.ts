import type { Field } from 'payload'
import { t } from '../fields/labels'

const number = (name: string, nl: string, en: string, defaultValue: number, min: number, max?: number): Field => ({
  name,
  label: t(nl, en),
  type: 'number',
  min,
  ...(max !== undefined ? { max } : {}),
  defaultValue,
  required: true,
})

/** Settings → groups: the norms of domain.md (LVSC supervision, intervision) as editable defaults. */
export const groupsSettings: Field = {
  name: 'groups',
  label: t('Supervisie- en intervisiegroepen', 'Supervision and intervision groups'),
  type: 'group',
  fields: [
    {
      name: 'supervision',
      label: t('Supervisie (LVSC-norm)', 'Supervision (LVSC norm)'),
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            number('minSize', 'Minimaal aantal supervisanten', 'Minimum supervisees', 2, 1, 4),
            number('maxSize', 'Maximaal aantal supervisanten', 'Maximum supervisees', 4, 1, 4),
          ],
        },
        {
          type: 'row',
          fields: [
            number('sessions', 'Aantal bijeenkomsten', 'Number of sessions', 10, 10, 25),
            number('intervalWeeks', 'Om de hoeveel weken', 'Every how many weeks', 2, 1, 8),
          ],
        },
        {
          type: 'row',
          fields: [
            number('minutesFor1', 'Duur bij 1 supervisant (min)', 'Length with 1 supervisee (min)', 60, 30),
            number('minutesFor2', 'Duur bij 2 (min)', 'Length with 2 (min)', 90, 30),
            number('minutesFor3', 'Duur bij 3 (min)', 'Length with 3 (min)', 120, 30),
            number('minutesFor4', 'Duur bij 4 (min)', 'Length with 4 (min)', 150, 30),
          ],
        },
      ],
    },
    {
      name: 'intervision',
      label: t('Intervisie', 'Intervision'),
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            number('minSize', 'Minimaal aantal deelnemers', 'Minimum members', 3, 2, 8),
            number('maxSize', 'Maximaal aantal deelnemers', 'Maximum members', 8, 2, 12),
          ],
        },
        {
          type: 'row',
          fields: [
            number('meetingsPerYear', 'Bijeenkomsten per jaar', 'Meetings per year', 4, 4, 24),
            number('minutes', 'Duur per bijeenkomst (min)', 'Length per meeting (min)', 90, 90),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        number(
          'formationDeadlineDays',
          'Groep vormen met het minimum na (dagen na de eerste aanmelding)',
          'Form with the minimum after (days after the first sign-up)',
          28,
          0,
        ),
        number('confirmationHours', 'Deelnemers bevestigen binnen (uur)', 'Members confirm within (hours)', 168, 0),
        number(
          'supervisorResponseHours',
          'Supervisor antwoordt binnen (uur)',
          'Supervisor answers within (hours)',
          72,
          0,
        ),
      ],
    },
    {
      type: 'row',
      fields: [
        number(
          'belowMinimumDays',
          'Groep onder het minimum vervalt na (dagen)',
          'Group below the minimum is cancelled after (days)',
          28,
          0,
        ),
        number(
          'closeAfterLastSessionDays',
          'Aanwezigheid vastleggen tot (dagen na de laatste bijeenkomst)',
          'Attendance can be recorded until (days after the last session)',
          14,
          0,
        ),
      ],
    },
    {
      name: 'staffEmail',
      label: t('E-mailadres platformteam voor groepen', 'Platform staff e-mail for groups'),
      type: 'email',
      admin: {
        description: t(
          'Leeg: alle gebruikers met de rol platformteam.',
          'Empty: every user with the platform staff role.',
        ),
      },
    },
  ],
}
