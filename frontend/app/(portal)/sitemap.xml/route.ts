import { config } from '../../../../src/config'
import { publicArticles, sitemapXml } from '../../../../src/knowledge/feeds'
import { getPayloadClient } from '../../../lib/payload'

export const dynamic = 'force-dynamic'

/** The public pages and every public article, for search engines. */
export async function GET() {
  const articles = await publicArticles(await getPayloadClient(), 5000)
  const xml = sitemapXml(config.PUBLIC_URL, ['/', '/kennisbank', '/opleidingen', '/regios', '/aanmelden'], articles)
  return new Response(xml, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=600' },
  })
}
