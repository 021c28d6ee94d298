import type { Offer } from '../../../../../cms/payload-types'
import { Notice } from '../../../../components/Notice'
import { getT } from '../../../../i18n/server'

/**
 * What became of an answered offer, in words: after "Accepteren" the form goes (the
 * offer is no longer open) and this says what happens next. It stands inside a live
 * region that is already on the page, so the change after the answer is announced.
 */
export async function OfferOutcome({ status }: { status: Offer['status'] }) {
  const { t } = await getT()
  const tone = status === 'accepted' || status === 'countered' || status === 'confirmed' ? 'success' : 'info'
  return (
    <div aria-live="polite">
      {status !== 'open' && <Notice tone={tone}>{t(`matching.offerOutcome.${status}`)}</Notice>}
    </div>
  )
}
