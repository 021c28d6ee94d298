/**
 * Builds Lexical rich text (root → heading/paragraph/list → text) from a small
 * plain-text notation, so articles in the seed read like articles:
 *   "## Kop"      → h2,  "### Kop" → h3
 *   "- punt"      → bullet list (consecutive lines form one list)
 *   "> citaat"    → quote
 *   "[bron] titel | auteurs | jaar | DOI of URL" → an embedded source block
 *   anything else → paragraph; blocks are separated by blank lines.
 */
const base = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

const textNode = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

export const heading = (tag: 'h2' | 'h3', text: string) => ({
  ...base,
  type: 'heading',
  tag,
  children: [textNode(text)],
})

export const paragraph = (text: string) => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: [textNode(text)],
})

export const bulletList = (items: string[]) => ({
  ...base,
  type: 'list',
  listType: 'bullet',
  start: 1,
  tag: 'ul',
  children: items.map((item, i) => ({ ...base, type: 'listitem', value: i + 1, children: [textNode(item)] })),
})

export const quote = (text: string) => ({ ...base, type: 'quote', children: [textNode(text)] })

/** A stable id from the text, so a re-seed writes the same block and stays a no-op. */
function stableId(text: string): string {
  const fnv = (seed: number) => {
    let hash = seed
    for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0
    return hash.toString(16).padStart(8, '0')
  }
  return `${fnv(2166136261)}${fnv(33554467)}${'0'.repeat(8)}`
}

export function sourceBlock(line: string) {
  const [citation = '', authors = '', year = '', where = ''] = line.split('|').map((part) => part.trim())
  const isDoi = where.startsWith('10.')
  return {
    type: 'block',
    version: 2,
    format: '',
    fields: {
      id: stableId(line),
      blockName: '',
      blockType: 'source',
      citation,
      authors: authors || undefined,
      year: year ? Number(year) : undefined,
      doi: isDoi ? where : undefined,
      url: !isDoi && where ? where : undefined,
    },
  }
}

export function richText(source: string) {
  const children = source
    .trim()
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .map((block) => {
      if (block.startsWith('### ')) return heading('h3', block.slice(4).trim())
      if (block.startsWith('## ')) return heading('h2', block.slice(3).trim())
      if (block.startsWith('[bron] ')) return sourceBlock(block.slice(7))
      if (block.startsWith('> '))
        return quote(
          block
            .split('\n')
            .map((line) => line.replace(/^>\s?/, '').trim())
            .join(' '),
        )
      const lines = block.split('\n').map((line) => line.trim())
      if (lines.every((line) => line.startsWith('- '))) return bulletList(lines.map((line) => line.slice(2)))
      return paragraph(lines.join(' '))
    })
  return { root: { ...base, type: 'root', children } }
}
