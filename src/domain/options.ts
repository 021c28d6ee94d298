/**
 * Value lists of the field (domain.md) shared by the CMS, the portal forms and the
 * seed, so a form and the collection can never disagree.
 */
export const ORGANISATION_TYPES = {
  vrouwenopvang: { nl: 'Vrouwenopvang', en: "Women's shelter" },
  'maatschappelijke-opvang': { nl: 'Maatschappelijke opvang', en: 'Social shelter' },
  'mda-plus-plus': { nl: 'MDA++', en: 'MDA++ (multidisciplinary approach)' },
  'veilig-thuis': { nl: 'Veilig Thuis', en: 'Veilig Thuis (advice and reporting centre)' },
  jeugdhulp: { nl: 'Jeugdhulp', en: 'Youth care' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  'ambulante-hulpverlening': { nl: 'Ambulante hulpverlening', en: 'Outpatient care' },
} as const

export const PROFESSIONS = {
  'gz-psycholoog': { nl: 'GZ-psycholoog', en: 'Healthcare psychologist' },
  'klinisch-psycholoog': { nl: 'Klinisch psycholoog', en: 'Clinical psychologist' },
  psychotherapeut: { nl: 'Psychotherapeut', en: 'Psychotherapist' },
  'kinder-jeugdpsycholoog': { nl: 'Kinder- en jeugdpsycholoog', en: 'Child and youth psychologist' },
  'orthopedagoog-generalist': { nl: 'Orthopedagoog-generalist', en: 'Orthopedagogue' },
  systeemtherapeut: { nl: 'Systeemtherapeut', en: 'Family systems therapist' },
  vaktherapeut: { nl: 'Vaktherapeut', en: 'Arts / play therapist' },
  psychiater: { nl: '(Kinder- en jeugd)psychiater', en: '(Child) psychiatrist' },
} as const

export const REGISTRATION_TYPES = {
  BIG: { nl: 'BIG-register', en: 'BIG register' },
  SKJ: { nl: 'SKJ-register', en: 'SKJ register' },
} as const

export const EXPERTISE_KINDS = {
  method: { nl: 'Behandelmethode', en: 'Treatment method' },
  'family-approach': { nl: 'Gezinsaanpak', en: 'Family approach' },
  theme: { nl: 'Thema', en: 'Theme' },
  'target-group': { nl: 'Doelgroep', en: 'Target group' },
} as const

export const EVIDENCE_LEVELS = {
  'goed-onderbouwd': { nl: 'Goed onderbouwd', en: 'Well-founded' },
  'eerste-aanwijzingen': { nl: 'Effectief volgens eerste aanwijzingen', en: 'Effective (first indications)' },
  'goede-aanwijzingen': { nl: 'Effectief volgens goede aanwijzingen', en: 'Effective (good indications)' },
  'sterke-aanwijzingen': { nl: 'Effectief volgens sterke aanwijzingen', en: 'Effective (strong indications)' },
} as const

export const LANGUAGES = {
  nl: { nl: 'Nederlands', en: 'Dutch' },
  en: { nl: 'Engels', en: 'English' },
  ar: { nl: 'Arabisch', en: 'Arabic' },
  tr: { nl: 'Turks', en: 'Turkish' },
  pl: { nl: 'Pools', en: 'Polish' },
  ti: { nl: 'Tigrinya', en: 'Tigrinya' },
  fr: { nl: 'Frans', en: 'French' },
  de: { nl: 'Duits', en: 'German' },
  pap: { nl: 'Papiaments', en: 'Papiamento' },
} as const

export const MEMBER_STATUSES = {
  pending: { nl: 'Wacht op goedkeuring', en: 'Awaiting approval' },
  active: { nl: 'Actief', en: 'Active' },
  rejected: { nl: 'Afgewezen', en: 'Rejected' },
  inactive: { nl: 'Inactief', en: 'Inactive' },
} as const

export type Labelled = Record<string, { nl: string; en: string }>

/** Payload select options from one of the lists above. */
export function selectOptions(list: Labelled) {
  return Object.entries(list).map(([value, label]) => ({ value, label }))
}

export function keysOf<T extends Labelled>(list: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(list) as [keyof T & string, ...(keyof T & string)[]]
}
