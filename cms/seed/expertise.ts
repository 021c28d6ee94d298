import type { Payload } from 'payload'
import type { Expertise } from '../payload-types'
import { insertMissing } from './upsert'

type Entry = Pick<Expertise, 'slug' | 'name' | 'kind'> &
  Partial<Pick<Expertise, 'audience' | 'ageRange' | 'evidenceLevel' | 'description'>>

/*
 * The taxonomy of domain.md. Evidence levels are indicative demo values in the terms of
 * the Databank Effectieve Jeugdinterventies; editors check them against the databank.
 */
const METHODS: Entry[] = [
  {
    slug: 'emdr',
    name: 'EMDR',
    kind: 'method',
    ageRange: 'alle leeftijden',
    evidenceLevel: 'goede-aanwijzingen',
    description:
      'Eye Movement Desensitization and Reprocessing voor kinderen, jongeren en volwassenen; bij kinderen van 0–3 jaar in de vorm van verhalende EMDR (storytelling) samen met de ouder.',
  },
  {
    slug: 'tf-cbt',
    name: 'TF-CBT / TG-CGT',
    kind: 'method',
    audience: 'children',
    ageRange: '3–18',
    evidenceLevel: 'goede-aanwijzingen',
    description:
      'Traumagerichte cognitieve gedragstherapie voor kinderen en jongeren, met een vaste rol voor de niet-plegende ouder.',
  },
  {
    slug: 'horizon',
    name: 'Horizon',
    kind: 'method',
    audience: 'children',
    ageRange: '4–17',
    evidenceLevel: 'goed-onderbouwd',
    description:
      'Nederlandse uitwerking van TF-CBT in modules, met ouderbegeleiding parallel aan de behandeling van het kind.',
  },
  {
    slug: 'cpp',
    name: 'Child-Parent Psychotherapy (CPP)',
    kind: 'method',
    audience: 'children',
    ageRange: '0–5',
    evidenceLevel: 'goed-onderbouwd',
    description:
      'Relatiegerichte traumabehandeling van jonge kinderen samen met hun ouder, na blootstelling aan geweld in het gezin.',
  },
  {
    slug: 'pcit',
    name: 'Parent-Child Interaction Therapy (PCIT)',
    kind: 'method',
    audience: 'children',
    ageRange: '2–8',
    evidenceLevel: 'eerste-aanwijzingen',
    description: 'Live gecoachte ouder-kindtherapie voor gedragsproblemen en een onveilige opvoedrelatie.',
  },
  {
    slug: 'af-cbt',
    name: 'AF-CBT',
    kind: 'method',
    audience: 'family',
    ageRange: '5–17',
    description:
      'Alternatives for Families: cognitieve gedragstherapie voor gezinnen waarin ouders fysiek geweld gebruikten, met kind en ouder samen.',
  },
  {
    slug: 'kidnet',
    name: 'KIDNET',
    kind: 'method',
    audience: 'children',
    ageRange: '8–18',
    description:
      'Narratieve exposuretherapie voor kinderen met meervoudige of langdurige traumatisering: het hele levensverhaal met een tijdlijn.',
  },
  {
    slug: 'schrijftherapie',
    name: 'Schrijftherapie',
    kind: 'method',
    audience: 'children',
    ageRange: '10–18',
    description: 'Gestructureerde schrijfopdrachten om traumatische herinneringen te verwerken en betekenis te geven.',
  },
  {
    slug: 'theraplay',
    name: 'Theraplay',
    kind: 'method',
    audience: 'children',
    ageRange: '0–12',
    evidenceLevel: 'goed-onderbouwd',
    description: 'Speelse, structurerende ouder-kindtherapie die afstemming en gehechtheid versterkt.',
  },
  {
    slug: 'vipp-sd',
    name: 'VIPP-SD',
    kind: 'method',
    audience: 'children',
    ageRange: '0–6',
    evidenceLevel: 'goede-aanwijzingen',
    description:
      'Video-feedback Intervention to promote Positive Parenting and Sensitive Discipline: korte video-interventie voor sensitief opvoeden.',
  },
  {
    slug: 'basic-trust',
    name: 'Basic Trust',
    kind: 'method',
    audience: 'children',
    ageRange: '2–12',
    evidenceLevel: 'eerste-aanwijzingen',
    description:
      'Videogestuurde gehechtheidsinterventie voor kinderen met een verstoorde gehechtheid, vaak na wisseling van opvoeder.',
  },
  {
    slug: 'k-vht',
    name: 'K-VHT',
    kind: 'method',
    audience: 'children',
    ageRange: '0–4',
    description: 'Kortdurende video-hometraining gericht op de vroege ouder-kindinteractie.',
  },
  {
    slug: 'pipa',
    name: 'PIPA',
    kind: 'method',
    audience: 'children',
    ageRange: '0–4',
    description: 'Preventieve en curatieve behandeling van de vroege ouder-kindrelatie, ook tijdens de zwangerschap.',
  },
  {
    slug: 'nika',
    name: 'NIKA',
    kind: 'method',
    audience: 'children',
    ageRange: '0–6',
    description: 'Behandeling van jonge kinderen met hechtingsproblemen en hun ouders, in het gezin en op de groep.',
  },
  {
    slug: 'mbt-k',
    name: 'MBT-K',
    kind: 'method',
    audience: 'children',
    ageRange: '5–12',
    description: 'Mentaliseren bevorderende therapie voor kinderen, met ouderbegeleiding.',
  },
  {
    slug: 'vht',
    name: 'Video-hometraining (VHT)',
    kind: 'method',
    audience: 'family',
    description:
      'Video-opnames van alledaagse momenten in het gezin om positieve interactie zichtbaar te maken en te versterken.',
  },
  {
    slug: 'tf-cgt',
    name: 'TF-CGT (volwassenen)',
    kind: 'method',
    audience: 'adults',
    ageRange: '18+',
    description:
      'Traumagerichte cognitieve gedragstherapie voor volwassenen met PTSS, onder wie ouders die zelf geweld meemaakten.',
  },
  {
    slug: 'bepp',
    name: 'BEPP',
    kind: 'method',
    audience: 'adults',
    ageRange: '18+',
    description:
      'Beknopte eclectische psychotherapie voor PTSS: exposure, betekenisgeving en afscheidsritueel in 16 zittingen.',
  },
  {
    slug: 'net',
    name: 'NET',
    kind: 'method',
    audience: 'adults',
    ageRange: '16+',
    description: 'Narratieve exposuretherapie voor volwassenen met meervoudige traumatisering, met een levenslijn.',
  },
]

const FAMILY_APPROACHES: Entry[] = [
  {
    slug: 'fitt',
    name: 'FITT',
    kind: 'family-approach',
    audience: 'family',
    description:
      'Traumagerichte gezinsbehandeling waarin het trauma van het kind in de context van het hele gezin wordt behandeld.',
  },
  {
    slug: 'kinderen-uit-de-knel',
    name: 'Kinderen uit de Knel',
    kind: 'family-approach',
    audience: 'family',
    ageRange: '4–12',
    evidenceLevel: 'eerste-aanwijzingen',
    description:
      'Groepsprogramma voor kinderen en hun ouders na een vechtscheiding, gericht op het doorbreken van de strijd.',
  },
  {
    slug: 'traumagerichte-gezinsbehandeling',
    name: 'Traumagerichte gezinsbehandeling',
    kind: 'family-approach',
    audience: 'family',
    description:
      'Behandeling van gezinnen na structureel huiselijk geweld: veiligheid, herstel van de ouder-kindrelatie en traumaverwerking samen.',
  },
]

const THEMES: Entry[] = [
  {
    slug: 'trauma',
    name: 'Trauma',
    kind: 'theme',
    description: 'Traumaklachten en PTSS na huiselijk geweld en kindermishandeling.',
  },
  {
    slug: 'gehechtheid',
    name: 'Gehechtheid',
    kind: 'theme',
    description: 'Onveilige of gedesorganiseerde gehechtheid en het herstel ervan.',
  },
  {
    slug: 'geweldspatronen',
    name: 'Geweldspatronen',
    kind: 'theme',
    description: 'Structureel geweld in gezinnen: herhaling, intergenerationele overdracht en doorbreken.',
  },
  {
    slug: 'ouder-kindrelatie',
    name: 'Ouder-kindrelatie',
    kind: 'theme',
    description: 'Afstemming, sensitiviteit en herstel van de relatie tussen ouder en kind.',
  },
  {
    slug: 'plegerbehandeling',
    name: 'Plegerbehandeling',
    kind: 'theme',
    description: 'Behandeling van ouders en partners die geweld gebruiken, zo mogelijk met het gezin.',
  },
  {
    slug: 'vroegkinderlijke-chronische-traumatisering',
    name: 'Vroegkinderlijke chronische traumatisering',
    kind: 'theme',
    description: 'Langdurige traumatisering in de eerste levensjaren, met gevolgen voor ontwikkeling en gehechtheid.',
  },
]

const TARGET_GROUPS: Entry[] = [
  { slug: '0-4-jaar', name: '0–4 jaar', kind: 'target-group', ageRange: '0–4' },
  { slug: '4-12-jaar', name: '4–12 jaar', kind: 'target-group', ageRange: '4–12' },
  { slug: '12-18-jaar', name: '12–18 jaar', kind: 'target-group', ageRange: '12–18' },
  { slug: 'jongvolwassenen', name: 'Jongvolwassenen', kind: 'target-group', ageRange: '18–25' },
  { slug: 'ouders', name: 'Ouders', kind: 'target-group' },
  { slug: 'hele-gezin', name: 'Hele gezin', kind: 'target-group' },
  { slug: 'plegers', name: 'Plegers', kind: 'target-group' },
]

export const EXPERTISE: Entry[] = [...METHODS, ...FAMILY_APPROACHES, ...THEMES, ...TARGET_GROUPS]

export async function seedExpertise(payload: Payload) {
  return insertMissing(payload, 'expertise', EXPERTISE, { key: 'slug' })
}
