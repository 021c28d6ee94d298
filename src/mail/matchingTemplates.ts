/** The matching negotiation's mails, in Dutch (built like templates.ts). */
import { message } from './templates'

const link = (href: string, label: string) => ({ href, label })

export const offerMessage = (
  therapistName: string,
  requestTitle: string,
  summary: string,
  reasons: string,
  deadline: string,
  offerLink: string,
) =>
  message(
    `Nieuwe aanvraag voor jou: ${requestTitle}`,
    [
      `Beste ${therapistName},`,
      'Een organisatie zoekt jouw expertise. Deze aanvraag past bij je profiel:',
      summary,
      `Waarom jij: ${reasons}.`,
      `Wil je vóór ${deadline} laten weten of je de aanvraag aanneemt, afwijst of een tegenvoorstel doet?`,
    ],
    link(offerLink, 'Aanvraag bekijken en reageren'),
  )

export const offerReminderMessage = (
  therapistName: string,
  requestTitle: string,
  deadline: string,
  offerLink: string,
) =>
  message(
    `Herinnering: reageer vóór ${deadline} op "${requestTitle}"`,
    [
      `Beste ${therapistName},`,
      `Je hebt nog niet gereageerd op de aanvraag "${requestTitle}". Na ${deadline} gaat de aanvraag naar een collega.`,
    ],
    link(offerLink, 'Reageren'),
  )

export const offerWithdrawnMessage = (
  therapistName: string,
  requestTitle: string,
  why: 'matched' | 'cancelled' | 'closed',
) =>
  message(`Aanvraag ingetrokken: ${requestTitle}`, [
    `Beste ${therapistName},`,
    {
      matched: `De aanvraag "${requestTitle}" is inmiddels bij een andere behandelaar ondergebracht. Je hoeft niets meer te doen.`,
      cancelled: `De organisatie heeft de aanvraag "${requestTitle}" geannuleerd. Je hoeft niets meer te doen.`,
      closed: `Het platformteam heeft de aanvraag "${requestTitle}" gesloten. Je hoeft niets meer te doen.`,
    }[why],
    'Dank voor je tijd.',
  ])

export const notConfirmedMessage = (therapistName: string, requestTitle: string, reason: string) =>
  message(`Aanvraag niet bevestigd: ${requestTitle}`, [
    `Beste ${therapistName},`,
    `De organisatie heeft je reactie op "${requestTitle}" niet bevestigd.`,
    `De reden: ${reason}`,
    'Dank voor je reactie; je plek blijft vrij voor een volgende aanvraag.',
  ])

export const confirmNeededMessage = (
  requestTitle: string,
  therapistName: string,
  kind: 'accepted' | 'countered',
  terms: string,
  deadline: string,
  requestLink: string,
) =>
  message(
    kind === 'accepted' ? `${therapistName} wil "${requestTitle}" oppakken` : `Tegenvoorstel voor "${requestTitle}"`,
    [
      kind === 'accepted'
        ? `${therapistName} heeft je aanvraag "${requestTitle}" geaccepteerd.`
        : `${therapistName} heeft een tegenvoorstel gedaan voor je aanvraag "${requestTitle}": ${terms}.`,
      `Bevestig vóór ${deadline}, of geef aan dat het niet past; dan zoeken we verder.`,
    ],
    link(requestLink, 'Aanvraag bekijken en bevestigen'),
  )

export const confirmReminderMessage = (
  requestTitle: string,
  therapistName: string,
  deadline: string,
  requestLink: string,
) =>
  message(
    `Herinnering: bevestig ${therapistName} voor "${requestTitle}"`,
    [
      `${therapistName} wacht op je bevestiging voor "${requestTitle}". Na ${deadline} schakelen we het platformteam in.`,
    ],
    link(requestLink, 'Bevestigen'),
  )

export const matchedTherapistMessage = (
  therapistName: string,
  requestTitle: string,
  organisationName: string,
  terms: string,
  contact: string,
) =>
  message(`Match bevestigd: ${requestTitle}`, [
    `Beste ${therapistName},`,
    `${organisationName} heeft de match voor "${requestTitle}" bevestigd (${terms}).`,
    `Contact bij de organisatie: ${contact}. Zij nemen ook contact met je op.`,
  ])

export const matchedCoordinatorMessage = (
  requestTitle: string,
  therapistName: string,
  terms: string,
  contact: string,
  requestLink: string,
) =>
  message(
    `Match vastgelegd: ${therapistName} voor "${requestTitle}"`,
    [
      `${therapistName} behandelt voor "${requestTitle}" (${terms}).`,
      `Contact: ${contact}.`,
      'Over een paar weken vragen we je hoe het is gegaan.',
    ],
    link(requestLink, 'Aanvraag bekijken'),
  )

export const escalationMessage = (
  requestTitle: string,
  organisationName: string,
  reason: string,
  adminLink: string,
  temporalLink: string,
) =>
  message(
    `Aanvraag vraagt aandacht: ${requestTitle}`,
    [
      `De aanvraag "${requestTitle}" van ${organisationName} is geëscaleerd: ${reason}`,
      'Je kunt de zoekkring verbreden (buurregio’s of op afstand), zelf een behandelaar toewijzen of de aanvraag sluiten.',
      `Het verloop in Temporal: ${temporalLink}`,
    ],
    link(adminLink, 'Aanvraag openen'),
  )

export const closedMessage = (requestTitle: string, reason: string, requestLink: string) =>
  message(
    `Aanvraag gesloten: ${requestTitle}`,
    [
      `Het platformteam heeft je aanvraag "${requestTitle}" gesloten.`,
      `De reden: ${reason}`,
      'Neem gerust contact op als je verder wilt zoeken.',
    ],
    link(requestLink, 'Aanvraag bekijken'),
  )

export const followUpMessage = (requestTitle: string, therapistName: string, requestLink: string) =>
  message(
    `Hoe gaat het met "${requestTitle}"?`,
    [
      `Een tijd geleden is ${therapistName} gematcht op je aanvraag "${requestTitle}".`,
      'Is de behandeling gestart, en hoe gaat het? Je antwoord (zonder cliëntgegevens) helpt ons onderzoek naar wat werkt.',
    ],
    link(requestLink, 'Vraag beantwoorden'),
  )
