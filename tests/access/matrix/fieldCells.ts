import { FACTORIES, ROLES, type MatrixRole } from './world'
import { FIELDS, FIELD_TARGETS } from './fields'
import { MATRIX } from './table'
import { bodyAt, type Cell, type MatrixContext, stored, valueAt } from './cells'

/**
 * The cells of the sensitive fields (fields.ts): a read cell per role × target × field (GET by
 * id and a list, one fetch per role and document), a write cell per reader × target × field.
 */
const allows = (who: readonly MatrixRole[] | undefined, role: MatrixRole) => Boolean(who?.includes(role))
const shown = (doc: Record<string, unknown> | undefined, field: string) => valueAt(doc, field) !== undefined

/** Makes the documents only the field cells read, and gives the read targets the values to hide. */
export async function prepareFieldTargets(context: MatrixContext) {
  const { payload, world, fixture } = context
  const own: Record<string, Record<string, string>> = {}
  for (const [collection, spec] of Object.entries(FIELDS)) {
    own[collection] = { ...fixture[collection] }
    for (const [target, make] of Object.entries(FIELD_TARGETS[collection] ?? {}))
      own[collection]![target] = await make(world)
    for (const [target, fill] of Object.entries(spec.fill ?? {}))
      await payload.update({
        collection: collection as 'regions',
        id: own[collection]![target]!,
        data: fill(world) as never,
        overrideAccess: true,
      })
  }
  return own
}

export function fieldReadCells(context: MatrixContext, targets: Record<string, Record<string, string>>): Cell[] {
  const seen = new Map<string, Promise<{ byId?: Record<string, unknown>; inList?: Record<string, unknown> }>>()
  const fetchAs = (role: MatrixRole, collection: string, id: string) => {
    const key = `${role} ${collection} ${id}`
    if (!seen.has(key))
      seen.set(
        key,
        (async () => {
          const byId = await context.rest.call('GET', `/api/${collection}/${id}?depth=0`, role)
          const list = await context.rest.call('GET', `/api/${collection}?depth=0&where[id][equals]=${id}`, role)
          return {
            byId: byId.status === 200 ? byId.json : undefined,
            inList: list.status === 200 ? (list.json.docs?.[0] as Record<string, unknown> | undefined) : undefined,
          }
        })(),
      )
    return seen.get(key)!
  }
  return Object.entries(FIELDS).flatMap(([collection, { fields }]) =>
    Object.entries(fields).flatMap(([field, rule]) =>
      Object.entries(rule.read ?? {}).flatMap(([target, who]) =>
        ROLES.map((role) => ({
          name: `${role} read ${collection}/${target}.${field}`,
          expected: allows(who, role) ? 'visible' : 'hidden',
          run: async () => {
            const { byId, inList } = await fetchAs(role, collection, targets[collection]![target]!)
            const visible = allows(who, role)
            const problems = [
              shown(byId, field) === visible ? null : `${shown(byId, field) ? 'visible' : 'hidden'} by id`,
              shown(inList, field) === visible ? null : `${shown(inList, field) ? 'visible' : 'hidden'} in a list`,
            ].filter(Boolean)
            return problems.length === 0 ? null : problems.join(', ')
          },
        })),
      ),
    ),
  )
}

export function fieldWriteCells(context: MatrixContext): Cell[] {
  const { payload, world, rest, fixture } = context
  return Object.entries(FIELDS).flatMap(([collection, { fields }]) =>
    Object.entries(fields).flatMap(([field, rule]) =>
      Object.entries(rule.write?.allowed ?? {}).flatMap(([target, who]) =>
        (MATRIX[collection]!.read[target] ?? []).map((role) => {
          const expected = allows(who, role)
          const factory = FACTORIES[collection]![target]!
          return {
            name: `${role} write ${collection}/${target}.${field}`,
            expected: expected ? 'changed' : 'refused or ignored',
            shared: Boolean(factory.once),
            // An account's roles and organisation decide what every other cell may: those run alone.
            lane: collection === 'users' ? undefined : `${collection}/${target}`,
            run: async () => {
              // An allowed write gets a copy of its own where the target can be copied; on one
              // account's own document (run alone) the value is put back afterwards.
              const id = expected && !factory.once ? await factory.make(world) : fixture[collection]![target]!
              const before = await stored(payload, collection, id)
              const top = field.split('.')[0]!
              const value = await rule.write!.value(world, valueAt(before, field))
              const answer = await rest.call('PATCH', `/api/${collection}/${id}`, role, bodyAt(field, value))
              const after = await stored(payload, collection, id)
              const changed = JSON.stringify(valueAt(after, field)) !== JSON.stringify(valueAt(before, field))
              if (changed && factory.once && !rule.write!.keep)
                await payload.update({
                  collection: collection as 'regions',
                  id,
                  data: { [top]: before?.[top] ?? null } as never,
                  overrideAccess: true,
                })
              const got = `${answer.status}${answer.status >= 400 ? ` ${JSON.stringify(answer.json).slice(0, 120)}` : ''}, stored ${changed ? 'changed' : 'unchanged'}`
              if (expected) return answer.status === 200 && changed ? null : got
              return answer.status < 500 && !changed ? null : got
            },
          }
        }),
      ),
    ),
  )
}
