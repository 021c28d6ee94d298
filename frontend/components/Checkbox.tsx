'use client'
import { useId } from 'react'
import {
  Checkbox as AriaCheckbox,
  type CheckboxProps as AriaCheckboxProps,
  composeRenderProps,
} from 'react-aria-components'

type Props = AriaCheckboxProps & {
  /** Shown under the box and read with it; a single checkbox has no field around it to show the form's error. */
  errorMessage?: string
}

/** A checkbox with a visible box; works alone or inside a CheckboxGroup. */
export function Checkbox({ children, className, errorMessage, ...props }: Props) {
  const errorId = useId()
  const box = (
    <AriaCheckbox
      {...props}
      className={`checkbox${className ? ` ${className}` : ''}`}
      {...(errorMessage ? { isInvalid: true, 'aria-describedby': errorId } : {})}
    >
      {composeRenderProps(children, (content, { isSelected }) => (
        <>
          <span className="checkbox__box" aria-hidden="true">
            {isSelected ? '✓' : ''}
          </span>
          <span>{content}</span>
        </>
      ))}
    </AriaCheckbox>
  )
  if (!errorMessage) return box
  return (
    <div>
      {box}
      <p id={errorId} className="field__error">
        {errorMessage}
      </p>
    </div>
  )
}
