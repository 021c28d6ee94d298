'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { type ReactNode, useEffect, useRef, useState } from 'react'

type Props = {
  /** `count`: how many things behind the link wait for this user (0 shows nothing). */
  items: { href: string; label: string; count?: number; countLabel?: string }[]
  navLabel: string
  openLabel: string
  closeLabel: string
  children?: ReactNode
}

/**
 * The main menu. On small screens it folds behind a toggle button (CSS shows it
 * always on wide screens); it closes again after navigating, and with Escape, which puts
 * the focus back on the toggle (WAI-ARIA disclosure pattern).
 */
export function NavMenu({ items, navLabel, openLabel, closeLabel, children }: Props) {
  const pathname = usePathname()
  const [open, setOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  useEffect(() => setOpen(false), [pathname])
  useEffect(() => {
    if (!open) return
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      toggle.current?.focus()
    }
    document.addEventListener('keydown', closeOnEscape)
    return () => document.removeEventListener('keydown', closeOnEscape)
  }, [open])
  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="nav-toggle"
        aria-expanded={open}
        aria-controls="hoofdmenu"
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">{open ? '✕' : '☰'}</span> {open ? closeLabel : openLabel}
      </button>
      <div id="hoofdmenu" className="site-header__menu" data-open={open}>
        <nav aria-label={navLabel}>
          <ul className="nav-list">
            {items.map((item) => {
              const current = pathname === item.href || pathname.startsWith(`${item.href}/`)
              return (
                <li key={item.href}>
                  <Link href={item.href} className="nav-list__link" aria-current={current ? 'page' : undefined}>
                    {item.label}
                    {item.count ? (
                      <>
                        {' '}
                        <span className="badge badge--accent" aria-hidden="true">
                          {item.count}
                        </span>
                        <span className="visually-hidden">({item.countLabel})</span>
                      </>
                    ) : null}
                  </Link>
                </li>
              )
            })}
          </ul>
        </nav>
        {children}
      </div>
    </>
  )
}
