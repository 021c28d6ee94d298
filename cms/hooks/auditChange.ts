import type { CollectionAfterChangeHook } from 'payload'

const IGNORED_FIELDS = new Set([
  'updatedAt',
  'createdAt',
  'hash',
  'salt',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
])

/** Which fields changed, by name only: the audit says who did what, never the values. */
export function changedFields(previous: Record<string, unknown> | undefined, next: Record<string, unknown>): string[] {
  return Object.keys(next)
    .filter((key) => !IGNORED_FIELDS.has(key))
    .filter((key) => JSON.stringify(previous?.[key] ?? null) !== JSON.stringify(next[key] ?? null))
    .sort()
}

/** Records who created or changed a document in the audit log. */
export function auditChange(collection: string): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, operation, req }) => {
    if (req.context.skipAudit) return doc
    const fields = changedFields(operation === 'create' ? undefined : previousDoc, doc)
    if (operation === 'update' && fields.length === 0) return doc
    await req.payload.create({
      collection: 'audit-log',
      data: {
        actor: req.user?.id ?? null,
        actorLabel: req.user ? String(req.user.email ?? req.user.id) : String(req.context.actor ?? 'systeem'),
        action: operation,
        targetCollection: collection,
        targetId: String(doc.id),
        fields,
      },
      overrideAccess: true,
      req,
    })
    return doc
  }
}
