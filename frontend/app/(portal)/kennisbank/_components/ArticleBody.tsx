import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, LinkJSXConverter, RichText } from '@payloadcms/richtext-lexical/react'
import { articleLink } from '../../../../../src/knowledge/links'
import { type LexicalNode, headingIds, textOf } from '../../../../../src/knowledge/lexicalText'
import { SourceCitation } from './SourceCitation'

type InternalDoc = { relationTo?: string; value?: unknown }

/** Internal links point at articles by slug; anything else falls back to the Kennisbank. */
function internalDocToHref({ linkNode }: { linkNode: { fields: { doc?: InternalDoc | null } } }): string {
  const doc = linkNode.fields.doc
  const value = doc?.value
  if (doc?.relationTo === 'articles' && value && typeof value === 'object' && 'slug' in value)
    return articleLink(String((value as { slug: string }).slug))
  return '/kennisbank'
}

/**
 * The article text as semantic HTML: h2/h3 get the anchors of the table of contents,
 * the source block becomes a citation with its DOI or web link.
 */
export function ArticleBody({ content, sourceLabel }: { content: unknown; sourceLabel: string }) {
  const nextId = headingIds()
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({ internalDocToHref }),
    heading: ({ node, nodesToJSX }) => {
      const Tag = node.tag as 'h2' | 'h3' | 'h4'
      const id = Tag === 'h2' || Tag === 'h3' ? nextId(textOf(node as unknown as LexicalNode)) : undefined
      return <Tag id={id}>{nodesToJSX({ nodes: node.children })}</Tag>
    },
    blocks: {
      source: ({ node }: { node: { fields: Record<string, unknown> } }) => (
        <SourceCitation fields={node.fields} label={sourceLabel} />
      ),
    },
  })
  if (!content || typeof content !== 'object') return null
  return (
    <RichText
      className="article-body"
      data={content as SerializedEditorState}
      converters={converters}
      disableContainer={false}
    />
  )
}
