import Link from 'next/link'
import type { User } from '../../cms/payload-types'
import { getT } from '../i18n/server'
import { attentionFor } from '../lib/attention'
import { navigationFor } from '../lib/navigation'
import { LanguageSwitch } from './LanguageSwitch'
import { NavMenu } from './NavMenu'

/** Logo, the role's menu, language switch and account links. */
export async function SiteHeader({ user }: { user: User | null }) {
  const { t, language } = await getT()
  const counts = user ? (await attentionFor(user)).counts : {}
  const items = navigationFor(user).map((item) => {
    const count = counts[item.href] ?? 0
    return { href: item.href, label: t(item.labelKey), count, countLabel: count ? t('nav.count', { count }) : '' }
  })
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          <span aria-hidden="true" className="site-header__logo">
            🐉
          </span>{' '}
          Drakentemmers
        </Link>
        <NavMenu items={items} openLabel={t('nav.open')} closeLabel={t('nav.close')} navLabel={t('nav.label')}>
          <div className="site-header__account">
            <LanguageSwitch current={language} label={t('language.label')} />
            {user ? (
              <>
                <span className="site-header__user">{t('nav.loggedInAs', { name: user.name })}</span>
                <Link href="/uitloggen" className="btn btn--quiet">
                  {t('nav.logout')}
                </Link>
              </>
            ) : (
              <>
                <Link href="/inloggen" className="btn btn--quiet">
                  {t('nav.login')}
                </Link>
                <Link href="/aanmelden" className="btn btn--primary">
                  {t('nav.signUp')}
                </Link>
              </>
            )}
          </div>
        </NavMenu>
      </div>
    </header>
  )
}
