/**
 * Seed articles, written for this platform. General knowledge of the field only:
 * no case descriptions, no client details (domain.md, privacy).
 */
export type ArticleSpec = {
  slug: string
  title: string
  kind: 'onderzoek' | 'praktijkkennis' | 'nieuws'
  summary: string
  body: string
  themes: string[]
  targetGroups?: string[]
  methods?: string[]
  membersOnly?: boolean
  publishedAt: string
}

export const ARTICLES: ArticleSpec[] = [
  {
    slug: 'wat-werkt-bij-kinderen-na-huiselijk-geweld',
    title: 'Wat werkt bij kinderen die huiselijk geweld hebben meegemaakt?',
    kind: 'onderzoek',
    summary:
      'Een overzicht van wat onderzoek zegt over traumabehandeling van kinderen na structureel huiselijk geweld: traumagerichte behandeling helpt, de niet-plegende ouder is onmisbaar en bij jonge kinderen staat de relatie centraal.',
    themes: ['trauma', 'gehechtheid', 'geweldspatronen'],
    targetGroups: ['4-12-jaar', '12-18-jaar', 'ouders'],
    methods: ['emdr', 'tf-cbt', 'horizon'],
    publishedAt: '2025-10-06T08:00:00.000Z',
    body: `
Kinderen die opgroeien met structureel geweld tussen hun ouders, of die zelf worden mishandeld, lopen een groot risico op traumaklachten. Ze slapen slecht, schrikken snel, vermijden herinneringen of raken juist overspoeld. Lang niet altijd worden die klachten herkend: een kind dat stil en aangepast is, valt minder op dan een kind dat vecht.

## Traumagerichte behandeling werkt, ook bij kinderen

Het onderzoek naar traumabehandeling bij kinderen is de afgelopen twintig jaar sterk gegroeid. Traumagerichte cognitieve gedragstherapie (TF-CBT, in Nederland onder meer uitgewerkt in Horizon) en EMDR zijn de behandelingen met de stevigste onderbouwing. Beide werken met de herinnering zelf: het kind leert er stap voor stap bij stil te staan, in plaats van eromheen te leven.

## De niet-plegende ouder doet mee

Een rode draad in de studies is de rol van de ouder. Kinderen knappen sneller en duurzamer op wanneer de ouder die het kind beschermt, meestal de moeder, actief bij de behandeling betrokken is. Die ouder heeft vaak zelf ook geweld meegemaakt. Aandacht voor de eigen klachten van de ouder is daarom geen bijzaak, maar een voorwaarde.

## Jonge kinderen: behandel de relatie

Bij kinderen tot een jaar of vijf werkt de behandeling via de relatie met de ouder. Relatiegerichte behandelingen als Child-Parent Psychotherapy helpen ouder en kind om weer op elkaar af te stemmen. Verhalende EMDR, waarbij de ouder het verhaal van wat er gebeurde samen met de therapeut vertelt, maakt ook bij de allerjongsten verwerking mogelijk.

## Wat we nog niet weten

Er zijn nog open vragen, en die willen we met het netwerk helpen beantwoorden:
- hoe behandel je het best als het geweld nog niet helemaal voorbij is;
- wat hebben kinderen nodig die langdurig en vanaf jonge leeftijd geweld meemaakten;
- hoe betrek je een ouder die geweld gebruikte, zonder de veiligheid van het kind in gevaar te brengen.
`,
  },
  {
    slug: 'traumabehandeling-als-de-veiligheid-nog-broos-is',
    title: 'Starten met traumabehandeling als de veiligheid nog broos is',
    kind: 'praktijkkennis',
    summary:
      'Moet je wachten met traumabehandeling tot het gezin volledig veilig is? Ervaren Drakentemmers delen hoe zij beoordelen of er genoeg veiligheid is om te beginnen, en welke afspraken daarbij horen.',
    themes: ['trauma', 'geweldspatronen'],
    targetGroups: ['4-12-jaar', 'ouders', 'hele-gezin'],
    methods: ['traumagerichte-gezinsbehandeling'],
    membersOnly: true,
    publishedAt: '2025-11-24T08:00:00.000Z',
    body: `
Een veelgehoorde reden om traumabehandeling uit te stellen is dat de situatie thuis nog niet veilig genoeg zou zijn. Dat is begrijpelijk, maar wachten heeft een prijs: klachten zetten zich vast en het kind leert dat er over wat er gebeurde niet gesproken wordt. In de praktijk is volledige veiligheid zelden het startpunt. Het gaat om voldoende veiligheid.

## Wat is voldoende veiligheid?

Behandelaars in het netwerk gebruiken een paar vragen als houvast:
- is het geweld gestopt, of is er een werkend veiligheidsplan met duidelijke afspraken;
- is er een volwassene die het kind gelooft, beschermt en de behandeling steunt;
- weet het kind bij wie het terechtkan als het toch weer misgaat;
- zijn de betrokken hulpverleners, zoals Veilig Thuis of het MDA++-team, op de hoogte en bereikbaar.

## Samenwerken rond het gezin

Traumabehandeling staat niet los van de aanpak van het geweld zelf. Spreek aan het begin af wie de veiligheid bewaakt en hoe je elkaar informeert als er iets verandert. Zo hoeft de behandelaar niet zelf alle risico's te dragen en kan de behandeling zich richten op verwerking.

## Als het tijdens de behandeling misgaat

Een nieuw incident betekent niet automatisch dat de behandeling stopt. Bespreek met het kind en de ouder wat er gebeurde, herstel eerst de veiligheid en kijk daarna samen of en hoe je verdergaat. Leg je afwegingen vast en bespreek ze in supervisie of intervisie: juist deze momenten vragen om een tweede paar ogen.
`,
  },
  {
    slug: 'jonge-kinderen-en-gehechtheid-behandel-de-relatie',
    title: 'Jonge kinderen en gehechtheid: behandel de relatie',
    kind: 'praktijkkennis',
    summary:
      'Bij baby’s en peuters die geweld meemaakten, zit het trauma vaak in de relatie met de ouder. Zo kies je tussen de relatiegerichte behandelingen die in het netwerk worden gebruikt.',
    themes: ['gehechtheid', 'ouder-kindrelatie', 'vroegkinderlijke-chronische-traumatisering'],
    targetGroups: ['0-4-jaar', 'ouders'],
    methods: ['cpp', 'vipp-sd', 'k-vht', 'emdr'],
    publishedAt: '2026-01-12T08:00:00.000Z',
    body: `
Ook heel jonge kinderen dragen de sporen van geweld in het gezin. Ze kunnen het niet vertellen, maar je ziet het in hun spel, hun slaap en vooral in het contact met hun ouder: een baby die zich afwendt, een peuter die niet getroost wil worden of juist niet van de ouder weg durft.

## Waarom de relatie centraal staat

Een jong kind reguleert spanning samen met de ouder. Als die ouder zelf angstig, somber of getraumatiseerd is, lukt dat minder goed, hoe liefdevol de ouder ook is. Behandeling richt zich daarom op ouder en kind samen.

## Een keuze maken

Welke behandeling past, hangt af van de leeftijd van het kind, de klachten en wat de ouder aankan:
- Child-Parent Psychotherapy (0–5 jaar) als het kind traumaklachten heeft en de relatie met de ouder onder druk staat;
- VIPP-SD of K-VHT als het vooral gaat om sensitief reageren en afstemming in het dagelijks leven;
- verhalende EMDR als een duidelijke gebeurtenis het kind blijft achtervolgen en de ouder het verhaal kan vertellen.

## De ouder heeft ook een verhaal

Veel ouders van jonge kinderen in dit werk zijn zelf slachtoffer van geweld. Soms is eerst of tegelijk behandeling van de ouder nodig. Het netwerk helpt om een collega te vinden die de volwassene behandelt, zodat ouder en kind elk de zorg krijgen die ze nodig hebben.
`,
  },
  {
    slug: 'netwerk-groeit-naar-achttien-regios',
    title: 'Half jaar Drakentemmers: netwerk groeit naar achttien regio’s',
    kind: 'nieuws',
    summary:
      'Een half jaar na de start zijn ongeveer 95 behandelaars aangesloten, verspreid over achttien regio’s. Het doel blijft een landelijk netwerk van minstens 300 Drakentemmers.',
    themes: ['trauma', 'gehechtheid'],
    publishedAt: '2021-07-21T08:00:00.000Z',
    body: `
Op 21 januari 2021 ging Drakentemmers van start, met zes regio’s van het programma Geweld hoort nergens thuis. Een half jaar later doen er achttien regio’s mee en hebben zich ongeveer 95 behandelaars aangesloten.

## Waarom een netwerk

Kinderen en gezinnen die leven met structureel huiselijk geweld wachten vaak lang op passende traumabehandeling, of krijgen die helemaal niet. De expertise is er wel, maar verspreid en niet altijd vindbaar. Drakentemmers brengt behandelaars, opvangorganisaties en jeugdhulp bij elkaar, zodat een gezin sneller de juiste behandelaar vindt.

## Wat er de komende tijd gebeurt

- Het opleidingsaanbod wordt uitgebreid, met aandacht voor de jongste kinderen en voor gezinsbehandeling.
- Nieuwe supervisie- en intervisiegroepen starten in de regio’s die net zijn aangesloten.
- Regio’s met nog weinig behandelaars krijgen extra aandacht bij de werving.

Het doel blijft een landelijk netwerk van minstens 300 behandelaars. Werk je met kinderen of volwassenen na huiselijk geweld en wil je meedoen? Meld je aan via de website.
`,
  },
]
