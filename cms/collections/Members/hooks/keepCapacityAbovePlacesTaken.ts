import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { fitPlacesTo } from '../../../../src/store/places'
import type { Member } from '../../../payload-types'

export const capacityBelowTakenMessage = (taken: number) =>
  `Er ${taken === 1 ? 'is nu 1 plek' : `zijn nu ${taken} plekken`} bezet door lopende matches; ` +
  `de capaciteit (casussen) kan niet lager zijn dan ${taken}.`

/**
 * A lower case capacity, from any write path (portal, admin, REST), goes through the owner of
 * the places first: refused while more places are taken, else the places are fitted below it.
 * Throwing here writes nothing: the hook runs before the document is stored.
 */
export const keepCapacityAbovePlacesTaken: CollectionBeforeChangeHook<Member> = async ({
  data,
  originalDoc,
  operation,
  collection,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || data.capacityCases == null) return data
  const capacity = Number(data.capacityCases)
  if (capacity >= Number(originalDoc.capacityCases ?? 0)) return data
  const fitted = await fitPlacesTo(req.payload, String(originalDoc.id), capacity)
  if (fitted.ok) return data
  const message = capacityBelowTakenMessage(fitted.taken)
  const error = new ValidationError({ collection: collection.slug, req, errors: [{ path: 'capacityCases', message }] })
  error.message = message
  throw error
}
