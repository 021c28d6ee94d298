import { z } from 'zod'
import { withoutClientData } from './clientText'
import { LANGUAGES, keysOf } from './options'

const id = z.string().trim().min(1)

/**
 * What a therapist states about their work, for matching: one definition for the sign-up
 * form and for "Mijn profiel", so both accept and refuse the same values with the same
 * Dutch messages. Free places are not among them: they follow from the capacity and the
 * places taken (src/store/places.ts).
 */
export const profileFields = {
  homeRegion: z.string('Kies je eigen regio.').trim().min(1, 'Kies je eigen regio.'),
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
}

export const INTRO_MAX = 600

/**
 * "Mijn profiel": the profile fields plus the short introduction colleagues and
 * coordinators read. Strict: a field that is not editable here (status, registration
 * number, free places) is refused by name instead of silently dropped.
 */
export const profileSchema = z
  .object({
    ...profileFields,
    intro: z
      .string('Je introductie moet tekst zijn.')
      .trim()
      .max(INTRO_MAX, `Je introductie is te lang (maximaal ${INTRO_MAX} tekens).`)
      // Read by others: no client details, and no private phone number or address either.
      .superRefine(withoutClientData('Je introductie'))
      .default(''),
  })
  .strict()

export type ProfileInput = z.input<typeof profileSchema>
export type Profile = z.output<typeof profileSchema>
