import { message, type MailMessage } from './templates'

/** The fortnightly question: still this capacity and availability? One click confirms, the profile changes. */
export function availabilityConfirmMail(name: string, confirmUrl: string, profileUrl: string): MailMessage {
  return message(
    'Klopt je beschikbaarheid nog?',
    [
      `Beste ${name},`,
      'Coördinatoren zoeken behandelaars op vrije plekken en beschikbaarheid. Klopt wat in je profiel staat nog? Bevestig het met één klik; dat kan zonder in te loggen.',
      `Is er iets veranderd? Pas het aan op je profielpagina: ${profileUrl}`,
      'Bevestig je 30 dagen niet, dan word je tijdelijk niet voorgesteld voor nieuwe aanvragen.',
    ],
    { href: confirmUrl, label: 'Ja, mijn beschikbaarheid klopt' },
  )
}
