import { z } from 'zod'
import { PROFESSIONS, REGISTRATION_TYPES, keysOf } from './options'
import { profileFields } from './profileSchema'

/** BIG numbers are 11 digits; SKJ numbers are 6 to 9 digits. */
const REGISTRATION_PATTERNS: Record<keyof typeof REGISTRATION_TYPES, RegExp> = {
  BIG: /^\d{11}$/,
  SKJ: /^\d{6,9}$/,
}

/** The therapist sign-up form: the account, the registration and the profile (shared with "Mijn profiel"). */
export const signUpSchema = z
  .object({
    name: z.string().trim().min(2, 'Vul je volledige naam in.').max(120, 'Je naam is te lang (maximaal 120 tekens).'),
    email: z.string('Vul je e-mailadres in.').trim().toLowerCase().pipe(z.email('Vul een geldig e-mailadres in.')),
    password: z.string().min(10, 'Kies een wachtwoord van minstens 10 tekens.').max(200, 'Dat wachtwoord is te lang.'),
    profession: z.enum(keysOf(PROFESSIONS), 'Kies je beroep.'),
    registrationType: z.enum(keysOf(REGISTRATION_TYPES), 'Kies het register waarin je staat.'),
    registrationNumber: z.string().trim().regex(/^\d+$/, 'Een registratienummer bestaat alleen uit cijfers.'),
    ...profileFields,
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
