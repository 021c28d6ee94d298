import type { Language } from '../../../i18n/settings'

/**
 * The accessibility statement in the form Dutch public bodies use (digitoegankelijk.nl's model:
 * status A–E, how it was examined, known problems, measures, contact). Filled with what the
 * project's own tests check; update it when those change (issue 18 adds axe to every journey).
 */
export type AccessibilityStatement = {
  status: string
  examined: string[]
  problems: string[]
  measures: string[]
  contact: string
  enforcement: string
}

export const STATEMENT_DATE = '2026-12-04'

export function accessibilityStatement(language: Language): AccessibilityStatement {
  if (language === 'en')
    return {
      status:
        'B — partially compliant. The portal aims at WCAG 2.1 level AA (EN 301 549); the problems below are known and being fixed.',
      examined: [
        'Automated browser tests in Chromium on every change (tests/e2e): no page is wider than a 390 px phone screen, long Dutch titles included (reflow, WCAG 1.4.10); the menu closes with the keyboard (Escape); the pages tested each have a level-1 heading.',
        'Every form field is found by its visible label in the tests; a refused field says which field and why, in Dutch or English (WCAG 1.3.1, 3.3.1, 3.3.3).',
        'Status is never shown by colour alone: certificates, requests and offers carry a text badge (WCAG 1.4.1); progress bars carry their percentage as text.',
        'Tables have captions or headings and row/column headers (WCAG 1.3.1).',
      ],
      problems: [
        'The administration screens (Payload CMS) have known issues in its own components: buttons without a name, fields without a label, contrast, focusable elements inside hidden regions, nested interactive elements and a frame without a title. These are reported upstream; staff who need an alternative can ask the platform team.',
        'After navigating inside the portal, the live region of the component library may be announced as an image without a name.',
        'Not yet examined with axe-core on every page, nor with a screen reader by an expert: planned.',
      ],
      measures: [
        'axe-core in every browser journey on every page it visits, with 0 serious or critical violations as the rule, and a keyboard-only walk through the request form, the offer answer and the login.',
        'An audit by an external expert before the national roll-out.',
      ],
      contact:
        'Something not accessible? Tell the platform team what you tried and where; you get an answer within 5 working days.',
      enforcement:
        'Not satisfied with the answer? You can ask the National Ombudsman (Nationale ombudsman) to look into it.',
    }
  return {
    status:
      'B — voldoet gedeeltelijk. Het portaal streeft naar WCAG 2.1 niveau AA (EN 301 549); de problemen hieronder zijn bekend en worden opgelost.',
    examined: [
      'Geautomatiseerde browsertests in Chromium bij elke wijziging (tests/e2e): geen pagina is breder dan een telefoonscherm van 390 px, ook met lange Nederlandse titels (reflow, WCAG 1.4.10); het menu sluit met het toetsenbord (Escape); de geteste pagina’s hebben elk een kop van niveau 1.',
      'Elk formulierveld wordt in de tests gevonden aan zijn zichtbare label; een geweigerd veld zegt welk veld en waarom, in het Nederlands of Engels (WCAG 1.3.1, 3.3.1, 3.3.3).',
      'Status wordt nooit alleen met kleur getoond: certificaten, aanvragen en aanbiedingen hebben een tekstlabel (WCAG 1.4.1); voortgangsbalken geven hun percentage ook als tekst.',
      'Tabellen hebben een bijschrift of kop en rij- en kolomkoppen (WCAG 1.3.1).',
    ],
    problems: [
      'De beheerschermen (Payload CMS) hebben bekende problemen in de eigen onderdelen van Payload: knoppen zonder naam, velden zonder label, contrast, focusbare elementen in verborgen delen, geneste bedieningselementen en een frame zonder titel. Deze zijn bij de makers gemeld; medewerkers die een alternatief nodig hebben, vragen het platformteam.',
      'Na navigeren binnen het portaal kan het meldgebied van de componentenbibliotheek worden voorgelezen als afbeelding zonder naam.',
      'Nog niet op elke pagina met axe-core onderzocht, en nog niet door een deskundige met een schermlezer: gepland.',
    ],
    measures: [
      'axe-core in elke browserreis op elke bezochte pagina, met 0 ernstige of kritieke overtredingen als regel, en een rondgang met alleen het toetsenbord door het aanvraagformulier, het antwoord op een aanbieding en het inloggen.',
      'Een onderzoek door een externe deskundige vóór de landelijke uitrol.',
    ],
    contact:
      'Iets niet toegankelijk? Laat het platformteam weten wat je probeerde en waar; je krijgt binnen 5 werkdagen antwoord.',
    enforcement: 'Niet tevreden met het antwoord? Je kunt de Nationale ombudsman vragen ernaar te kijken.',
  }
}
