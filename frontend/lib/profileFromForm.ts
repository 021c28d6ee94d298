import type { profileFields } from '../../src/domain/profileSchema'

/**
 * The profile part of the sign-up form and of "Mijn profiel" in the shape of
 * `profileFields`: field names equal the schema keys, check boxes submit only when
 * ticked, groups submit one value per box.
 */
export function profileFieldsFromForm(form: FormData): Record<keyof typeof profileFields, unknown> {
  const text = (key: string) => String(form.get(key) ?? '')
  const list = (key: string) => form.getAll(key).map(String).filter(Boolean)
  return {
    homeRegion: text('homeRegion'),
    regionsServed: list('regionsServed'),
    methods: list('methods'),
    themes: list('themes'),
    targetGroups: list('targetGroups'),
    capacityCases: text('capacityCases'),
    hoursPerWeek: text('hoursPerWeek'),
    availableFrom: text('availableFrom'),
    remoteAvailable: form.has('remoteAvailable'),
    languages: list('languages'),
  }
}
