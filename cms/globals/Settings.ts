import type { GlobalConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { t } from '../fields/labels'

/** Workflow defaults that platform staff may change (domain.md: never buried in code). */
export const Settings: GlobalConfig = {
  slug: 'settings',
  label: t('Instellingen', 'Settings'),
  admin: { group: t('Beheer', 'Administration') },
  access: { read: isAdmin, update: isAdmin },
  fields: [
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
          name: 'staffEmail',
          label: t('E-mailadres platformteam', 'Platform staff e-mail'),
          type: 'email',
          admin: { description: t('Leeg: alle gebruikers met de rol platformteam krijgen de mail.', 'Empty: every user with the platform staff role gets the mail.') },
        },
      ],
    },
  ],
}
