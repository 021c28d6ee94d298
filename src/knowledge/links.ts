/** Portal addresses of the knowledge base, one place for pages, feeds and previews. */
export const KNOWLEDGE_PATH = '/kennisbank'
export const articleLink = (slug: string) => `${KNOWLEDGE_PATH}/${encodeURIComponent(slug)}`
