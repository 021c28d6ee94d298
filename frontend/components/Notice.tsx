import type { ReactNode } from 'react'

type Tone = 'info' | 'success' | 'warning' | 'error'

/**
 * A message block. Errors and successes are live regions (role alert/status), so
 * they are announced when they appear after a submit.
 */
export function Notice({
  tone = 'info',
  title,
  children,
  id,
}: {
  tone?: Tone
  title?: string
  children?: ReactNode
  id?: string
}) {
  const role = tone === 'error' ? 'alert' : tone === 'success' ? 'status' : undefined
  return (
    <div className={`notice notice--${tone}`} role={role} id={id} tabIndex={tone === 'error' ? -1 : undefined}>
      {title && <p className="notice__title">{title}</p>}
      {children && <div className="notice__body">{children}</div>}
    </div>
  )
}
