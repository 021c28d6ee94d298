/**
 * More seed articles for the Kennisbank, across all five kinds, written for this
 * platform. General knowledge of the field only: no cases, no client details. The
 * people quoted are fictional; the studies and guidelines cited exist.
 */
import type { ArticleSpec } from './articleTexts'

export type Author = { name: string; role?: string }
export type Source = { title: string; authors?: string; year: number; doi?: string; url?: string }

export type KnowledgeArticleSpec = Omit<ArticleSpec, 'kind'> & {
  kind: ArticleSpec['kind'] | 'interview' | 'handreiking'
  authors?: Author[]
  sources?: Source[]
}

const REDACTIE: Author = { name: 'Redactie Drakentemmers' }

export const SOURCES = {
  ace: {
    title:
      'Relationship of childhood abuse and household dysfunction to many of the leading causes of death in adults: the Adverse Childhood Experiences (ACE) Study',
    authors: 'Felitti, V.J., Anda, R.F., Nordenberg, D., e.a.',
    year: 1998,
    doi: '10.1016/S0749-3797(98)00017-8',
  },
  kitzmann: {
    title: 'Child witnesses to domestic violence: a meta-analytic review',
    authors: 'Kitzmann, K.M., Gaylord, N.K., Holt, A.R., & Kenny, E.D.',
    year: 2003,
    doi: '10.1037/0022-006X.71.2.339',
  },
  lessIsMore: {
    title: 'Less is more: meta-analyses of sensitivity and attachment interventions in early childhood',
    authors: 'Bakermans-Kranenburg, M.J., van IJzendoorn, M.H., & Juffer, F.',
    year: 2003,
    doi: '10.1037/0033-2909.129.2.195',
  },
  cpp: {
    title: 'Child-parent psychotherapy: 6-month follow-up of a randomized controlled trial',
    authors: 'Lieberman, A.F., Ghosh Ippen, C., & Van Horn, P.',
    year: 2006,
    doi: '10.1097/01.chi.0000222784.03735.92',
  },
  nice: {
    title: 'Post-traumatic stress disorder (NICE guideline NG116)',
    authors: 'National Institute for Health and Care Excellence',
    year: 2018,
    url: 'https://www.nice.org.uk/guidance/ng116',
  },
  richtlijn: {
    title: 'Richtlijn Kindermishandeling voor jeugdhulp en jeugdbescherming',
    authors: 'Richtlijnen Jeugdhulp en Jeugdbescherming',
    year: 2020,
    url: 'https://richtlijnenjeugdhulp.nl/kindermishandeling/',
  },
  databank: {
    title: 'Databank Effectieve Jeugdinterventies',
    authors: 'Nederlands Jeugdinstituut',
    year: 2024,
    url: 'https://www.nji.nl/interventies',
  },
  meldcode: {
    title: 'Meldcode huiselijk geweld en kindermishandeling',
    authors: 'Rijksoverheid',
    year: 2019,
    url: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode',
  },
} satisfies Record<string, Source>

export const KNOWLEDGE_ARTICLES: KnowledgeArticleSpec[] = [
  {
    slug: 'gevolgen-van-getuige-zijn-van-partnergeweld',
    title: 'Getuige van partnergeweld: wat het met kinderen doet',
    kind: 'onderzoek',
    summary:
      'Kinderen hoeven zelf niet geslagen te worden om schade op te lopen. Meta-analyses laten zien dat getuige zijn van geweld tussen ouders samenhangt met angst, somberheid en gedragsproblemen, en met een onveilige gehechtheid.',
    themes: ['trauma', 'geweldspatronen', 'gehechtheid'],
    targetGroups: ['4-12-jaar', '12-18-jaar'],
    authors: [REDACTIE],
    sources: [SOURCES.kitzmann, SOURCES.ace],
    publishedAt: '2025-06-16T08:00:00.000Z',
    body: `
Lang werd gedacht dat kinderen weinig meekrijgen van geweld tussen hun ouders, zeker als het 's avonds gebeurt of als ze op hun kamer zijn. Onderzoek spreekt dat tegen: kinderen horen, zien en voelen veel meer dan volwassenen denken.

## Wat de meta-analyses laten zien

Kinderen die getuige zijn van partnergeweld hebben gemiddeld meer emotionele en gedragsproblemen dan kinderen uit gezinnen zonder geweld. De verschillen zijn vergelijkbaar met die bij kinderen die zelf fysiek mishandeld worden. Een flink deel van de kinderen heeft klachten die passen bij een posttraumatische stressstoornis.

[bron] Child witnesses to domestic violence: a meta-analytic review | Kitzmann, Gaylord, Holt & Kenny | 2003 | 10.1037/0022-006X.71.2.339

## Gehechtheid onder druk

Een ouder die bang is of zelf overspoeld raakt, is minder beschikbaar voor het kind. Het kind zoekt troost bij dezelfde persoon die ook angst oproept, of bij een ouder die zelf geen rust heeft. Dat is een bekende route naar een gedesorganiseerd gehechtheidspatroon.

## Op de lange termijn

Het ACE-onderzoek liet zien dat ingrijpende jeugdervaringen, waaronder geweld tussen ouders, optellen: hoe meer ervaringen, hoe groter de kans op lichamelijke en psychische problemen op volwassen leeftijd.

## Wat betekent dit voor de behandelaar?

- Vraag bij elk kind naar geweld in het gezin, ook als het kind zelf niet geslagen is.
- Behandel traumaklachten gericht en tijdig; wachten tot ze vanzelf overgaan helpt niet.
- Betrek de beschermende ouder, die vaak zelf ondersteuning nodig heeft.
`,
  },
  {
    slug: 'videofeedback-en-sensitiviteit-wat-werkt-bij-jonge-kinderen',
    title: 'Videofeedback en sensitiviteit: wat werkt bij jonge kinderen',
    kind: 'onderzoek',
    summary:
      'Korte, gerichte interventies die de sensitiviteit van ouders vergroten, verbeteren ook de gehechtheidsrelatie. Wat dat betekent voor gezinnen waar geweld speelde, en waarom minder soms meer is.',
    themes: ['gehechtheid', 'ouder-kindrelatie', 'vroegkinderlijke-chronische-traumatisering'],
    targetGroups: ['0-4-jaar', 'ouders'],
    methods: ['vipp-sd', 'k-vht', 'cpp'],
    authors: [{ name: 'Lotte de Wit', role: 'Orthopedagoog-generalist, redactie Drakentemmers' }],
    sources: [SOURCES.lessIsMore, SOURCES.cpp, SOURCES.databank],
    publishedAt: '2025-09-08T08:00:00.000Z',
    body: `
Bij baby's en peuters loopt herstel na geweld via de ouder. Daarom is de vraag welke interventies de ouder-kindrelatie het best versterken een van de belangrijkste in ons vak.

## Minder is meer

Een invloedrijke reeks meta-analyses vond dat kortdurende interventies met een duidelijke focus op sensitief gedrag van de ouder het meest effectief waren. Programma's met videofeedback, waarin de ouder samen met de behandelaar naar opnames van gewone momenten kijkt, scoorden goed.

[bron] Less is more: meta-analyses of sensitivity and attachment interventions in early childhood | Bakermans-Kranenburg, van IJzendoorn & Juffer | 2003 | 10.1037/0033-2909.129.2.195

## En na geweld?

Voor jonge kinderen die geweld meemaakten, is Child-Parent Psychotherapy onderzocht in gerandomiseerde studies, met verbeteringen die bij follow-up bleven bestaan. CPP combineert aandacht voor de relatie met het gezamenlijk verwerken van wat er gebeurde.

> Het trauma van een jong kind zit niet alleen in het kind, maar ook tussen kind en ouder. Daar moet de behandeling dus ook zijn.

## Keuzes in de praktijk

- Kies bij vooral zorgen over sensitiviteit voor een korte videofeedbackinterventie.
- Kies bij traumaklachten van het kind voor een relatiegerichte traumabehandeling.
- Kijk in de Databank Effectieve Jeugdinterventies naar de actuele beoordeling van de onderbouwing.
`,
  },
  {
    slug: 'interview-emdr-met-de-allerjongsten',
    title: '"Het verhaal vertellen we samen": EMDR met de allerjongsten',
    kind: 'interview',
    summary:
      'GZ-psycholoog Marieke Jansen behandelt kinderen vanaf een jaar of twee met verhalende EMDR. Een gesprek over tekeningen, de rol van moeder en waarom je bij peuters niet op woorden hoeft te wachten.',
    themes: ['trauma', 'vroegkinderlijke-chronische-traumatisering'],
    targetGroups: ['0-4-jaar', 'ouders'],
    methods: ['emdr'],
    authors: [
      { name: 'Redactie Drakentemmers' },
      { name: 'Marieke Jansen', role: 'GZ-psycholoog en EMDR-practitioner (geïnterviewd)' },
    ],
    publishedAt: '2026-02-09T08:00:00.000Z',
    body: `
Marieke Jansen werkt al vijftien jaar met jonge kinderen die geweld in het gezin meemaakten. Sinds een paar jaar is ze Drakentemmer.

## Hoe begin je met zo'n jong kind?

"Eigenlijk begin ik met de ouder. Samen maken we het verhaal van wat er gebeurd is, in gewone woorden, met een goed einde: nu is het veilig. Dat verhaal schrijf ik uit en ik maak er eenvoudige tekeningen bij."

## En dan?

"Dan vertelt de ouder het verhaal aan het kind, terwijl ik voor de bilaterale stimulatie zorg, bijvoorbeeld door afwisselend op de knieën te tikken. Bij de spannende stukken zie je het kind reageren. We blijven daar tot de spanning zakt."

> Je hoeft niet te wachten tot een kind kan vertellen wat er gebeurd is. Het lichaam weet het al.

## Wat vraagt dit van de ouder?

"Veel. De ouder vertelt over iets wat zij zelf ook heeft meegemaakt. Daarom bereid ik dat goed voor en kijk ik of de ouder eerst zelf behandeling nodig heeft."

## Tip voor collega's

"Zoek een supervisor die ervaring heeft met jonge kinderen, en oefen het verhaal eerst met de ouder zonder kind erbij."
`,
  },
  {
    slug: 'interview-plegerbehandeling-met-het-gezin-erbij',
    title: 'Plegerbehandeling met het gezin erbij: "Veiligheid blijft de maat"',
    kind: 'interview',
    summary:
      'Hoe betrek je een vader die geweld gebruikte bij de behandeling van zijn kinderen, zonder de veiligheid uit het oog te verliezen? Systeemtherapeut Karim El Amrani vertelt hoe zijn team dat aanpakt.',
    themes: ['plegerbehandeling', 'geweldspatronen', 'ouder-kindrelatie'],
    targetGroups: ['plegers', 'hele-gezin'],
    methods: ['traumagerichte-gezinsbehandeling', 'af-cbt'],
    authors: [{ name: 'Redactie Drakentemmers' }, { name: 'Karim El Amrani', role: 'Systeemtherapeut (geïnterviewd)' }],
    publishedAt: '2026-04-20T08:00:00.000Z',
    body: `
Veel kinderen blijven contact houden met de ouder die geweld gebruikte. Karim El Amrani vindt dat de behandeling daar niet omheen kan.

## Waarom de pleger erbij?

"Als vader straks weer elk weekend komt, moet er iets veranderd zijn. Anders behandelen we het kind en sturen we het terug naar dezelfde situatie."

## Voorwaarden

"We beginnen alleen als het geweld gestopt is, als vader verantwoordelijkheid neemt en als hij in een eigen behandeltraject zit. De veiligheid van het kind en van moeder gaat altijd voor, en dat zeggen we ook hardop."

- Eerst een eigen traject voor de ouder die geweld gebruikte.
- Een gezamenlijk veiligheidsplan met de jeugdbeschermer of Veilig Thuis.
- Pas contact in de behandeling als kind en beschermende ouder dat willen.

## Het erkenningsgesprek

"Het belangrijkste moment is vaak een gesprek waarin vader erkent wat hij heeft gedaan, zonder uitvluchten. Dat bereiden we weken voor. Voor kinderen kan dat een keerpunt zijn."

> Erkenning is geen excuus aanbieden en verder gaan. Het is laten zien dat je begrijpt wat je hebt aangericht.
`,
  },
  {
    slug: 'handreiking-signaleren-en-bespreken-van-huiselijk-geweld',
    title: 'Handreiking: geweld in het gezin signaleren en bespreekbaar maken',
    kind: 'handreiking',
    summary:
      'Een praktische handreiking voor behandelaars: welke signalen wijzen op geweld, hoe vraag je ernaar, en hoe volg je de stappen van de meldcode zonder de behandelrelatie te verliezen.',
    themes: ['geweldspatronen', 'trauma'],
    targetGroups: ['4-12-jaar', '12-18-jaar', 'ouders'],
    authors: [REDACTIE],
    sources: [SOURCES.meldcode, SOURCES.richtlijn],
    publishedAt: '2025-12-15T08:00:00.000Z',
    body: `
Veel kinderen met traumaklachten komen binnen met een andere vraag: slaapproblemen, concentratieproblemen, boosheid. Het geweld in het gezin wordt niet altijd genoemd. Deze handreiking helpt om er wel naar te vragen.

## Signalen

- Schrikachtigheid, waakzaamheid en slaapproblemen zonder duidelijke aanleiding.
- Een kind dat zorgt voor een ouder of broertjes en zusjes.
- Verhalen die niet kloppen, of een ouder die steeds het woord voert.
- Letsel dat niet past bij de uitleg.

## Ernaar vragen

Vraag het gewoon, en vraag het vaker. Een zin als "In veel gezinnen is er weleens ruzie; hoe gaat dat bij jullie?" opent de deur. Vraag bij een ouder apart naar de eigen veiligheid.

## De stappen van de meldcode

De meldcode kent vijf stappen: signalen in kaart brengen, collegiale consultatie (en zo nodig Veilig Thuis raadplegen), gesprek met de betrokkene, wegen van geweld en risico, en beslissen over hulp organiseren en/of melden.

[bron] Meldcode huiselijk geweld en kindermishandeling | Rijksoverheid | 2019 | https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode

## De behandelrelatie behouden

Wees open over wat je doet en waarom. Ouders accepteren een melding vaker dan gedacht als ze merken dat je het doet voor de veiligheid van hun kind, en dat je de behandeling wilt voortzetten.
`,
  },
  {
    slug: 'handreiking-kiezen-van-een-traumabehandeling-bij-kinderen',
    title: 'Handreiking: een traumabehandeling kiezen voor een kind na huiselijk geweld',
    kind: 'handreiking',
    summary:
      'Welke behandeling past bij welk kind? Een beslishulp op basis van leeftijd, klachten en de situatie thuis, met de onderbouwing van de methoden zoals de Databank Effectieve Jeugdinterventies die beoordeelt.',
    themes: ['trauma', 'gehechtheid'],
    targetGroups: ['0-4-jaar', '4-12-jaar', '12-18-jaar'],
    methods: ['emdr', 'tf-cbt', 'horizon', 'cpp', 'kidnet'],
    authors: [REDACTIE, { name: 'Werkgroep richtlijnen Drakentemmers' }],
    sources: [SOURCES.nice, SOURCES.databank, SOURCES.richtlijn],
    publishedAt: '2026-05-18T08:00:00.000Z',
    body: `
Er zijn verschillende goed onderbouwde traumabehandelingen voor kinderen. Deze handreiking helpt bij de keuze, maar vervangt het eigen klinisch oordeel en overleg met collega's niet.

## Stap 1: de leeftijd van het kind

- 0 tot 5 jaar: een relatiegerichte behandeling, zoals Child-Parent Psychotherapy, of verhalende EMDR met de ouder.
- 4 tot 18 jaar: TF-CBT (of Horizon) en EMDR zijn de eerste keuze.
- Bij langdurige en meervoudige traumatisering kan KIDNET passend zijn.

## Stap 2: de klachten

Staan traumaklachten op de voorgrond, zoals herbelevingen, vermijding en schrikreacties? Kies dan een traumagerichte behandeling. Staan problemen in de relatie met de ouder op de voorgrond, begin dan daar.

## Stap 3: de situatie thuis

Is het geweld gestopt en is er een beschermende ouder? Dan kan de behandeling starten. Is de veiligheid nog broos, maak dan eerst afspraken over veiligheid met de betrokken hulpverleners.

[bron] Post-traumatic stress disorder (NICE guideline NG116) | National Institute for Health and Care Excellence | 2018 | https://www.nice.org.uk/guidance/ng116

## Stap 4: de onderbouwing

Bekijk bij elke methode de mate van onderbouwing. In de Kennisbank staat die bij de methode vermeld: van effectief volgens eerste aanwijzingen tot effectief volgens sterke aanwijzingen.
`,
  },
  {
    slug: 'praktijkcasus-intervisie-bij-vastgelopen-behandeling',
    title: 'Uit de intervisie: als een behandeling vastloopt bij een gezin met terugkerend geweld',
    kind: 'praktijkkennis',
    summary:
      'Een intervisiegroep van Drakentemmers bespreekt een behandeling die steeds stilvalt door nieuwe incidenten. Geanonimiseerd en herschreven tot lessen die ook in andere gezinnen bruikbaar zijn.',
    themes: ['geweldspatronen', 'trauma', 'ouder-kindrelatie'],
    targetGroups: ['4-12-jaar', 'hele-gezin'],
    methods: ['fitt', 'traumagerichte-gezinsbehandeling'],
    membersOnly: true,
    authors: [{ name: 'Intervisiegroep Noord-Holland' }],
    publishedAt: '2026-06-29T08:00:00.000Z',
    body: `
Deze bijdrage is gebaseerd op een intervisiebespreking. Alle herkenbare gegevens zijn weggelaten of veranderd; het gaat om de lessen, niet om het gezin.

## De vraag aan de groep

Een behandelaar merkt dat de traumabehandeling van een kind steeds stilvalt. Telkens als er vooruitgang is, volgt een nieuw incident tussen de ouders en begint het kind weer bij af.

## Wat de groep opmerkte

- De behandeling was gericht op het kind, terwijl het patroon tussen de ouders buiten beeld bleef.
- Er was geen gezamenlijk veiligheidsplan met de andere betrokken hulpverleners.
- De behandelaar voelde zich verantwoordelijk voor iets wat niet binnen haar macht lag.

## Wat de behandelaar meenam

Eerst een gezamenlijk overleg met het MDA++-team om de aanpak van het geweld zelf te versterken. Daarna een tijdelijk andere focus in de behandeling: stabilisatie en veiligheid voor het kind, in plaats van verwerking.

> Soms is het sterkste wat je als behandelaar kunt doen: hardop zeggen dat de behandeling zo niet kan werken, en wat er eerst nodig is.
`,
  },
  {
    slug: 'nieuw-opleidingsaanbod-traumagerichte-gezinsbehandeling',
    title: 'Nieuw in het opleidingsaanbod: traumagerichte gezinsbehandeling',
    kind: 'nieuws',
    summary:
      'Vanaf het najaar biedt het trainerscollectief een opleiding traumagerichte gezinsbehandeling aan, met supervisie en een certificaat. Aanmelden kan via Opleidingen in het portaal.',
    themes: ['trauma', 'ouder-kindrelatie'],
    targetGroups: ['hele-gezin'],
    methods: ['traumagerichte-gezinsbehandeling', 'fitt'],
    authors: [REDACTIE],
    publishedAt: '2026-08-24T08:00:00.000Z',
    body: `
Steeds meer organisaties vragen Drakentemmers om behandelaars die het hele gezin kunnen behandelen. Daarom breidt het trainerscollectief het aanbod uit.

## Wat de opleiding inhoudt

De opleiding bestaat uit vier trainingsdagen, een casusopdracht, supervisie op twee behandelingen en een afsluitende toetsing. Wie alle onderdelen afrondt, krijgt een certificaat dat vijf jaar geldig is.

## Voor wie

Behandelaars die al traumabehandeling geven aan kinderen en die het gezin er meer bij willen betrekken. Ervaring met EMDR of TF-CBT is een voorwaarde.

## Aanmelden

Aanmelden kan via Opleidingen in het portaal. Er zijn per ronde twintig plaatsen; daarna kom je op de wachtlijst en krijg je bericht zodra er plaats is.
`,
  },
  {
    slug: 'drakentemmers-vijf-jaar-bereik-en-plannen',
    title: 'Vijf jaar Drakentemmers: waar we staan en waar we naartoe willen',
    kind: 'nieuws',
    summary:
      'Op 21 januari 2026 bestond het netwerk vijf jaar. Een terugblik op de groei naar een landelijk netwerk en de plannen om in elke regio op tijd gespecialiseerde behandeling beschikbaar te hebben.',
    themes: ['trauma', 'gehechtheid'],
    authors: [REDACTIE],
    publishedAt: '2026-01-21T08:00:00.000Z',
    body: `
Op 21 januari 2021 ging Drakentemmers van start, met Blijf Groep, Altra en de Jeugdzorg Academie en zes regio's van het programma Geweld hoort nergens thuis. Vijf jaar later is het een netwerk dat in het hele land behandelaars verbindt.

## Wat er bereikt is

- Behandelaars in alle regio's kunnen elkaar vinden voor advies, intervisie en supervisie.
- Organisaties vragen via het platform expertise aan voor een casus of voor een structurele samenwerking.
- Het opleidingsaanbod is samenhangend geworden, met certificering.

## Waar we naartoe willen

Het doel blijft dat elk kind en elk gezin dat leeft met structureel huiselijk geweld op tijd gespecialiseerde trauma- en gehechtheidsbehandeling kan krijgen. Daarvoor zijn minstens driehonderd behandelaars nodig, verspreid over alle regio's.

## Onderzoek

We willen ook bijdragen aan kennis over wat werkt en wat nodig is. Geanonimiseerde gegevens over aanvragen en matches helpen zien waar behandelaars ontbreken.
`,
  },
]
