import { config } from '../../../../src/config'
import { publicArticles, rssXml } from '../../../../src/knowledge/feeds'
import { createI18n } from '../../../i18n/createI18n'
import { getPayloadClient } from '../../../lib/payload'

export const dynamic = 'force-dynamic'

/** The 30 newest public articles as RSS 2.0 (Dutch). */
export async function GET() {
  const { t } = createI18n('nl')
  const articles = await publicArticles(await getPayloadClient(), 30)
  const xml = rssXml(
    config.PUBLIC_URL,
    { title: t('kennisbank.feedTitle'), description: t('kennisbank.feedDescription') },
    articles,
  )
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=600' },
  })
}
