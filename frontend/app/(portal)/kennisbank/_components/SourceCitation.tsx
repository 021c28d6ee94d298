import { sourceLink } from '../../../../../src/knowledge/sources'

/** An embedded source ("Uit het onderzoek"): a figure with the key finding and a reference. */
export function SourceCitation({ fields, label }: { fields: Record<string, unknown>; label: string }) {
  const text = (key: string) => (typeof fields[key] === 'string' && fields[key] ? (fields[key] as string) : null)
  const year = typeof fields.year === 'number' ? fields.year : null
  const href = sourceLink({ doi: text('doi'), url: text('url') })
  const citation = text('citation')
  return (
    <aside className="source-card" aria-label={label}>
      <p className="source-card__label">{label}</p>
      {text('quote') && (
        <blockquote>
          <p>{text('quote')}</p>
        </blockquote>
      )}
      <p className="source-card__ref">
        {text('authors') && <>{text('authors')} </>}
        {year && <>({year}). </>}
        {href ? (
          <a href={href} rel="noopener noreferrer">
            {citation}
          </a>
        ) : (
          <cite>{citation}</cite>
        )}
      </p>
    </aside>
  )
}
