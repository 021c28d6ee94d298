import type { ReactNode } from 'react'

/** The page's one h1 with an optional lead paragraph and actions. */
export function PageHeader({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  return (
    <header className="page-header">
      <h1 className="page-header__title">{title}</h1>
      {lead && <p className="page-header__lead">{lead}</p>}
      {children && <div className="page-header__actions">{children}</div>}
    </header>
  )
}
