import type { Payload } from 'payload'
import type { Training } from '../payload-types'
import { richText } from './lexical'
import { demoAccount } from './people'
import { idsOf, insertMissing } from './upsert'

type Step = Omit<NonNullable<Training['steps']>[number], 'id'>

type TrainingSpec = {
  slug: string
  title: string
  summary: string
  description: string
  method: string
  format: 'regional' | 'online'
  region?: string
  capacity: number
  sessionDates: string[]
  priceNote: string
  steps: Step[]
  certificateCode: string
  validityYears: number
  renewalCredits: number
  /** Credits this training gives towards renewing the therapist's other certificates (hours). */
  creditHours: number
}

/** EMDR Europe practitioner norms (domain.md): ≥6 training days, 50 sessions with 25 clients, 20 h supervision. */
export const EMDR_NORMS = {
  trainingDays: 6,
  clients: 25,
  sessions: 50,
  supervisionHours: 20,
  validityYears: 5,
  renewalCredits: 50,
} as const

export const EMDR_TRAINING_SLUG = 'emdr-practitionertraject'

export const TRAININGS: TrainingSpec[] = [
  {
    slug: EMDR_TRAINING_SLUG,
    title: 'EMDR-practitionertraject kind en jeugd',
    summary:
      'Van basisopleiding tot erkend EMDR-practitioner: zes trainingsdagen, behandelingen onder supervisie en een afsluitende toetsing.',
    description: `
Dit traject leidt op tot EMDR-practitioner volgens de normen van EMDR Europe, met de nadruk op kinderen en jongeren na huiselijk geweld en kindermishandeling.

## Wat je doet

- ${EMDR_NORMS.trainingDays} trainingsdagen, inclusief verhalende EMDR voor de jongste kinderen;
- ${EMDR_NORMS.sessions} behandelsessies met ${EMDR_NORMS.clients} cliënten, onder supervisie;
- ${EMDR_NORMS.supervisionHours} uur supervisie bij een erkend EMDR-supervisor;
- een toetsing met een video-opname van een behandelsessie en een casusverslag.

Het certificaat is ${EMDR_NORMS.validityYears} jaar geldig; voor herregistratie verzamel je ${EMDR_NORMS.renewalCredits} punten (1 uur = 1 punt).
`,
    method: 'emdr',
    format: 'regional',
    region: 'amsterdam',
    capacity: 16,
    sessionDates: ['2026-09-14', '2026-09-15', '2026-10-12', '2026-10-13', '2026-11-16', '2026-11-17'].map(
      (d) => `${d}T07:30:00.000Z`,
    ),
    priceNote:
      'Deels gefinancierd door de regio’s; vraag je werkgever naar het scholingsbudget voor de eigen bijdrage.',
    steps: [
      { kind: 'sessions', title: 'Zes trainingsdagen bijwonen', target: EMDR_NORMS.trainingDays, deadlineDays: 180 },
      {
        kind: 'supervised-cases',
        title: `${EMDR_NORMS.clients} cliënten behandeld met EMDR`,
        target: EMDR_NORMS.clients,
        deadlineDays: 730,
      },
      {
        kind: 'supervised-cases',
        title: `${EMDR_NORMS.sessions} EMDR-behandelsessies onder supervisie`,
        target: EMDR_NORMS.sessions,
        deadlineDays: 730,
      },
      {
        kind: 'supervision-hours',
        title: `${EMDR_NORMS.supervisionHours} uur supervisie`,
        target: EMDR_NORMS.supervisionHours,
        deadlineDays: 730,
      },
      { kind: 'assessment', title: 'Toetsing: video-opname en casusverslag', target: 1, deadlineDays: 820 },
    ],
    certificateCode: 'EMDR',
    validityYears: EMDR_NORMS.validityYears,
    renewalCredits: EMDR_NORMS.renewalCredits,
    creditHours: 36,
  },
  {
    slug: 'horizon-traumabehandeling-kinderen-en-jongeren',
    title: 'Horizon: traumabehandeling voor kinderen en jongeren',
    summary:
      'Online training in Horizon, de Nederlandse uitwerking van TF-CBT voor kinderen van 4 tot 17 jaar, met ouderbegeleiding.',
    description: `
Horizon is een modulaire traumabehandeling voor kinderen en jongeren van 4 tot 17 jaar, met een parallel traject voor de ouder. In deze training leer je de modules toepassen bij kinderen die huiselijk geweld hebben meegemaakt.

## Opbouw

- vier online trainingsdagen en een e-learning over psycho-educatie en veiligheid;
- twee behandelingen onder supervisie;
- acht uur supervisie in een kleine groep en een afsluitende toetsing.
`,
    method: 'horizon',
    format: 'online',
    capacity: 20,
    sessionDates: ['2026-03-09', '2026-03-23', '2026-04-13', '2026-04-27'].map((d) => `${d}T08:00:00.000Z`),
    priceNote: 'Online; geen reiskosten. Inclusief handboek en werkmaterialen.',
    steps: [
      { kind: 'sessions', title: 'Vier online trainingsdagen', target: 4, deadlineDays: 120 },
      {
        kind: 'elearning',
        title: 'E-learning psycho-educatie en veiligheid',
        target: 1,
        deadlineDays: 60,
        instructions: 'Ongeveer vier uur; je kunt tussendoor stoppen en later verder.',
      },
      { kind: 'supervised-cases', title: 'Twee Horizon-behandelingen onder supervisie', target: 2, deadlineDays: 365 },
      { kind: 'supervision-hours', title: 'Acht uur groepssupervisie', target: 8, deadlineDays: 365 },
      { kind: 'assessment', title: 'Toetsing: casusbespreking met video', target: 1, deadlineDays: 420 },
    ],
    certificateCode: 'HORIZON',
    validityYears: 5,
    renewalCredits: 40,
    creditHours: 24,
  },
  {
    slug: 'child-parent-psychotherapy-jonge-kinderen',
    title: 'Child-Parent Psychotherapy (CPP) voor jonge kinderen na geweld',
    summary:
      'Relatiegerichte traumabehandeling voor kinderen van 0 tot 5 jaar en hun ouder, in een leertraject van anderhalf jaar.',
    description: `
Child-Parent Psychotherapy helpt jonge kinderen en hun ouder om na geweld in het gezin weer veilig met elkaar te verbinden. Het traject combineert trainingsdagen met consultatie in een vaste groep, zodat je de methode leert toepassen in je eigen praktijk.

## Opbouw

- zes trainingsdagen, verspreid over anderhalf jaar;
- twee behandelingen onder consultatie en 24 uur groepsconsultatie;
- een reflectieverslag over je eigen behandelrelatie en een afsluitende toetsing.
`,
    method: 'cpp',
    format: 'regional',
    region: 'haarlem',
    capacity: 12,
    sessionDates: ['2026-05-18', '2026-06-22', '2026-09-28', '2026-11-23', '2027-02-15', '2027-05-10'].map(
      (d) => `${d}T07:30:00.000Z`,
    ),
    priceNote: 'Deelname na overleg met je werkgever; het netwerk vergoedt de consultatie.',
    steps: [
      { kind: 'sessions', title: 'Zes trainingsdagen bijwonen', target: 6, deadlineDays: 540 },
      { kind: 'supervised-cases', title: 'Twee CPP-behandelingen onder consultatie', target: 2, deadlineDays: 540 },
      { kind: 'supervision-hours', title: '24 uur groepsconsultatie', target: 24, deadlineDays: 540 },
      {
        kind: 'assignment',
        title: 'Reflectieverslag over de eigen behandelrelatie',
        deadlineDays: 500,
        instructions:
          'Twee tot drie pagina’s: wat gebeurde er tussen jou, de ouder en het kind, en wat deed dat met jou? Geen namen of andere gegevens van cliënten.',
      },
      { kind: 'assessment', title: 'Toetsing: casuspresentatie', target: 1, deadlineDays: 600 },
    ],
    certificateCode: 'CPP',
    validityYears: 5,
    renewalCredits: 40,
    creditHours: 30,
  },
]

export async function seedTrainings(
  payload: Payload,
  ids: { expertise: Map<string, string>; regions: Map<string, string>; people: Map<string, string> },
) {
  const trainerId = ids.people.get(demoAccount('trainer').email)
  if (!trainerId) throw new Error('Seed: demo-account voor trainer ontbreekt')
  const rows = TRAININGS.map(({ description, method, region, sessionDates, ...training }) => ({
    ...training,
    description: richText(description),
    method: idsOf(ids.expertise, [method], 'methode')[0],
    region: region ? idsOf(ids.regions, [region], 'regio')[0] : null,
    trainers: [trainerId],
    sessionDates: sessionDates.map((date) => ({ date })),
  }))
  return insertMissing(payload, 'trainings', rows, { key: 'slug' })
}
