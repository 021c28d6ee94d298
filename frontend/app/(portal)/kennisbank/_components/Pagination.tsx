import Link from 'next/link'
import { type KnowledgeQuery, knowledgeHref } from '../../../../../src/knowledge/query'

type Labels = {
  nav: string
  previous: string
  next: string
  page: (n: number) => string
  current: (n: number, total: number) => string
}

/** Previous / numbered / next links; the current page is marked for assistive tech. */
export function Pagination({
  query,
  totalPages,
  labels,
}: {
  query: KnowledgeQuery
  totalPages: number
  labels: Labels
}) {
  if (totalPages <= 1) return null
  const page = Math.min(query.pagina, totalPages)
  const pages = Array.from({ length: totalPages }, (_, i) => i + 1).filter(
    (n) => n === 1 || n === totalPages || Math.abs(n - page) <= 2,
  )
  return (
    <nav className="kb-pagination" aria-label={labels.nav}>
      <p className="visually-hidden">{labels.current(page, totalPages)}</p>
      <ul>
        {page > 1 && (
          <li>
            <Link href={knowledgeHref(query, { pagina: page - 1 })} rel="prev">
              {labels.previous}
            </Link>
          </li>
        )}
        {pages.map((n, i) => (
          <li key={n}>
            {i > 0 && pages[i - 1]! < n - 1 && <span aria-hidden="true">… </span>}
            {n === page ? (
              <span aria-current="page" className="kb-pagination__current">
                {n}
              </span>
            ) : (
              <Link href={knowledgeHref(query, { pagina: n })} aria-label={labels.page(n)}>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < totalPages && (
          <li>
            <Link href={knowledgeHref(query, { pagina: page + 1 })} rel="next">
              {labels.next}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
