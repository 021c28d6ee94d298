import type { FieldAccess } from 'payload'

/**
 * A field the system maintains (workflow ids, statuses, owners, its timestamps): no
 * user writes it, staff included. The workflows and endpoints write it through the
 * Local API with overrideAccess. Payload drops a value sent for it and keeps the stored one.
 */
export const systemOnly: FieldAccess = () => false
