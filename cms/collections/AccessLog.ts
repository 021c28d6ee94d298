import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { option, t } from '../fields/labels'

/**
 * Who saw what (NEN 7513): one entry per document a person read of the sensitive
 * collections (see cms/hooks/accessLog/logReads.ts). Append-only: only that hook writes it,
 * through the mongoose model; nobody creates, changes or deletes an entry through Payload,
 * staff included. Staff read it, per document in the sidebar of its edit view (cms/fields/accessLog.ts).
 */
export const AccessLog: CollectionConfig = {
  slug: 'access-log',
  labels: { singular: t('Inzage', 'Access entry'), plural: t('Inzagelog', 'Access log') },
  admin: {
    defaultColumns: ['createdAt', 'actorLabel', 'targetCollection', 'targetId', 'via', 'route'],
    group: t('Beheer', 'Administration'),
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'actor', label: t('Gebruiker', 'User'), type: 'relationship', relationTo: 'users', index: true },
    { name: 'actorLabel', label: t('Door', 'By'), type: 'text', required: true },
    { name: 'targetCollection', label: t('Collectie', 'Collection'), type: 'text', required: true, index: true },
    { name: 'targetId', label: t('Document', 'Document'), type: 'text', required: true, index: true },
    {
      name: 'via',
      label: t('Hoe', 'How'),
      type: 'select',
      required: true,
      options: [
        option('by-id', 'Eén document', 'One document'),
        option('list', 'In een lijst', 'In a list'),
        option('populated', 'Meegeladen met een ander document', 'Loaded with another document'),
      ],
    },
    {
      name: 'route',
      label: t('Route', 'Route'),
      type: 'text',
      required: true,
      admin: {
        description: t(
          'REST <methode> <pad>, admin <pad>, portaal <pagina>, GraphQL of local (Local API met een gebruiker).',
          'REST <method> <path>, admin <path>, portal <page>, GraphQL or local (Local API with a user).',
        ),
      },
    },
  ],
}
