import type { Metadata } from 'next'
import Link from 'next/link'
import { EmptyState } from '../components/EmptyState'
import { getT } from '../i18n/server'
import '../styles/tokens.css'
import '../styles/base.css'
import '../styles/components.css'

// Rendered per request: the language comes from the cookie, not from a build-time guess.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Pagina niet gevonden — Drakentemmers', robots: { index: false } }

/**
 * The 404 for URLs no route matches. With two root layouts there is no shared
 * layout to render it in, so it brings its own html/body (experimental.globalNotFound).
 */
export default async function GlobalNotFound() {
  const { t, language } = await getT()
  return (
    <html lang={language}>
      <body>
        <header className="site-header">
          <div className="site-header__inner">
            <Link href="/" className="site-header__brand">
              <span aria-hidden="true" className="site-header__logo">
                🐉
              </span>{' '}
              Drakentemmers
            </Link>
          </div>
        </header>
        <main id="inhoud">
          <div className="container">
            <EmptyState
              title={t('notFound.title')}
              action={
                <Link href="/" className="btn btn--primary">
                  {t('common.toHome')}
                </Link>
              }
            >
              <p>{t('notFound.body')}</p>
            </EmptyState>
          </div>
        </main>
      </body>
    </html>
  )
}
