'use client'
import { FieldError, Text } from 'react-aria-components'

/**
 * Description and error of a field. Inside a react-aria field both are linked to
 * the input with aria-describedby, so a screen reader reads the error with it.
 */
export function FieldHelp({ description, errorMessage }: { description?: string; errorMessage?: string }) {
  return (
    <>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{errorMessage}</FieldError>
    </>
  )
}
