/** Themes groups form around (domain.md: target groups, methods, family approaches). */
export const GROUP_THEMES = {
  'jonge-kinderen-0-4': { nl: 'Jonge kinderen (0–4)', en: 'Young children (0–4)' },
  'kinderen-4-12': { nl: 'Kinderen (4–12)', en: 'Children (4–12)' },
  'jongeren-12-18': { nl: 'Jongeren (12–18)', en: 'Adolescents (12–18)' },
  gezinsbehandeling: { nl: 'Gezinsbehandeling', en: 'Family treatment' },
  emdr: { nl: 'EMDR', en: 'EMDR' },
  gehechtheid: { nl: 'Gehechtheid', en: 'Attachment' },
  plegerbehandeling: { nl: 'Plegerbehandeling', en: 'Treatment of perpetrators' },
} as const

export type GroupTheme = keyof typeof GROUP_THEMES
export const GROUP_THEME_VALUES = Object.keys(GROUP_THEMES) as GroupTheme[]

export const themeLabel = (theme: string, language: 'nl' | 'en' = 'nl') =>
  (GROUP_THEMES as Record<string, { nl: string; en: string }>)[theme]?.[language] ?? theme
