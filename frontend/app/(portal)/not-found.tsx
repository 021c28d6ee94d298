import { NotFound } from '../../components/NotFound'

export default function PortalNotFound() {
  return <NotFound />
}
