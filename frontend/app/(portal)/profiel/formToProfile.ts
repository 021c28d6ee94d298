import type { ProfileInput } from '../../../../src/domain/profileSchema'
import { profileFieldsFromForm } from '../../../lib/profileFromForm'

/** "Mijn profiel" in the shape of `profileSchema`: the sign-up's profile fields plus the introduction. */
export function formToProfile(form: FormData): Record<keyof ProfileInput, unknown> {
  return { ...profileFieldsFromForm(form), intro: String(form.get('intro') ?? '') }
}
