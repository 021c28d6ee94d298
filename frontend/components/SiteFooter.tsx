import Link from 'next/link'
import { getT } from '../i18n/server'

export async function SiteFooter() {
  const { t } = await getT()
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('footer.about')}</p>
        <ul className="site-footer__links">
          <li>
            <Link href="/regios">{t('nav.regions')}</Link>
          </li>
          <li>
            <Link href="/kennisbank">{t('nav.knowledge')}</Link>
          </li>
          <li>
            <Link href="/aanmelden">{t('nav.signUp')}</Link>
          </li>
          <li>
            <Link href="/privacy">{t('footer.privacyLink')}</Link>
          </li>
          <li>
            <Link href="/toegankelijkheid">{t('accessibility.title')}</Link>
          </li>
        </ul>
        <p className="site-footer__privacy">{t('footer.privacy')}</p>
      </div>
    </footer>
  )
}
