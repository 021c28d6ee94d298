import type { Access } from 'payload'
import { memberIdOfUser } from './memberOfUser'

/**
 * A therapist adds activities to the ledger of their own certificates only: any account with a
 * member profile may try, and the creditActivityOwner hook refuses a certificate of someone else.
 */
export const ownCertificateHolder: Access = async ({ req }) => Boolean(req.user && (await memberIdOfUser(req)))
