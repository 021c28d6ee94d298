import { config } from '../../src/config'
import { passwordResetMessage } from '../../src/mail/templates'

/** Reset links point at the portal, where both portal users and staff reset their password. */
export const passwordResetMail = {
  generateEmailSubject: () => passwordResetMessage('', '').subject,
  generateEmailHTML: (args?: { token?: string; user?: { name?: string } }) => {
    const link = `${config.PUBLIC_URL}/wachtwoord-herstellen?token=${encodeURIComponent(args?.token ?? '')}`
    return passwordResetMessage(args?.user?.name ?? '', link).html
  },
}
