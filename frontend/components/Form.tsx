'use client'
import { type FormEvent, type FormHTMLAttributes, useEffect, useState } from 'react'
import { Form as AriaForm, type FormProps } from 'react-aria-components'

type Errors = NonNullable<FormProps['validationErrors']>

/**
 * A form whose errors come from our zod schema or the server (`validationErrors`,
 * keyed by field name), shown on the fields without blocking native submission.
 *
 * A field's error goes as soon as the person edits that field. Left to react-aria it goes
 * on blur, and the blur of a click on the submit button then pulls everything below the
 * field up mid-click (71 px under a long PII message): the click lands beside the button.
 */
export function Form({ className, validationErrors, ...props }: FormProps) {
  const [shown, setShown] = useState<Errors | undefined>(validationErrors)
  useEffect(() => setShown(validationErrors), [validationErrors])

  // A React handler, not a DOM listener: a state update from a DOM listener renders before
  // React has seen the input, and the fields (controlled by react-aria) then undo the typing.
  const forgetEditedField: Pick<FormHTMLAttributes<HTMLFormElement>, 'onInput'> = {
    onInput: (event: FormEvent<HTMLFormElement>) => {
      const name = (event.target as HTMLInputElement).name
      if (name) setShown((errors) => (errors?.[name] ? withoutField(errors, name) : errors))
    },
  }

  return (
    <AriaForm
      validationBehavior="aria"
      {...props}
      {...forgetEditedField}
      validationErrors={shown}
      className={`form${className ? ` ${className}` : ''}`}
    />
  )
}

function withoutField(errors: Errors, name: string): Errors {
  const { [name]: _edited, ...rest } = errors
  return rest
}
