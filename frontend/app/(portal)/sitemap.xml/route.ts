import { config } from '../../../../src/config'
import { publicArticles, sitemapXml } from '../../../../src/knowledge/feeds'
import { getPayloadClient } from '../../../lib/payload'

export const dynamic = 'force-dynamic'

/** The public pages, every training's page and every public article, for search engines. */
export async function GET() {
  const payload = await getPayloadClient()
  const [articles, trainings] = await Promise.all([
    publicArticles(payload, 5000),
    payload.find({ collection: 'trainings', limit: 1000, depth: 0, select: { slug: true }, overrideAccess: false }),
  ])
  const trainingPages = trainings.docs.map((training) => `/opleidingen/${training.slug}`)
  const pages = ['/', '/kennisbank', '/opleidingen', ...trainingPages, '/regios', '/aanmelden']
  const xml = sitemapXml(config.PUBLIC_URL, pages, articles)
  return new Response(xml, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=600' },
  })
}
