import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { t } from '../fields/labels'

/** Who did what, when (AVG): field names only, no values. Written by hooks, never edited. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: t('Logregel', 'Audit entry'), plural: t('Auditlog', 'Audit log') },
  admin: {
    defaultColumns: ['createdAt', 'actorLabel', 'action', 'targetCollection', 'targetId'],
    group: t('Beheer', 'Administration'),
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  defaultSort: '-createdAt',
  fields: [
    { name: 'actor', label: t('Gebruiker', 'User'), type: 'relationship', relationTo: 'users' },
    { name: 'actorLabel', label: t('Door', 'By'), type: 'text' },
    { name: 'action', label: t('Actie', 'Action'), type: 'text', required: true },
    { name: 'targetCollection', label: t('Collectie', 'Collection'), type: 'text', required: true, index: true },
    { name: 'targetId', label: t('Document', 'Document'), type: 'text', required: true, index: true },
    { name: 'fields', label: t('Gewijzigde velden', 'Changed fields'), type: 'json' },
  ],
}
