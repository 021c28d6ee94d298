import Link from 'next/link'

export type PaginationLabels = {
  nav: string
  previous: string
  next: string
  page: (n: number) => string
  position: (n: number, total: number) => string
}

/**
 * Previous / numbered / next links around the current page (marked for assistive tech), and
 * where the reader is ("Pagina 2 van 5"). `hrefOf` keeps the list's other parameters.
 */
export function Pagination({
  page,
  totalPages,
  hrefOf,
  labels,
}: {
  page: number
  totalPages: number
  hrefOf: (page: number) => string
  labels: PaginationLabels
}) {
  if (totalPages <= 1) return null
  const current = Math.min(Math.max(page, 1), totalPages)
  const pages = Array.from({ length: totalPages }, (_, i) => i + 1).filter(
    (n) => n === 1 || n === totalPages || Math.abs(n - current) <= 2,
  )
  return (
    <nav className="pagination" aria-label={labels.nav}>
      <p className="pagination__position">{labels.position(current, totalPages)}</p>
      <ul>
        {current > 1 && (
          <li>
            <Link href={hrefOf(current - 1)} rel="prev">
              {labels.previous}
            </Link>
          </li>
        )}
        {pages.map((n, i) => (
          <li key={n}>
            {i > 0 && pages[i - 1]! < n - 1 && <span aria-hidden="true">… </span>}
            {n === current ? (
              <span aria-current="page" className="pagination__current">
                {n}
              </span>
            ) : (
              <Link href={hrefOf(n)} aria-label={labels.page(n)}>
                {n}
              </Link>
            )}
          </li>
        ))}
        {current < totalPages && (
          <li>
            <Link href={hrefOf(current + 1)} rel="next">
              {labels.next}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
