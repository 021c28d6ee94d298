'use client'
import {
  CheckboxGroup as AriaCheckboxGroup,
  type CheckboxGroupProps as AriaCheckboxGroupProps,
  Label,
} from 'react-aria-components'
import { Checkbox } from './Checkbox'
import { FieldHelp } from './FieldParts'
import type { Choice } from './Select'

export type SlotGridProps = Omit<AriaCheckboxGroupProps, 'children'> & {
  label: string
  /** Rows (weekdays) and columns (dayparts); a cell's value is `<day>-<part>`. */
  days: Choice[]
  parts: Choice[]
  /** The full label of each cell ("dinsdagmiddag"), read as the checkbox's name. */
  slots: Choice[]
  description?: string
  errorMessage?: string
}

/**
 * Weekday parts as a days × dayparts table of checkboxes, one group under the field's `name`:
 * the eye finds "Tuesday afternoon" at a row and a column, a screen reader hears the full
 * name of each box and the headers of its row and column.
 */
export function SlotGrid({ label, days, parts, slots, description, errorMessage, ...props }: SlotGridProps) {
  const slotLabel = (id: string) => slots.find((slot) => slot.id === id)?.label ?? id
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
      <table className="slot-grid">
        <thead>
          <tr>
            <td />
            {parts.map((part) => (
              <th key={part.id} scope="col">
                {part.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.id}>
              <th scope="row">{day.label}</th>
              {parts.map((part) => (
                <td key={part.id}>
                  <Checkbox value={`${day.id}-${part.id}`}>
                    <span className="visually-hidden">{slotLabel(`${day.id}-${part.id}`)}</span>
                  </Checkbox>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <FieldHelp description={description} errorMessage={errorMessage} />
    </AriaCheckboxGroup>
  )
}
