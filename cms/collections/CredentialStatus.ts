import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { revocationListEndpoint } from '../endpoints/credentials/revocationListEndpoint'
import { t } from '../fields/labels'
import { CREDENTIAL_STATUS_COLLECTION } from '../../src/store/credentialStatus'

/**
 * Which bit of the public revocation list belongs to which certificate. Written only by
 * src/store/credentialStatus.ts (unique on certificate and on index); staff may look.
 */
export const CredentialStatus: CollectionConfig = {
  slug: CREDENTIAL_STATUS_COLLECTION,
  labels: {
    singular: t('Statuslijstplaats', 'Status list entry'),
    plural: t('Statuslijstplaatsen', 'Status list entries'),
  },
  admin: {
    useAsTitle: 'index',
    defaultColumns: ['certificate', 'index', 'createdAt'],
    group: t('Opleiding', 'Training'),
    description: t(
      'Gezet bij het eerste credential van een certificaat; een ingetrokken certificaat zet zijn bit in de openbare lijst.',
      "Set with a certificate's first credential; a revoked certificate sets its bit in the public list.",
    ),
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  endpoints: [revocationListEndpoint],
  fields: [
    {
      name: 'certificate',
      label: t('Certificaat', 'Certificate'),
      type: 'relationship',
      relationTo: 'certificates',
      required: true,
      unique: true,
      index: true,
    },
    {
      name: 'index',
      label: t('Plaats in de lijst', 'Index in the list'),
      type: 'number',
      required: true,
      unique: true,
    },
  ],
}
