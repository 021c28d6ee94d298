import type { SignUpInput } from '../../../../src/domain/signUpSchema'
import { profileFieldsFromForm } from '../../../lib/profileFromForm'

/**
 * The form's values in the shape of `signUpSchema`: field names equal the schema
 * keys, check boxes submit only when ticked, groups submit one value per box.
 */
export function formToSignUp(form: FormData): Record<keyof SignUpInput, unknown> {
  const text = (key: string) => String(form.get(key) ?? '')
  return {
    name: text('name'),
    email: text('email'),
    password: text('password'),
    profession: text('profession'),
    registrationType: text('registrationType'),
    registrationNumber: text('registrationNumber'),
    ...profileFieldsFromForm(form),
    motivation: text('motivation'),
    consent: form.has('consent'),
  }
}
