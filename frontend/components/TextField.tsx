'use client'
import {
  Input,
  Label,
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components'
import { FieldHelp } from './FieldParts'

export type TextFieldProps = AriaTextFieldProps & {
  label: string
  description?: string
  errorMessage?: string
  multiline?: boolean
  rows?: number
}

/** Label, input (or textarea), help text and error in one accessible field. */
export function TextField({ label, description, errorMessage, multiline, rows = 4, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} className="field">
      <Label className="field__label">
        {label}
        {props.isRequired && (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </Label>
      {multiline ? <TextArea className="field__input" rows={rows} /> : <Input className="field__input" />}
      <FieldHelp description={description} errorMessage={errorMessage} />
    </AriaTextField>
  )
}
