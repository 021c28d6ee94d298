/** The mail that tells the platform team a run is stuck on a step (built like templates.ts). */
import { message } from './templates'

export const stuckStepMessage = (
  process: string,
  workflowId: string,
  step: string,
  permanent: boolean,
  error: string,
  temporalLink: string,
) =>
  message(
    `Actie nodig: ${process} (${workflowId}) loopt vast bij "${step}"`,
    [
      permanent
        ? `De stap "${step}" kan niet worden uitgevoerd: er ontbreekt iets of het is niet toegestaan. Opnieuw proberen helpt pas als dat is hersteld.`
        : `De stap "${step}" lukt al een tijd niet, waarschijnlijk doordat de database, de mailserver of het netwerk niet bereikbaar is.`,
      'Het proces blijft lopen en probeert de stap later opnieuw; er gaat niets verloren.',
      `Foutmelding (voor de ontwikkelaars): ${error}`,
    ],
    { href: temporalLink, label: 'Run bekijken in Temporal' },
  )

/** The mail that tells the platform team a run has ended because what it worked on is gone. */
export const endedRunMessage = (
  process: string,
  workflowId: string,
  reason: string,
  error: string,
  temporalLink: string,
) =>
  message(
    `Beëindigd: ${process} (${workflowId})`,
    [
      `${reason} Het proces is daarom beëindigd; er wordt niets meer verstuurd of vastgelegd.`,
      'Was dit niet de bedoeling? Herstel het document en start het proces opnieuw.',
      `Foutmelding (voor de ontwikkelaars): ${error}`,
    ],
    { href: temporalLink, label: 'Run bekijken in Temporal' },
  )
