import type { Payload } from 'payload'
import { articleLink } from './links'

/** Published articles everyone may read: what search engines and feed readers get. */
export async function publicArticles(payload: Payload, limit: number) {
  const result = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    sort: '-publishedAt',
    limit,
    depth: 0,
    select: { title: true, slug: true, summary: true, kind: true, publishedAt: true, updatedAt: true },
    overrideAccess: false,
  })
  return result.docs
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!)

type FeedArticle = {
  title: string
  slug?: string | null
  summary: string
  kind: string
  publishedAt?: string | null
  updatedAt: string
}

/** sitemaps.org XML: the public pages and every public article. */
export function sitemapXml(baseUrl: string, staticPaths: string[], articles: FeedArticle[]): string {
  const urls = [
    ...staticPaths.map((path) => `  <url><loc>${escapeXml(baseUrl + path)}</loc></url>`),
    ...articles.map(
      (article) =>
        `  <url><loc>${escapeXml(baseUrl + articleLink(article.slug ?? ''))}</loc><lastmod>${new Date(article.updatedAt).toISOString()}</lastmod></url>`,
    ),
  ]
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

/** RSS 2.0 with the summary as description; members-only articles never appear. */
export function rssXml(
  baseUrl: string,
  channel: { title: string; description: string },
  articles: FeedArticle[],
): string {
  const items = articles.map((article) => {
    const link = baseUrl + articleLink(article.slug ?? '')
    const date = new Date(article.publishedAt ?? article.updatedAt).toUTCString()
    return `    <item>\n      <title>${escapeXml(article.title)}</title>\n      <link>${escapeXml(link)}</link>\n      <guid isPermaLink="true">${escapeXml(link)}</guid>\n      <pubDate>${date}</pubDate>\n      <category>${escapeXml(article.kind)}</category>\n      <description>${escapeXml(article.summary)}</description>\n    </item>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n    <title>${escapeXml(channel.title)}</title>\n    <link>${escapeXml(baseUrl)}/kennisbank</link>\n    <atom:link href="${escapeXml(baseUrl)}/rss.xml" rel="self" type="application/rss+xml"/>\n    <description>${escapeXml(channel.description)}</description>\n    <language>nl-NL</language>\n${items.join('\n')}\n  </channel>\n</rss>\n`
}
