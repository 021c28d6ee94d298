import type { SignUpInput } from '../../../../src/domain/signUpSchema'

/**
 * The form's values in the shape of `signUpSchema`: field names equal the schema
 * keys, check boxes submit only when ticked, groups submit one value per box.
 */
export function formToSignUp(form: FormData): Record<keyof SignUpInput, unknown> {
  const text = (key: string) => String(form.get(key) ?? '')
  const list = (key: string) => form.getAll(key).map(String).filter(Boolean)
  return {
    name: text('name'),
    email: text('email'),
    password: text('password'),
    profession: text('profession'),
    registrationType: text('registrationType'),
    registrationNumber: text('registrationNumber'),
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
    motivation: text('motivation'),
    consent: form.has('consent'),
  }
}
