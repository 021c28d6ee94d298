import { slugify } from '../domain/slugify'

/**
 * Reading Lexical rich text (Payload's JSON) as plain data: its text for search and
 * reading time, and its headings for a table of contents. Pure, so the portal, the
 * hooks and the tests share one reading of the same document.
 */
export type LexicalNode = {
  type?: string
  text?: string
  tag?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown>
  [key: string]: unknown
}
export type LexicalValue = { root?: LexicalNode } | null | undefined

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list', 'block', 'upload'])

function collectText(node: LexicalNode, out: string[]) {
  if (typeof node.text === 'string') out.push(node.text)
  if (node.type === 'block' && node.fields) {
    // An embedded source block: its citation is part of what a reader sees.
    for (const key of ['citation', 'authors', 'quote']) {
      const value = node.fields[key]
      if (typeof value === 'string') out.push(value)
    }
  }
  for (const child of node.children ?? []) collectText(child, out)
  if (node.type && BLOCK_TYPES.has(node.type)) out.push('\n')
}

/** All visible text of a rich-text value, blocks separated by newlines. */
export function plainText(value: LexicalValue): string {
  if (!value?.root) return ''
  const out: string[] = []
  collectText(value.root, out)
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

export function textOf(node: LexicalNode): string {
  const out: string[] = []
  collectText(node, out)
  return out.join('').trim()
}

export type TocEntry = { id: string; text: string; level: 2 | 3 }

/** A stable anchor for a heading; the n-th repeat of a text gets "-2", "-3", … */
export function headingIds() {
  const seen = new Map<string, number>()
  return (text: string) => {
    const base = slugify(text) || 'kop'
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base}-${count}`
  }
}

/** The h2/h3 headings of a text in order, with the ids the article page gives them. */
export function tableOfContents(value: LexicalValue): TocEntry[] {
  const nextId = headingIds()
  return (value?.root?.children ?? [])
    .filter((node) => node.type === 'heading' && (node.tag === 'h2' || node.tag === 'h3'))
    .map((node) => {
      const text = textOf(node)
      return { id: nextId(text), text, level: node.tag === 'h3' ? 3 : 2 }
    })
}

/** Words per minute of an attentive reader of Dutch professional text. */
export const WORDS_PER_MINUTE = 200

/** Whole minutes, at least one: "4 min lezen". */
export function readingMinutes(...texts: Array<string | null | undefined>): number {
  const count = texts.reduce((sum, text) => sum + (text ? text.split(/\s+/).filter(Boolean).length : 0), 0)
  return Math.max(1, Math.round(count / WORDS_PER_MINUTE))
}
