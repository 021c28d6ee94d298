import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '../../components/SiteFooter'
import { SiteHeader } from '../../components/SiteHeader'
import { I18nProvider } from '../../i18n/I18nProvider'
import { getT } from '../../i18n/server'
import { getCurrentUser } from '../../lib/session'
import { config } from '../../../src/config'
import '../../styles/tokens.css'
import '../../styles/base.css'
import '../../styles/components.css'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  const description = t('meta.description')
  return {
    // Canonical and share links are absolute on the public address, not on the host that served the request.
    metadataBase: new URL(config.PUBLIC_URL),
    title: { default: 'Drakentemmers', template: '%s — Drakentemmers' },
    description,
    openGraph: { type: 'website', siteName: 'Drakentemmers', locale: 'nl_NL', title: 'Drakentemmers', description },
    alternates: { types: { 'application/rss+xml': '/rss.xml' } },
  }
}

/** Root layout of the portal (the admin has its own): language, frame and landmarks. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser()
  const { t, language } = await getT()
  return (
    <html lang={language}>
      <body>
        <a href="#inhoud" className="skip-link">
          {t('nav.skip')}
        </a>
        <I18nProvider language={language}>
          <SiteHeader user={user} />
          <main id="inhoud" tabIndex={-1}>
            <div className="container">{children}</div>
          </main>
          <SiteFooter />
        </I18nProvider>
      </body>
    </html>
  )
}
