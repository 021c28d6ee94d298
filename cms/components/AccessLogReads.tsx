import type { UIFieldServerProps, Where } from 'payload'
import { hasRole } from '../access/roles'
import { t } from '../fields/labels'

const SHOWN = 10
const TEXT = {
  title: t('Recente inzage', 'Recent reads'),
  none: t('Nog door niemand ingezien.', 'Not read by anyone yet.'),
  all: t('Alle inzage van dit document', 'Every read of this document'),
}

/**
 * The sidebar of a document whose reads are logged: the last reads of it (who, when, how)
 * and a link to the access-log list filtered on it. Staff only, like the log itself.
 */
export async function AccessLogReads({ id, collectionSlug, req, i18n }: UIFieldServerProps) {
  if (!id || !hasRole(req.user, 'admin')) return null
  const say = (text: { nl: string; en: string }) => (i18n.language === 'en' ? text.en : text.nl)
  // Equality on both indexed fields: FerretDB 1.24 filters these in the database and sorts the few left.
  const where: Where = { and: [{ targetCollection: { equals: collectionSlug } }, { targetId: { equals: String(id) } }] }
  const reads = await req.payload.find({
    collection: 'access-log',
    where,
    sort: '-createdAt',
    limit: SHOWN,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const admin = req.payload.config.routes.admin
  const query = `where[targetCollection][equals]=${encodeURIComponent(collectionSlug)}&where[targetId][equals]=${encodeURIComponent(String(id))}`
  return (
    <div className="field-type access-log-reads">
      <h4>{say(TEXT.title)}</h4>
      {reads.docs.length === 0 ? (
        <p>{say(TEXT.none)}</p>
      ) : (
        <ul>
          {reads.docs.map((read) => (
            <li key={String(read.id)}>
              {new Date(read.createdAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL')} · {read.actorLabel}{' '}
              · {read.route}
            </li>
          ))}
        </ul>
      )}
      <a href={`${admin}/collections/access-log?${query}`}>
        {say(TEXT.all)} ({reads.totalDocs})
      </a>
    </div>
  )
}
