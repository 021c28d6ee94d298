'use client'
import { Button as AriaButton, type ButtonProps as AriaButtonProps, composeRenderProps } from 'react-aria-components'

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet'

export type ButtonProps = AriaButtonProps & { variant?: Variant; pendingLabel?: string }

/**
 * A button with the portal's look. `isPending` keeps it focusable, announces the
 * busy state and swaps the label for `pendingLabel` while a request runs.
 */
export function Button({ variant = 'primary', pendingLabel, className, children, ...props }: ButtonProps) {
  return (
    <AriaButton {...props} className={`btn btn--${variant}${className ? ` ${className}` : ''}`}>
      {composeRenderProps(children, (content, { isPending }) =>
        isPending ? (
          <>
            <span className="spinner" aria-hidden="true" />
            <span>{pendingLabel ?? content}</span>
          </>
        ) : (
          content
        ),
      )}
    </AriaButton>
  )
}
