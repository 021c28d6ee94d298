import type { TaxonomyEntry } from '../../../../../src/knowledge/findArticles'
import type { KnowledgeQuery } from '../../../../../src/knowledge/query'

export type FilterLabels = {
  legend: string
  search: string
  searchHint: string
  kind: string
  theme: string
  targetGroup: string
  method: string
  sort: string
  all: string
  submit: string
  reset: string
  sorts: Record<'nieuw' | 'oud' | 'titel', string>
}

type Choice = { value: string; label: string }

function Choose({
  name,
  label,
  value,
  choices,
  all,
}: {
  name: string
  label: string
  value?: string
  choices: Choice[]
  all: string
}) {
  return (
    <div className="kb-field">
      <label htmlFor={`kb-${name}`}>{label}</label>
      <select id={`kb-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{all}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * A plain GET form: it works without JavaScript, every result is a shareable URL and
 * the browser's back button keeps working. Labels are real <label>s for screen readers.
 */
export function Filters({
  query,
  taxonomy,
  kinds,
  labels,
}: {
  query: KnowledgeQuery
  taxonomy: TaxonomyEntry[]
  kinds: Choice[]
  labels: FilterLabels
}) {
  const of = (...wanted: string[]) =>
    taxonomy
      .filter((entry) => wanted.includes(entry.kind))
      .map((entry) => ({ value: entry.slug ?? '', label: entry.name }))
  return (
    <form className="kb-filters" method="get" action="/kennisbank" role="search" aria-label={labels.legend}>
      <div className="kb-field kb-field--search">
        <label htmlFor="kb-q">{labels.search}</label>
        <input
          id="kb-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ''}
          aria-describedby="kb-q-hint"
          autoComplete="off"
        />
        <p id="kb-q-hint" className="kb-hint">
          {labels.searchHint}
        </p>
      </div>
      <Choose name="soort" label={labels.kind} value={query.soort} choices={kinds} all={labels.all} />
      <Choose name="thema" label={labels.theme} value={query.thema} choices={of('theme')} all={labels.all} />
      <Choose
        name="doelgroep"
        label={labels.targetGroup}
        value={query.doelgroep}
        choices={of('target-group')}
        all={labels.all}
      />
      <Choose
        name="methode"
        label={labels.method}
        value={query.methode}
        choices={of('method', 'family-approach')}
        all={labels.all}
      />
      <Choose
        name="sortering"
        label={labels.sort}
        value={query.sortering === 'nieuw' ? undefined : query.sortering}
        choices={[
          { value: 'oud', label: labels.sorts.oud },
          { value: 'titel', label: labels.sorts.titel },
        ]}
        all={labels.sorts.nieuw}
      />
      <div className="kb-actions">
        <button type="submit" className="btn btn--primary">
          {labels.submit}
        </button>
        <a href="/kennisbank" className="btn btn--quiet">
          {labels.reset}
        </a>
      </div>
    </form>
  )
}
