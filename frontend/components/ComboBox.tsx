'use client'
import {
  Button as AriaButton,
  ComboBox as AriaComboBox,
  type ComboBoxProps as AriaComboBoxProps,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
} from 'react-aria-components'
import { FieldHelp } from './FieldParts'
import type { Choice } from './Select'

export type ComboBoxProps = Omit<AriaComboBoxProps<Choice>, 'children'> & {
  label: string
  items: Choice[]
  description?: string
  errorMessage?: string
}

/**
 * A searchable choice for longer lists (35 regions). `formValue="key"` makes the
 * native form submit the id, not the typed text.
 */
export function ComboBox({ label, items, description, errorMessage, ...props }: ComboBoxProps) {
  return (
    <AriaComboBox {...props} defaultItems={items} formValue="key" menuTrigger="focus" className="field">
      <Label className="field__label">
        {label}
        {props.isRequired && (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </Label>
      <div className="combobox">
        <Input className="field__input combobox__input" />
        <AriaButton className="combobox__button">
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      <FieldHelp description={description} errorMessage={errorMessage} />
      <Popover className="popover">
        <ListBox className="listbox">
          {(item: Choice) => (
            <ListBoxItem id={item.id} textValue={item.label} className="listbox__item">
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaComboBox>
  )
}
