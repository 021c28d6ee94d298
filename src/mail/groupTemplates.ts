import { formatMoment } from '../domain/dates'
import { formatSessionDate } from '../domain/schedule'
import { type MailAttachment, type MailMessage, message } from './templates'

/** Mails of supervision and intervision groups, in Dutch (the sign-up confirmation also in English). */
export type GroupMailFacts = { groupName: string; kindLabel: string; slotLabel: string; online: boolean }

const where = (facts: GroupMailFacts) =>
  facts.online ? 'online' : 'in de regio (de supervisor of de groep spreekt de plek af)'

export const groupProposalMessage = (
  name: string,
  facts: GroupMailFacts,
  respondBy: string,
  link: string,
): MailMessage =>
  message(
    `Bevestig je plek: ${facts.groupName}`,
    [
      `Beste ${name},`,
      `Er is een ${facts.kindLabel.toLowerCase()}groep voor je gevormd: ${facts.groupName}. De groep komt op ${facts.slotLabel} bij elkaar, ${where(facts)}.`,
      `Bevestig vóór ${formatSessionDate(respondBy)} of je meedoet. Hoor we niets, dan gaat je plek naar iemand op de wachtlijst en houd je je eigen plek op de wachtlijst.`,
    ],
    { href: link, label: 'Bevestigen of afzeggen' },
  )

export const proposalLapsedMessage = (name: string, groupName: string, link: string): MailMessage =>
  message(
    `Je plek in ${groupName} is vervallen`,
    [
      `Beste ${name},`,
      `Je hebt je plek in ${groupName} niet op tijd bevestigd. Je staat weer op de wachtlijst; we stellen je voor aan een volgende groep.`,
    ],
    { href: link, label: 'Naar je groepen' },
  )

export const supervisorOfferMessage = (
  name: string,
  facts: GroupMailFacts,
  size: number,
  respondBy: string,
  link: string,
): MailMessage =>
  message(
    `Wil je deze supervisiegroep begeleiden? ${facts.groupName}`,
    [
      `Beste ${name},`,
      `Er is een supervisiegroep van ${size} supervisanten gevormd: ${facts.groupName}, op ${facts.slotLabel}, ${where(facts)}.`,
      `Laat vóór ${formatSessionDate(respondBy)} weten of je de groep begeleidt. Zonder antwoord bieden we de groep aan een andere supervisor aan.`,
    ],
    { href: link, label: 'Aannemen of afwijzen' },
  )

export const noSupervisorMessage = (facts: GroupMailFacts, declined: number, adminLink: string): MailMessage =>
  message(
    `Geen supervisor gevonden: ${facts.groupName}`,
    [
      `Voor ${facts.groupName} is geen supervisor gevonden in of bij de regio met vrije ruimte (${declined} benaderd).`,
      'Wijs in het beheer een supervisor toe; de groep wacht daarop en krijgt daarna meteen een rooster.',
    ],
    { href: adminLink, label: 'Groep bekijken' },
  )

export const groupScheduleMessage = (
  name: string,
  facts: GroupMailFacts,
  sessions: readonly { startsAt: string; durationMinutes: number }[],
  calendar: string,
  link: string,
): MailMessage => {
  const lines = sessions.map((s, i) => `${i + 1}. ${formatSessionDate(s.startsAt)} (${s.durationMinutes} minuten)`)
  const attachment: MailAttachment = {
    filename: 'bijeenkomsten.ics',
    content: calendar,
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
  }
  return {
    ...message(
      `Je groep staat: ${facts.groupName}`,
      [
        `Beste ${name},`,
        `${facts.groupName} gaat van start, op ${facts.slotLabel}, ${where(facts)}. Dit zijn de bijeenkomsten:`,
        lines.join('\n'),
        'In de bijlage staan alle data als agenda-bestand (.ics). Wat in de groep besproken wordt, blijft in de groep.',
      ],
      { href: link, label: 'Naar je groep' },
    ),
    attachments: [attachment],
  }
}

/** What a therapist signed up for, with labels in the mail's language. */
export type SignupConfirmationFacts = {
  kind: 'supervision' | 'intervision'
  themeLabel: string
  regionName: string
  slotLabels: string[]
  onlineAllowed: boolean
  minSize: number
  maxSize: number
  /** When a smaller group (the minimum size) may form without more sign-ups (ISO). */
  deadline: string
}

/** Sent once when a sign-up enters its pool: what it is for, what happens next, how to withdraw. */
export const signupConfirmationMessage = (
  name: string,
  facts: SignupConfirmationFacts,
  link: string,
  language: 'nl' | 'en',
): MailMessage => {
  const slots = facts.slotLabels.join(', ')
  const deadline = formatMoment(facts.deadline, language)
  if (language === 'en') {
    const kind = facts.kind === 'supervision' ? 'supervision' : 'intervision'
    return message(
      `Your sign-up for ${kind}: ${facts.themeLabel}, ${facts.regionName}`,
      [
        `Dear ${name},`,
        `You have signed up for ${kind === 'supervision' ? 'a' : 'an'} ${kind} group on ${facts.themeLabel} in the region ${facts.regionName}. You are available on: ${slots}${facts.onlineAllowed ? '; online is fine too' : '; in person only'}.`,
        `What happens next: as soon as ${facts.maxSize} people who signed up share a time, a group forms. From ${deadline} a smaller group of at least ${facts.minSize} may form too. Until then you are on the waiting list. When a group forms for you, we mail you the proposal and ask you to confirm whether you take part.`,
        'Changed your mind? You can withdraw your sign-up on your Groups page.',
      ],
      { href: link, label: 'Go to your groups' },
      'en',
    )
  }
  const kind = facts.kind === 'supervision' ? 'supervisie' : 'intervisie'
  return message(
    `Je aanmelding voor ${kind}: ${facts.themeLabel}, ${facts.regionName}`,
    [
      `Beste ${name},`,
      `Je hebt je aangemeld voor een ${kind}groep met het thema ${facts.themeLabel} in de regio ${facts.regionName}. Je kunt op: ${slots}${facts.onlineAllowed ? '; online mag ook' : '; alleen bij elkaar, niet online'}.`,
      `Wat er nu gebeurt: zodra ${facts.maxSize} aanmeldingen een dagdeel delen, vormt zich een groep. Vanaf ${deadline} kan ook een kleinere groep van minstens ${facts.minSize} deelnemers starten. Tot die tijd sta je op de wachtlijst. Vormt zich een groep voor je, dan mailen we je het voorstel en vragen we je te bevestigen of je meedoet.`,
      'Toch niet? Je kunt je aanmelding intrekken op je pagina Groepen.',
    ],
    { href: link, label: 'Naar je groepen' },
  )
}
