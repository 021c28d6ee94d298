import type { RequestsQuery } from '../../../lib/requestsQuery'

export type RequestFilterLabels = {
  legend: string
  status: string
  allStatuses: string
  search: string
  searchHint: string
  submit: string
  reset: string
}

/**
 * A plain GET form: it works without JavaScript, every filtered list is a URL to share or go
 * back to, and submitting starts at page 1 (the form carries no page).
 */
export function RequestFilters({
  query,
  statuses,
  maxLength,
  labels,
}: {
  query: RequestsQuery
  statuses: { value: string; label: string }[]
  maxLength: number
  labels: RequestFilterLabels
}) {
  return (
    <form className="list-filters" method="get" action="/aanvragen" role="search" aria-label={labels.legend}>
      <div className="list-filters__field">
        <label htmlFor="requests-status">{labels.status}</label>
        <select id="requests-status" name="status" defaultValue={query.status ?? ''}>
          <option value="">{labels.allStatuses}</option>
          {statuses.map((status) => (
            <option key={status.value} value={status.value}>
              {status.label}
            </option>
          ))}
        </select>
      </div>
      <div className="list-filters__field">
        <label htmlFor="requests-search">{labels.search}</label>
        <input
          id="requests-search"
          name="zoek"
          type="search"
          maxLength={maxLength}
          defaultValue={query.zoek ?? ''}
          aria-describedby="requests-search-hint"
          autoComplete="off"
        />
        <p id="requests-search-hint" className="field__description">
          {labels.searchHint}
        </p>
      </div>
      <div className="list-filters__actions">
        <button type="submit" className="btn btn--primary">
          {labels.submit}
        </button>
        <a href="/aanvragen" className="btn btn--quiet">
          {labels.reset}
        </a>
      </div>
    </form>
  )
}
