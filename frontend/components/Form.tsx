'use client'
import { Form as AriaForm, type FormProps } from 'react-aria-components'

/**
 * A form whose errors come from our zod schema or the server (`validationErrors`,
 * keyed by field name), shown on the fields without blocking native submission.
 */
export function Form({ className, ...props }: FormProps) {
  return <AriaForm validationBehavior="aria" {...props} className={`form${className ? ` ${className}` : ''}`} />
}
