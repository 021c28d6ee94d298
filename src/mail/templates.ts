/**
 * The platform's mails, in Dutch (a few also in English). Each returns subject, plain text and HTML from the
 * same paragraphs, so the two versions never drift apart.
 */
import { MEMBER_STATUSES } from '../domain/options'
import type { RegistrationTwin } from '../members/sameRegistration'

/** A file sent along (e.g. the .ics calendar of a group's sessions). */
export type MailAttachment = { filename: string; content: string; contentType: string }
export type MailMessage = { subject: string; text: string; html: string; attachments?: MailAttachment[] }

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const CLOSING = {
  nl: 'Met vriendelijke groet,\nHet platformteam van Drakentemmers',
  en: 'Kind regards,\nThe Drakentemmers platform team',
}

export function message(
  subject: string,
  paragraphs: string[],
  link?: { href: string; label: string },
  language: 'nl' | 'en' = 'nl',
): MailMessage {
  const closing = CLOSING[language]
  const textParts = [...paragraphs, ...(link ? [`${link.label}: ${link.href}`] : []), closing]
  const htmlParts = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(link ? [`<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`] : []),
    `<p>${escapeHtml(closing).replace('\n', '<br>')}</p>`,
  ]
  return { subject, text: textParts.join('\n\n'), html: htmlParts.join('\n') }
}

/** `sameNumber`: others who gave the same registration number (sameRegistration), named so staff check the register. */
export const newSignUpMessage = (
  memberName: string,
  adminLink: string,
  sameNumber?: { register: string; twins: RegistrationTwin[] },
) =>
  message(
    `Nieuwe aanmelding: ${memberName}`,
    [
      `${memberName} heeft zich aangemeld als behandelaar.`,
      ...(sameNumber?.twins.length ? [sameNumberWarning(sameNumber.register, sameNumber.twins)] : []),
      'Bekijk de aanmelding en keur haar of hem goed of af.',
    ],
    { href: adminLink, label: 'Aanmelding bekijken' },
  )

const sameNumberWarning = (register: string, twins: RegistrationTwin[]) =>
  `Let op: hetzelfde nummer in het ${register} is ook opgegeven door ${twins
    .map((twin) => `${twin.displayName} (${MEMBER_STATUSES[twin.status].nl.toLowerCase()})`)
    .join(', ')}. Controleer in het register van wie het nummer is voordat je goedkeurt.`

export const approvalReminderMessage = (memberName: string, waitingHours: number, adminLink: string) =>
  message(
    `Herinnering: aanmelding van ${memberName} wacht op een besluit`,
    [
      `De aanmelding van ${memberName} wacht al ${waitingHours} uur op een besluit.`,
      'Wil je de aanmelding goedkeuren of afwijzen?',
    ],
    { href: adminLink, label: 'Aanmelding bekijken' },
  )

export const welcomeMessage = (memberName: string, profileLink: string) =>
  message(
    'Welkom bij Drakentemmers',
    [
      `Beste ${memberName},`,
      'Je aanmelding is goedgekeurd: je bent nu Drakentemmer. Je kunt inloggen en aanbiedingen, opleidingen en groepen bekijken.',
      'Vul in Mijn profiel je expertise, regio’s, beschikbaarheid en een korte introductie aan: daarmee zoekt de matching aanvragen die bij je passen.',
    ],
    { href: profileLink, label: 'Mijn profiel aanvullen' },
  )

export const rejectionMessage = (memberName: string, reason: string) =>
  message('Je aanmelding bij Drakentemmers', [
    `Beste ${memberName},`,
    'Helaas kunnen we je aanmelding nu niet goedkeuren.',
    `De reden: ${reason}`,
    'Heb je vragen, of is er iets veranderd? Beantwoord deze mail, dan kijken we er samen naar.',
  ])

export const passwordResetMessage = (name: string, link: string) =>
  message(
    'Nieuw wachtwoord instellen',
    [
      `Beste ${name || 'gebruiker'},`,
      'Je hebt gevraagd om een nieuw wachtwoord. De link hieronder is één uur geldig.',
      'Heb je dit niet gevraagd? Dan kun je deze mail negeren.',
    ],
    { href: link, label: 'Nieuw wachtwoord instellen' },
  )
