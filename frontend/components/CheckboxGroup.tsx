'use client'
import {
  CheckboxGroup as AriaCheckboxGroup,
  type CheckboxGroupProps as AriaCheckboxGroupProps,
  Label,
} from 'react-aria-components'
import { Checkbox } from './Checkbox'
import { FieldHelp } from './FieldParts'
import type { Choice } from './Select'

export type CheckboxGroupProps = Omit<AriaCheckboxGroupProps, 'children'> & {
  label: string
  items: Choice[]
  description?: string
  errorMessage?: string
  columns?: boolean
}

/** Several choices; every box submits under the group's `name`. */
export function CheckboxGroup({
  label,
  items,
  description,
  errorMessage,
  columns = true,
  ...props
}: CheckboxGroupProps) {
  return (
    <AriaCheckboxGroup {...props} className="field">
      <Label className="field__label">
        {label}
        {props.isRequired && (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </Label>
      <div className={columns ? 'checkbox-grid' : 'checkbox-list'}>
        {items.map((item) => (
          <Checkbox key={item.id} value={item.id}>
            {item.label}
          </Checkbox>
        ))}
      </div>
      <FieldHelp description={description} errorMessage={errorMessage} />
    </AriaCheckboxGroup>
  )
}
