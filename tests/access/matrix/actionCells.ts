import { WorkflowNotFoundError } from '@temporalio/client'
import { temporalClient } from '../../../workflows/client'
import { ACTIONS } from './actions'
import { type Cell, DENIED, type MatrixContext, stored } from './cells'
import { FACTORIES, type MatrixRole, ROLES } from './world'

/**
 * The workflows' own "no run (any more)" answers (workflows/<process>/client.ts): a 404 with one
 * of these came from Temporal, so the edge let the call through.
 */
const NO_RUN = [
  'Er loopt geen matching (meer) voor deze aanvraag.',
  'Deze inschrijving loopt niet (meer).',
  'Deze groep is afgesloten of bestaat niet.',
  'Er loopt geen goedkeuring voor deze behandelaar (meer).',
  'Deze wachtlijst bestaat niet meer.',
]

const runExists = async (workflowId: string) => {
  try {
    await (await temporalClient()).workflow.getHandle(workflowId).describe()
    return true
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false
    throw error
  }
}

/** A cell per action × role: refused at the edge with nothing touched, or let through. */
export function actionCells({ payload, world, rest, fixture }: MatrixContext): Cell[] {
  return Object.entries(ACTIONS).flatMap(([action, spec]) =>
    ROLES.map((role: MatrixRole) => {
      const allowed = spec.allowed.includes(role)
      const factory = spec.on && FACTORIES[spec.on.collection]![spec.on.target]!
      // An allowed call that may write gets a copy; a refused one (and every GET) the shared document.
      const copy = Boolean(factory && allowed && !factory.once && spec.method !== 'GET')
      return {
        name: `${role} ${action}`,
        expected: allowed ? 'let through' : 'refused at the edge',
        // Cells on one shared document, or counting one collection, run one at a time.
        shared: Boolean((spec.on && !copy) || spec.creates),
        lane: spec.creates ? undefined : spec.on && `${spec.on.collection}/${spec.on.target}`,
        run: async () => {
          const id = !spec.on ? '' : copy ? await factory!.make(world) : fixture[spec.on.collection]![spec.on.target]!
          const before = spec.on ? await stored(payload, spec.on.collection, id) : undefined
          const count = async () =>
            spec.creates
              ? (await payload.count({ collection: spec.creates as 'regions', overrideAccess: true })).totalDocs
              : 0
          const countBefore = await count()
          const answer = await rest.call(spec.method ?? 'POST', spec.path(id, before), role, spec.body?.(world))
          const message = String(answer.json?.message ?? '')
          const got = `${answer.status} ${JSON.stringify(answer.json).slice(0, 140)}`
          if (answer.status >= 500) return got
          const refused = DENIED.includes(answer.status) && !NO_RUN.includes(message)
          if (allowed) return refused ? got : null
          if (!refused) return got
          if (spec.on && (await stored(payload, spec.on.collection, id))?.updatedAt !== before?.updatedAt)
            return `${answer.status}, but the document was written`
          if ((await count()) !== countBefore) return `${answer.status}, but a document was created`
          if (spec.run && (await runExists(spec.run(id)))) return `${answer.status}, but the run was started`
          return null
        },
      }
    }),
  )
}
