import type { Language } from '../../../i18n/settings'

/**
 * The privacy statement's text: what is kept, why, how long, who sees it. Kept beside the code
 * that does it: src/domain/retention.ts (requests), src/store/memberData.ts (the download),
 * src/store/verificationCounts.ts, src/domain/suppression.ts (research figures).
 */
export type Row = { what: string; why: string; howLong: string; who: string }

export function privacyRows(language: Language, retentionMonths: number): Row[] {
  const months = retentionMonths
  if (language === 'en')
    return [
      {
        what: 'Your account: name, e-mail address, roles, language',
        why: 'Logging in, and mail about your work on the platform',
        howLong: 'As long as you have an account; removed when you ask us to',
        who: 'You and the platform team',
      },
      {
        what: 'Therapist profile: profession, register and registration number, regions, expertise, capacity, availability, introduction',
        why: 'Matching requests with the right therapist',
        howLong: 'As long as you are a member',
        who: 'You, the platform team and matching (coordinators see your name and introduction with an offer); your register number also on your public certificate check',
      },
      {
        what: 'Requests for expertise: region, kind, target group, expertise, urgency and a context without client data',
        why: 'Finding a therapist for a family in time',
        howLong: `${months} months after the request closed; then anonymised: the text and the link to the organisation are erased`,
        who: 'The requesting organisation, the therapists offered (while the offer is open), the platform team',
      },
      {
        what: 'Offers and your answers (accept, decline with a reason, counter-proposal), matches and the follow-up',
        why: 'Matching, and learning what works',
        howLong: `As the request: after ${months} months only the answer itself (not the reason) stays, anonymised`,
        who: 'You, the organisation once matched, the platform team',
      },
      {
        what: 'Trainings, steps, certificates, supervision and intervision groups',
        why: 'Your path to a certificate and its renewal',
        howLong:
          'Certificates as long as they can be verified (name, number, dates); the rest as long as you are a member',
        who: 'You, your trainer or supervisor, the platform team; anyone checking a certificate number sees what the certificate says',
      },
      {
        what: 'Checks of your certificate: the number and the month, nothing about who checked',
        why: 'Showing you how often your certificate was verified',
        howLong: 'As long as the certificate',
        who: 'You and the platform team',
      },
      {
        what: 'Audit and access log: who changed or read which record, and when',
        why: 'Accountability: every handling of personal data can be traced',
        howLong: 'No end date is set yet: kept for as long as the platform runs',
        who: 'The platform team',
      },
      {
        what: 'Research figures: counts per region, quarter and kind only; every count from 1 to 10 is suppressed',
        why: 'Research on what works and what is needed',
        howLong: 'Not about people: no names, ids or texts leave the platform',
        who: 'Researchers with a researcher account',
      },
    ]
  return [
    {
      what: 'Je account: naam, e-mailadres, rollen, taal',
      why: 'Inloggen, en mail over je werk op het platform',
      howLong: 'Zolang je een account hebt; verwijderd als je daarom vraagt',
      who: 'Jij en het platformteam',
    },
    {
      what: 'Behandelaarsprofiel: beroep, register en registratienummer, regio’s, expertise, capaciteit, beschikbaarheid, introductie',
      why: 'Aanvragen koppelen aan de juiste behandelaar',
      howLong: 'Zolang je lid bent',
      who: 'Jij, het platformteam en matching (coördinatoren zien bij een aanbieding je naam en introductie); je registratienummer ook bij de openbare controle van je certificaat',
    },
    {
      what: 'Aanvragen om expertise: regio, soort, doelgroep, expertise, urgentie en een toelichting zonder cliëntgegevens',
      why: 'Op tijd een behandelaar vinden voor een gezin',
      howLong: `${months} maanden na het afronden van de aanvraag; daarna geanonimiseerd: de tekst en de koppeling met de organisatie worden gewist`,
      who: 'De aanvragende organisatie, de behandelaars die een aanbieding krijgen (zolang die openstaat), het platformteam',
    },
    {
      what: 'Aanbiedingen en je antwoorden (aannemen, afwijzen met reden, tegenvoorstel), matches en de terugkoppeling',
      why: 'Matchen, en leren wat werkt',
      howLong: `Als de aanvraag: na ${months} maanden blijft alleen het antwoord zelf (niet de reden), geanonimiseerd`,
      who: 'Jij, de organisatie na de match, het platformteam',
    },
    {
      what: 'Opleidingen, stappen, certificaten, supervisie- en intervisiegroepen',
      why: 'Je weg naar een certificaat en de herregistratie',
      howLong: 'Certificaten zolang ze te controleren zijn (naam, nummer, data); de rest zolang je lid bent',
      who: 'Jij, je trainer of supervisor, het platformteam; wie een certificaatnummer controleert ziet wat het certificaat zegt',
    },
    {
      what: 'Controles van je certificaat: het nummer en de maand, niets over wie controleerde',
      why: 'Je laten zien hoe vaak je certificaat is geverifieerd',
      howLong: 'Zolang het certificaat',
      who: 'Jij en het platformteam',
    },
    {
      what: 'Audit- en inzagelog: wie welk gegeven veranderde of las, en wanneer',
      why: 'Verantwoording: elke omgang met persoonsgegevens is na te gaan',
      howLong: 'Er is nog geen einddatum ingesteld: bewaard zolang het platform draait',
      who: 'Het platformteam',
    },
    {
      what: 'Onderzoekscijfers: alleen aantallen per regio, kwartaal en soort; elk aantal van 1 tot 10 wordt onderdrukt',
      why: 'Onderzoek naar wat werkt en wat nodig is',
      howLong: 'Niet over personen: geen namen, ids of teksten verlaten het platform',
      who: 'Onderzoekers met een onderzoekersaccount',
    },
  ]
}
