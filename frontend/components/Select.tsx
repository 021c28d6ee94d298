'use client'
import {
  Button as AriaButton,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  type SelectProps as AriaSelectProps,
  SelectValue,
} from 'react-aria-components'
import { FieldHelp } from './FieldParts'

export type Choice = { id: string; label: string }

export type SelectProps = Omit<AriaSelectProps<Choice>, 'children'> & {
  label: string
  items: Choice[]
  description?: string
  errorMessage?: string
}

/** A single choice from a short list; with `name` it also submits in a native form. */
export function Select({ label, items, description, errorMessage, ...props }: SelectProps) {
  return (
    <AriaSelect {...props} className="field">
      <Label className="field__label">
        {label}
        {props.isRequired && (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </Label>
      <AriaButton className="field__input select__button">
        <SelectValue className="select__value" />
        <span aria-hidden="true" className="select__chevron">
          ▾
        </span>
      </AriaButton>
      <FieldHelp description={description} errorMessage={errorMessage} />
      <Popover className="popover">
        <ListBox items={items} className="listbox">
          {(item) => (
            <ListBoxItem id={item.id} className="listbox__item">
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  )
}
