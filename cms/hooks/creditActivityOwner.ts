import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { memberIdOfUser } from '../access/memberOfUser'
import { idOf } from '../../src/domain/ids'
import { isDocumentId } from '../../src/domain/parseInput'
import { formatMoment } from '../../src/domain/dates'
import { cycleWindow, inWindow } from '../../src/domain/renewalCredits'

export const NOT_YOUR_CERTIFICATE = 'Dit certificaat is niet van jou; je kunt er geen activiteit bij zetten.'

/**
 * A new activity belongs to the certificate's holder and waits for a decision: member, training
 * and status come from here (the certificate), never from what was sent. Only the holder adds
 * one (system writes pass with their own data).
 */
export const creditActivityOwner: CollectionBeforeChangeHook = async ({ data, operation, req, collection }) => {
  if (operation !== 'create' || !req.user) return data
  const refuse = (message: string): never => {
    const error = new ValidationError({ collection: collection.slug, req, errors: [{ path: 'certificate', message }] })
    error.message = message
    throw error
  }
  const certificateId = idOf(data.certificate)
  const certificate =
    certificateId && isDocumentId(certificateId)
      ? await req.payload.findByID({
          collection: 'certificates',
          id: certificateId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
      : null
  if (!certificate) return refuse('Kies een van je certificaten.')
  const memberId = await memberIdOfUser(req)
  if (!memberId || String(certificate.member) !== memberId) return refuse(NOT_YOUR_CERTIFICATE)
  if (certificate.status === 'revoked')
    return refuse('Dit certificaat is ingetrokken; er telt geen nascholing meer voor.')
  const window = cycleWindow(certificate)
  if (typeof data.date === 'string' && !inWindow(data.date, window)) {
    const message = `Kies een datum in deze ronde: van ${formatMoment(window.from)} tot en met ${formatMoment(window.until)}.`
    const error = new ValidationError({ collection: collection.slug, req, errors: [{ path: 'date', message }] })
    error.message = message
    throw error
  }
  return {
    ...data,
    member: memberId,
    training: String(certificate.training),
    status: 'pending',
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
  }
}
