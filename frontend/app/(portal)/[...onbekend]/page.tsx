import { notFound } from 'next/navigation'

/**
 * There is no app/layout.tsx (two root layouts), so unknown URLs are caught here
 * to get the portal's own not-found page inside the portal frame.
 */
export default function Unknown() {
  notFound()
}
