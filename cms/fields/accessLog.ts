import type { UIField } from 'payload'
import { t } from './labels'

/** On the edit view of a collection whose reads are logged: who read this document lately (staff only). */
export const accessLogField: UIField = {
  name: 'accessLog',
  type: 'ui',
  label: t('Inzage', 'Access'),
  admin: { position: 'sidebar', components: { Field: '/components/AccessLogReads#AccessLogReads' } },
}
