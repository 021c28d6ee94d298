import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import {
  assignSupervisorByStaff,
  dropOutOfGroup,
  recordAttendance,
  respondAsSupervisor,
  respondToGroup,
} from '../../../workflows/group/client'
import type { ActionResult } from '../../../src/actionResult'
import { idOf } from '../../../src/domain/ids'
import { temporalClient } from '../../../workflows/client'
import type { GroupState } from '../../../workflows/group/messages'
import { memberIdOfUser } from '../../access/memberOfUser'
import { hasRole } from '../../access/roles'
import { DOCUMENT_ID, isDocumentId, parseInput } from '../../../src/domain/parseInput'
import { readJson } from '../readJson'

const answerSchema = z.object({ accept: z.boolean('Kies bevestigen of afzeggen.') })
const assignSchema = z.object({
  supervisorId: z.string('Kies een supervisor.').regex(DOCUMENT_ID, 'Kies een supervisor.'),
})
const attendanceSchema = z.object({
  sessionIndex: z
    .number('Kies een bijeenkomst.')
    .int('Kies een bijeenkomst.')
    .min(0, 'Kies een bijeenkomst.')
    .max(100, 'Kies een bijeenkomst.'),
  present: z
    .array(
      z.string('Kies deelnemers uit de groep.').regex(DOCUMENT_ID, 'Kies deelnemers uit de groep.'),
      'Geef de aanwezigen als lijst.',
    )
    .max(12, 'Te veel deelnemers.'),
})

const fail = (status: number, message: string, errors: Record<string, string> = {}) =>
  Response.json({ message, errors }, { status })
const groupIdOf = (req: PayloadRequest) => String(req.routeParams?.id ?? '')
const answer = (result: ActionResult<GroupState>) =>
  result.ok ? Response.json({ phase: result.value.phase }) : fail(result.status, result.message)

/**
 * Whether the user may read the group (groupsRead: they are in it or were proposed for it, they
 * lead it or were offered it; staff). Someone else's group is refused here, before a run is
 * asked; what fits the group's state stays the workflow's validators' to say.
 */
async function readsGroup(req: PayloadRequest): Promise<boolean> {
  if (!isDocumentId(groupIdOf(req))) return false
  const group = await req.payload
    .findByID({ collection: 'groups', id: groupIdOf(req), depth: 0, overrideAccess: false, req, disableErrors: true })
    .catch(() => null)
  return Boolean(group)
}
const NOT_YOUR_GROUP = 'Deze groep bestaat niet, of je hoort er niet bij.'

async function parse<T>(req: PayloadRequest, schema: z.ZodType<T>): Promise<T | Response> {
  const input = await readJson(req)
  if (!input.ok) return input.response
  const body = parseInput(schema, input.body)
  return body.ok ? body.value : fail(400, body.message, body.errors)
}

/** POST /api/groups/:id/respond — a proposed therapist confirms or declines. */
const respond: Endpoint = {
  path: '/:id/respond',
  method: 'post',
  handler: async (req) => {
    const memberId = req.user ? await memberIdOfUser(req) : null
    if (!memberId) return fail(403, 'Alleen behandelaars kunnen een plek bevestigen.')
    if (!(await readsGroup(req))) return fail(404, NOT_YOUR_GROUP)
    const body = await parse(req, answerSchema)
    if (body instanceof Response) return body
    return answer(await respondToGroup(await temporalClient(), groupIdOf(req), memberId, body.accept))
  },
}

/** POST /api/groups/:id/supervisor-response — the supervisor the group is offered to accepts or declines. */
const supervisorResponse: Endpoint = {
  path: '/:id/supervisor-response',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'supervisor')) return fail(403, 'Alleen supervisors kunnen een groep aannemen.')
    if (!(await readsGroup(req))) return fail(404, NOT_YOUR_GROUP)
    const body = await parse(req, answerSchema)
    if (body instanceof Response) return body
    return answer(await respondAsSupervisor(await temporalClient(), groupIdOf(req), String(req.user!.id), body.accept))
  },
}

/** POST /api/groups/:id/assign-supervisor — staff assign a supervisor when none was found. */
const assignSupervisor: Endpoint = {
  path: '/:id/assign-supervisor',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return fail(403, 'Alleen het platformteam kan een supervisor toewijzen.')
    const body = await parse(req, assignSchema)
    if (body instanceof Response) return body
    const supervisor = await req.payload.findByID({
      collection: 'users',
      id: body.supervisorId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!supervisor || !hasRole(supervisor, 'supervisor')) return fail(400, 'Deze gebruiker is geen supervisor.')
    return answer(
      await assignSupervisorByStaff(await temporalClient(), groupIdOf(req), body.supervisorId, String(req.user!.id)),
    )
  },
}

/** POST /api/groups/:id/attendance — the group's supervisor (or staff) records who attended a session. */
const attendance: Endpoint = {
  path: '/:id/attendance',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return fail(401, 'Log eerst in.')
    const group = isDocumentId(groupIdOf(req))
      ? await req.payload.findByID({
          collection: 'groups',
          id: groupIdOf(req),
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
      : null
    if (!group) return fail(404, 'Deze groep bestaat niet.')
    const leads = idOf(group.supervisor) === String(req.user.id)
    if (!leads && !hasRole(req.user, 'admin'))
      return fail(403, 'Alleen de supervisor van de groep legt de aanwezigheid vast.')
    const body = await parse(req, attendanceSchema)
    if (body instanceof Response) return body
    return answer(
      await recordAttendance(await temporalClient(), groupIdOf(req), {
        sessionIndex: body.sessionIndex,
        presentMemberIds: body.present,
        recordedBy: String(req.user.id),
      }),
    )
  },
}

/** POST /api/groups/:id/drop-out — a participant leaves a running group; the waiting list fills the place. */
const dropOut: Endpoint = {
  path: '/:id/drop-out',
  method: 'post',
  handler: async (req) => {
    const memberId = req.user ? await memberIdOfUser(req) : null
    if (!memberId) return fail(403, 'Alleen deelnemers kunnen zich afmelden.')
    if (!(await readsGroup(req))) return fail(404, NOT_YOUR_GROUP)
    return answer(await dropOutOfGroup(await temporalClient(), groupIdOf(req), memberId))
  },
}

export const groupEndpoints: Endpoint[] = [respond, supervisorResponse, assignSupervisor, attendance, dropOut]
