import type { Member } from '../payload-types'

type Profession = Member['profession']

/**
 * Kinds of practice a therapist in this field typically has. Each therapist gets the core
 * of one profile plus a few of its extras, so methods, themes and target groups fit together
 * (no EMDR for 0–4 without the storytelling context, no plegerbehandeling for an infant specialist).
 */
export type Profile = {
  professions: Profession[]
  methods: { core: string[]; extra: string[] }
  themes: { core: string[]; extra: string[] }
  targetGroups: { core: string[]; extra: string[] }
}

export const PROFILES = {
  jong: {
    professions: ['orthopedagoog-generalist', 'kinder-jeugdpsycholoog', 'gz-psycholoog'],
    methods: { core: ['cpp', 'vipp-sd'], extra: ['emdr', 'k-vht', 'pipa', 'nika', 'theraplay'] },
    themes: {
      core: ['gehechtheid', 'ouder-kindrelatie'],
      extra: ['vroegkinderlijke-chronische-traumatisering', 'trauma'],
    },
    targetGroups: { core: ['0-4-jaar', 'ouders'], extra: ['4-12-jaar'] },
  },
  spel: {
    professions: ['vaktherapeut'],
    methods: { core: ['theraplay'], extra: ['vht', 'basic-trust', 'k-vht'] },
    themes: { core: ['gehechtheid', 'ouder-kindrelatie'], extra: ['trauma'] },
    targetGroups: { core: ['4-12-jaar'], extra: ['0-4-jaar', 'ouders'] },
  },
  kind: {
    professions: ['gz-psycholoog', 'kinder-jeugdpsycholoog', 'orthopedagoog-generalist'],
    methods: { core: ['emdr', 'horizon'], extra: ['tf-cbt', 'pcit', 'mbt-k', 'basic-trust', 'kidnet'] },
    themes: {
      core: ['trauma'],
      extra: ['gehechtheid', 'ouder-kindrelatie', 'vroegkinderlijke-chronische-traumatisering'],
    },
    targetGroups: { core: ['4-12-jaar'], extra: ['ouders', '0-4-jaar'] },
  },
  tiener: {
    professions: ['gz-psycholoog', 'kinder-jeugdpsycholoog', 'klinisch-psycholoog', 'psychiater'],
    methods: { core: ['emdr', 'tf-cbt'], extra: ['kidnet', 'schrijftherapie', 'horizon', 'af-cbt'] },
    themes: { core: ['trauma'], extra: ['geweldspatronen', 'gehechtheid'] },
    targetGroups: { core: ['12-18-jaar'], extra: ['jongvolwassenen', '4-12-jaar'] },
  },
  gezin: {
    professions: ['systeemtherapeut', 'orthopedagoog-generalist', 'gz-psycholoog'],
    methods: {
      core: ['traumagerichte-gezinsbehandeling'],
      extra: ['fitt', 'kinderen-uit-de-knel', 'vht', 'af-cbt', 'pcit'],
    },
    themes: { core: ['geweldspatronen', 'ouder-kindrelatie'], extra: ['trauma', 'gehechtheid'] },
    targetGroups: { core: ['hele-gezin', 'ouders'], extra: ['4-12-jaar', '12-18-jaar'] },
  },
  volwassen: {
    professions: ['gz-psycholoog', 'klinisch-psycholoog', 'psychotherapeut', 'psychiater'],
    methods: { core: ['emdr', 'tf-cgt'], extra: ['bepp', 'net'] },
    themes: { core: ['trauma'], extra: ['geweldspatronen', 'vroegkinderlijke-chronische-traumatisering'] },
    targetGroups: { core: ['ouders'], extra: ['jongvolwassenen'] },
  },
  pleger: {
    professions: ['psychotherapeut', 'gz-psycholoog', 'systeemtherapeut'],
    methods: { core: ['af-cbt'], extra: ['traumagerichte-gezinsbehandeling', 'tf-cgt', 'emdr'] },
    themes: { core: ['plegerbehandeling', 'geweldspatronen'], extra: ['trauma'] },
    targetGroups: { core: ['plegers', 'ouders'], extra: ['hele-gezin'] },
  },
} satisfies Record<string, Profile>

export type ProfileKey = keyof typeof PROFILES

/** BIG registers the healthcare professions; youth professionals are in the SKJ register. */
export const REGISTER_OF: Record<Profession, 'BIG' | 'SKJ'> = {
  'gz-psycholoog': 'BIG',
  'klinisch-psycholoog': 'BIG',
  psychotherapeut: 'BIG',
  psychiater: 'BIG',
  'kinder-jeugdpsycholoog': 'SKJ',
  'orthopedagoog-generalist': 'SKJ',
  systeemtherapeut: 'SKJ',
  vaktherapeut: 'SKJ',
}
