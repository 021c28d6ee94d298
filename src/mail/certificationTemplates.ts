import type { MailMessage } from './templates'
import { formatMoment } from '../domain/dates'

/** Mails of the training certification, in Dutch; same shape as src/mail/templates.ts. */
const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

function message(subject: string, paragraphs: string[], link?: { href: string; label: string }): MailMessage {
  const closing = 'Met vriendelijke groet,\nHet platformteam van Drakentemmers'
  const textParts = [...paragraphs, ...(link ? [`${link.label}: ${link.href}`] : []), closing]
  const htmlParts = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(link ? [`<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`] : []),
    `<p>${escapeHtml(closing).replace('\n', '<br>')}</p>`,
  ]
  return { subject, text: textParts.join('\n\n'), html: htmlParts.join('\n') }
}

const dutchDate = (iso: string) => formatMoment(iso)

export const waitingListMessage = (name: string, training: string, link: string) =>
  message(
    `Wachtlijst: ${training}`,
    [
      `Beste ${name},`,
      `De opleiding "${training}" is vol. Je staat op de wachtlijst; zodra er een plaats vrijkomt, krijg je die automatisch en laten we het je weten.`,
    ],
    {
      href: link,
      label: 'Mijn opleidingen',
    },
  )

export const placeGrantedMessage = (name: string, training: string, fromWaitingList: boolean, link: string) =>
  message(
    `Je hebt een plaats: ${training}`,
    [
      `Beste ${name},`,
      fromWaitingList
        ? `Er is een plaats vrijgekomen: je bent nu ingeschreven voor "${training}".`
        : `Je bent ingeschreven voor "${training}".`,
      'In "Mijn opleidingen" zie je alle stappen met hun deadlines.',
    ],
    { href: link, label: 'Mijn opleidingen' },
  )

export const stepReminderMessage = (name: string, training: string, step: string, deadline: string, link: string) =>
  message(
    `Herinnering: "${step}" vóór ${dutchDate(deadline)}`,
    [
      `Beste ${name},`,
      `De deadline van "${step}" (${training}) is ${dutchDate(deadline)}. Lukt dat niet? Neem dan op tijd contact op met je trainer.`,
    ],
    {
      href: link,
      label: 'Mijn opleidingen',
    },
  )

export const stepOverdueTherapistMessage = (name: string, training: string, step: string) =>
  message(`Deadline verstreken: "${step}"`, [
    `Beste ${name},`,
    `De deadline van "${step}" (${training}) is verstreken. Je trainer is op de hoogte en neemt contact met je op over uitstel.`,
  ])

export const stepOverdueTrainerMessage = (
  therapist: string,
  training: string,
  step: string,
  deadline: string,
  link: string,
) =>
  message(
    `Over de deadline: ${therapist}, "${step}"`,
    [
      `${therapist} heeft "${step}" (${training}) niet afgerond vóór de deadline van ${dutchDate(deadline)}.`,
      'Je kunt uitstel geven of de inschrijving beëindigen.',
    ],
    { href: link, label: 'Naar het trainersoverzicht' },
  )

export const assignmentSubmittedMessage = (therapist: string, training: string, step: string, link: string) =>
  message(
    `Opdracht ingeleverd: ${therapist}`,
    [`${therapist} heeft "${step}" (${training}) ingeleverd. De opdracht wacht op je beoordeling.`],
    { href: link, label: 'Beoordelen' },
  )

const unitOf = (kind: 'supervised-cases' | 'supervision-hours', amount: number) =>
  kind === 'supervision-hours'
    ? `${amount.toLocaleString('nl-NL')} uur supervisie`
    : `${amount.toLocaleString('nl-NL')} ${amount === 1 ? 'casus' : 'casussen'} onder supervisie`

export const progressReportedMessage = (
  therapist: string,
  training: string,
  step: string,
  kind: 'supervised-cases' | 'supervision-hours',
  amount: number,
  link: string,
) =>
  message(
    `Te bevestigen: ${therapist}, "${step}"`,
    [
      `${therapist} meldt ${unitOf(kind, amount)} bij "${step}" (${training}).`,
      'Dit telt pas mee voor het certificaat als jij het bevestigt. Klopt het niet, wijs het dan af met een toelichting.',
    ],
    { href: link, label: 'Bevestigen of afwijzen' },
  )

export const progressDecidedMessage = (
  name: string,
  step: string,
  kind: 'supervised-cases' | 'supervision-hours',
  amount: number,
  confirmed: boolean,
  note: string | null | undefined,
  link: string,
) =>
  message(
    confirmed ? `Bevestigd: "${step}"` : `Niet bevestigd: "${step}"`,
    [
      `Beste ${name},`,
      confirmed
        ? `Je trainer heeft ${unitOf(kind, amount)} bij "${step}" bevestigd; het telt mee voor je certificaat.`
        : `Je trainer heeft ${unitOf(kind, amount)} bij "${step}" niet bevestigd.`,
      ...(note ? [`Toelichting: ${note}`] : []),
    ],
    { href: link, label: 'Mijn opleidingen' },
  )

export const assignmentReviewedMessage = (
  name: string,
  step: string,
  approved: boolean,
  feedback: string | null | undefined,
  link: string,
) =>
  message(
    approved ? `Opdracht goedgekeurd: "${step}"` : `Opdracht teruggegeven: "${step}"`,
    [
      `Beste ${name},`,
      approved
        ? `Je trainer heeft "${step}" goedgekeurd.`
        : `Je trainer heeft "${step}" teruggegeven. Verwerk de feedback en lever de opdracht opnieuw in.`,
      ...(feedback ? [`Feedback: ${feedback}`] : []),
    ],
    { href: link, label: 'Mijn opleidingen' },
  )

export const assessmentMessage = (
  name: string,
  step: string,
  passed: boolean,
  feedback: string | null | undefined,
  link: string,
) =>
  message(
    passed ? `Toetsing gehaald: "${step}"` : `Toetsing nog niet gehaald: "${step}"`,
    [
      `Beste ${name},`,
      passed
        ? `Gefeliciteerd: je hebt "${step}" gehaald.`
        : `Je hebt "${step}" nog niet gehaald. Spreek met je trainer een nieuwe toetsing af.`,
      ...(feedback ? [`Toelichting: ${feedback}`] : []),
    ],
    { href: link, label: 'Mijn opleidingen' },
  )

export const extensionMessage = (name: string, step: string, deadline: string, link: string) =>
  message(
    `Uitstel voor "${step}"`,
    [
      `Beste ${name},`,
      `Je trainer heeft je uitstel gegeven: de nieuwe deadline van "${step}" is ${dutchDate(deadline)}.`,
    ],
    { href: link, label: 'Mijn opleidingen' },
  )

export const enrollmentEndedMessage = (name: string, training: string, reason: string) =>
  message(`Inschrijving beëindigd: ${training}`, [
    `Beste ${name},`,
    `Je inschrijving voor "${training}" is beëindigd.`,
    `De reden: ${reason}`,
    'Heb je vragen? Beantwoord deze mail.',
  ])

export const certificateMessage = (
  name: string,
  training: string,
  number: string,
  validUntil: string,
  renewed: boolean,
  link: string,
  myCertificates?: string,
) =>
  renewed
    ? message(
        `Certificaat verlengd: ${training}`,
        [
          `Beste ${name},`,
          `Je certificaat voor "${training}" is verlengd: het is nu geldig tot ${dutchDate(validUntil)}.`,
          `Certificaatnummer: ${number}. In "Mijn certificaten" staan het nieuwe certificaat en de nieuwe digitale verklaring klaar; de oude verklaring geldt niet meer.`,
        ],
        { href: myCertificates ?? link, label: 'Mijn certificaten' },
      )
    : message(
        `Je certificaat: ${training}`,
        [
          `Beste ${name},`,
          `Gefeliciteerd! Je hebt "${training}" afgerond.`,
          `Certificaatnummer: ${number}. Geldig tot ${dutchDate(validUntil)}.`,
          'Via de link hieronder kun je het certificaat printen of als PDF bewaren; anderen kunnen het met het nummer controleren.',
        ],
        { href: link, label: 'Certificaat bekijken' },
      )

export const renewalDueMessage = (
  name: string,
  training: string,
  number: string,
  validUntil: string,
  credits: number,
  link: string,
) =>
  message(
    `Herregistratie: ${training}`,
    [
      `Beste ${name},`,
      `Je certificaat ${number} ("${training}") is geldig tot ${dutchDate(validUntil)}.`,
      `Voor herregistratie heb je ${credits} punten nodig (1 uur = 1 punt). Vanaf nu kun je de herregistratie aanvragen op de pagina met je punten.`,
    ],
    { href: link, label: 'Mijn punten en herregistratie' },
  )

/** 180, 90, 30 days before expiry: where the ledger stands and when renewal opens. */
export const renewalReminderMessage = (
  name: string,
  training: string,
  number: string,
  validUntil: string,
  progress: string,
  opensAt: string,
  isOpen: boolean,
  link: string,
) =>
  message(
    `Herinnering herregistratie: ${training}`,
    [
      `Beste ${name},`,
      `Je certificaat ${number} ("${training}") is geldig tot ${dutchDate(validUntil)}.`,
      `${progress} ${isOpen ? 'Herregistreren kan nu.' : `Herregistreren kan vanaf ${dutchDate(opensAt)}.`}`,
      'Op de pagina met je punten zie je wat al meetelt en voeg je nascholing toe die je buiten het platform deed.',
    ],
    { href: link, label: 'Mijn punten' },
  )

export const certificateExpiredMessage = (name: string, training: string, number: string) =>
  message(`Certificaat verlopen: ${training}`, [
    `Beste ${name},`,
    `Je certificaat ${number} ("${training}") is verlopen, omdat er geen herregistratie is ontvangen.`,
    'Wil je opnieuw gecertificeerd worden? Neem contact op met het platformteam.',
  ])

/** The holder hears a trainer's or staff's word on an activity they added to their ledger. */
export const creditDecisionMessage = (
  name: string,
  title: string,
  credits: string,
  approved: boolean,
  reason: string | null,
  link: string,
) =>
  message(
    approved ? `Nascholing goedgekeurd: ${title}` : `Nascholing afgewezen: ${title}`,
    [
      `Beste ${name},`,
      approved
        ? `"${title}" telt mee voor je herregistratie: ${credits} punten.`
        : `"${title}" telt niet mee voor je herregistratie.`,
      ...(reason ? [`${approved ? 'Opmerking' : 'Reden'}: ${reason}`] : []),
    ],
    { href: link, label: 'Mijn punten' },
  )
