'use client'
import {
  Checkbox as AriaCheckbox,
  type CheckboxProps as AriaCheckboxProps,
  composeRenderProps,
} from 'react-aria-components'

/** A checkbox with a visible box; works alone or inside a CheckboxGroup. */
export function Checkbox({ children, className, ...props }: AriaCheckboxProps) {
  return (
    <AriaCheckbox {...props} className={`checkbox${className ? ` ${className}` : ''}`}>
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
}
