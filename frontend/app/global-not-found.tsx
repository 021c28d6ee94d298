import type { Metadata } from 'next'
import { NotFound } from '../components/NotFound'
import { SiteFooter } from '../components/SiteFooter'
import { SiteHeader } from '../components/SiteHeader'
import { I18nProvider } from '../i18n/I18nProvider'
import { getT } from '../i18n/server'
import { getCurrentUser } from '../lib/session'
import '../styles/tokens.css'
import '../styles/base.css'
import '../styles/components.css'

// Rendered per request: the language comes from the cookie, not from a build-time guess.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Pagina niet gevonden — Drakentemmers', robots: { index: false } }

/**
 * The 404 for URLs no route matches. With two root layouts there is no shared
 * layout to render it in, so it brings its own html/body (experimental.globalNotFound)
 * with the portal's header, menu and footer, so that a visitor can go on from here.
 */
export default async function GlobalNotFound() {
  const [{ t, language }, user] = await Promise.all([getT(), getCurrentUser()])
  return (
    <html lang={language}>
      <body>
        <a href="#inhoud" className="skip-link">
          {t('nav.skip')}
        </a>
        <I18nProvider language={language}>
          <SiteHeader user={user} />
          <main id="inhoud" tabIndex={-1}>
            <div className="container">
              <NotFound />
            </div>
          </main>
          <SiteFooter />
        </I18nProvider>
      </body>
    </html>
  )
}
