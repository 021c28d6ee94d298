import type { Endpoint } from 'payload'
import { actOnEnrollment } from './act'
import { enrolInTraining } from './enrol'
import { certificationProgress } from './progress'
import { temporalClient } from '../../../workflows/client'
import { startCertification } from '../../../workflows/certification/client'
import { readJson } from '../readJson'

/** POST /api/enrollments/enrol { training } — a therapist enrols (place or waiting list). */
const enrol: Endpoint = {
  path: '/enrol',
  method: 'post',
  handler: async (req) => {
    const input = await readJson(req)
    if (!input.ok) return input.response
    const result = await enrolInTraining(req.payload, req.user ?? null, input.body, (id) => startCertification(id))
    if (!result.ok)
      return Response.json({ message: result.message, errors: result.errors ?? {} }, { status: result.status })
    return Response.json(
      { enrollmentId: result.enrollmentId, workflowId: result.workflowId },
      { status: 202, headers: { Location: `/api/enrollments/${result.enrollmentId}/progress` } },
    )
  },
}

/** POST /api/enrollments/:id/actions { action, ... } — step actions of the therapist and the trainer. */
const actions: Endpoint = {
  path: '/:id/actions',
  method: 'post',
  handler: async (req) => {
    const input = await readJson(req)
    if (!input.ok) return input.response
    const result = await actOnEnrollment(
      req.payload,
      await temporalClient(),
      req.user ?? null,
      String(req.routeParams?.id ?? ''),
      input.body,
    )
    if (!result.ok)
      return Response.json({ message: result.message, errors: result.errors ?? {} }, { status: result.status })
    return Response.json(result.progress)
  },
}

/** GET /api/enrollments/:id/progress — the workflow's `progress` query, for whoever may read the enrolment. */
const progress: Endpoint = {
  path: '/:id/progress',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Log in om dit te bekijken.' }, { status: 401 })
    const result = await certificationProgress(
      req.payload,
      await temporalClient(),
      req.user,
      String(req.routeParams?.id ?? ''),
    )
    if (!result)
      return Response.json({ message: 'Deze inschrijving bestaat niet, of je mag haar niet zien.' }, { status: 404 })
    return Response.json(result)
  },
}

export const certificationEndpoints: Endpoint[] = [enrol, actions, progress]
