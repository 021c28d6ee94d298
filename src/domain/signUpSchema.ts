import { z } from 'zod'
import { LANGUAGES, PROFESSIONS, REGISTRATION_TYPES, keysOf } from './options'

/** BIG numbers are 11 digits; SKJ numbers are 6 to 9 digits. */
const REGISTRATION_PATTERNS: Record<keyof typeof REGISTRATION_TYPES, RegExp> = {
  BIG: /^\d{11}$/,
  SKJ: /^\d{6,9}$/,
}

const id = z.string().trim().min(1)

/** The therapist sign-up form: parsed at the edge, Dutch messages for the person filling it in. */
export const signUpSchema = z
  .object({
    name: z.string().trim().min(2, 'Vul je volledige naam in.').max(120, 'Je naam is te lang (maximaal 120 tekens).'),
    email: z.string('Vul je e-mailadres in.').trim().toLowerCase().pipe(z.email('Vul een geldig e-mailadres in.')),
    password: z.string().min(10, 'Kies een wachtwoord van minstens 10 tekens.').max(200, 'Dat wachtwoord is te lang.'),
    profession: z.enum(keysOf(PROFESSIONS), 'Kies je beroep.'),
    registrationType: z.enum(keysOf(REGISTRATION_TYPES), 'Kies het register waarin je staat.'),
    registrationNumber: z.string().trim().regex(/^\d+$/, 'Een registratienummer bestaat alleen uit cijfers.'),
    homeRegion: id.describe('regio'),
    regionsServed: z.array(id).max(35).default([]),
    methods: z.array(id).max(50).default([]),
    themes: z.array(id).max(50).default([]),
    targetGroups: z.array(id).max(20).default([]),
    capacityCases: z.coerce
      .number('Vul een aantal in.')
      .int('Vul een heel getal in.')
      .min(0, 'Capaciteit kan niet negatief zijn.')
      .max(100, 'Dat zijn wel erg veel casussen (maximaal 100).'),
    hoursPerWeek: z.coerce
      .number('Vul een aantal uren in.')
      .min(0, 'Uren kunnen niet negatief zijn.')
      .max(60, 'Maximaal 60 uur per week.'),
    availableFrom: z.iso
      .date('Vul een geldige datum in.')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    remoteAvailable: z.boolean().default(false),
    languages: z
      .array(z.enum(keysOf(LANGUAGES)))
      .min(1, 'Kies minstens één taal.')
      .default(['nl']),
    motivation: z.string().trim().max(2000, 'Je toelichting is te lang (maximaal 2000 tekens).').default(''),
    consent: z.literal(true, 'Geef toestemming voor het bewaren van je gegevens om verder te gaan.'),
  })
  .superRefine((value, ctx) => {
    if (!REGISTRATION_PATTERNS[value.registrationType].test(value.registrationNumber)) {
      const expected = value.registrationType === 'BIG' ? '11 cijfers' : '6 tot 9 cijfers'
      ctx.addIssue({
        code: 'custom',
        path: ['registrationNumber'],
        message: `Een ${value.registrationType}-nummer heeft ${expected}.`,
      })
    }
  })

export type SignUpInput = z.input<typeof signUpSchema>
export type SignUp = z.output<typeof signUpSchema>

/** zod issues as { field: first message }, for forms and API answers. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_form'
    errors[field] ??= issue.message
  }
  return errors
}
