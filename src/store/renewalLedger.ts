import type { Payload } from 'payload'
import { idOf, idsOf } from '../domain/ids'
import {
  type CycleWindow,
  type LedgerEntry,
  type LedgerTotals,
  cycleWindow,
  entriesInWindow,
  percentOfRequirement,
  sessionCredits,
  sumLedger,
} from '../domain/renewalCredits'

export type RenewalLedger = {
  certificate: {
    id: string
    number: string
    status: string
    issuedAt: string
    validUntil: string
    enrollmentId: string | null
    memberId: string
    trainingId: string
    trainingTitle: string
  }
  /** "50 punten in 5 jaar": the training's requirement. */
  required: number
  validityYears: number
  window: CycleWindow
  entries: LedgerEntry[]
  totals: LedgerTotals
  percent: number
}

/**
 * The ledger of one certificate's current cycle, built at read time from the records themselves:
 * the holder's other certificates (trainings done on the platform), every group session they were
 * present at (so withdrawn attendance leaves at once and nothing is counted twice), and their own
 * activities for this certificate. Equality-only reads (FerretDB); summing happens in memory.
 */
export async function renewalLedger(payload: Payload, certificateId: string): Promise<RenewalLedger | null> {
  const certificate = await payload.findByID({
    collection: 'certificates',
    id: certificateId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!certificate) return null
  const memberId = idOf(certificate.member)!
  const trainingId = idOf(certificate.training)!
  const training = await payload.findByID({ collection: 'trainings', id: trainingId, depth: 0, overrideAccess: true })
  const window: CycleWindow = cycleWindow(certificate)

  const [trainingEntries, groupEntries, activityEntries] = await Promise.all([
    trainingsDone(payload, memberId, certificateId),
    groupSessions(payload, memberId),
    ownActivities(payload, certificateId),
  ])
  const all = [...trainingEntries, ...groupEntries, ...activityEntries]
  const totals = sumLedger(all, window)
  const required = training.renewalCredits ?? 0
  return {
    certificate: {
      id: certificateId,
      number: certificate.number,
      status: certificate.status,
      issuedAt: certificate.issuedAt,
      validUntil: certificate.validUntil,
      enrollmentId: idOf(certificate.enrollment),
      memberId,
      trainingId,
      trainingTitle: training.title,
    },
    required,
    validityYears: training.validityYears ?? 5,
    window,
    entries: entriesInWindow(all, window),
    totals,
    percent: percentOfRequirement(totals.approved, required),
  }
}

/** Other certificates of the holder (not revoked): their training's credit hours on the day of issue. */
async function trainingsDone(payload: Payload, memberId: string, exceptId: string): Promise<LedgerEntry[]> {
  const certificates = await payload.find({
    collection: 'certificates',
    where: { member: { equals: memberId } },
    pagination: false,
    depth: 1,
    select: { training: true, issuedAt: true, status: true },
    overrideAccess: true,
  })
  return certificates.docs.flatMap((doc) => {
    const training = typeof doc.training === 'object' ? doc.training : null
    if (String(doc.id) === exceptId || doc.status === 'revoked' || !training?.creditHours) return []
    return [
      {
        key: `training:${doc.id}`,
        kind: 'training' as const,
        date: doc.issuedAt,
        description: training.title,
        credits: training.creditHours,
        status: 'approved' as const,
      },
    ]
  })
}

/**
 * Sessions of the holder's supervision and intervision groups where they are in `present`. The
 * groups: those they are in now, and those of their sign-ups (someone who dropped out keeps the
 * hours of the sessions they attended).
 */
async function groupSessions(payload: Payload, memberId: string): Promise<LedgerEntry[]> {
  const signups = await payload.find({
    collection: 'group-signups',
    where: { member: { equals: memberId } },
    pagination: false,
    depth: 0,
    select: { group: true },
    overrideAccess: true,
  })
  const viaSignups = signups.docs.map((doc) => idOf(doc.group)).filter((id): id is string => id !== null)
  const select = { name: true, kind: true, sessions: { startsAt: true, durationMinutes: true, present: true } } as const
  const current = await payload.find({
    collection: 'groups',
    where: { members: { in: [memberId] } },
    pagination: false,
    depth: 0,
    select,
    overrideAccess: true,
  })
  // Groups left since: each by its id (a key lookup; a list of ids would be a full scan on FerretDB).
  const known = new Set(current.docs.map((group) => String(group.id)))
  const former = await Promise.all(
    [...new Set(viaSignups)]
      .filter((id) => !known.has(id))
      .map((id) =>
        payload.findByID({ collection: 'groups', id, depth: 0, select, overrideAccess: true, disableErrors: true }),
      ),
  )
  const groups = new Map(
    [...current.docs, ...former.filter((group) => group !== null)].map((group) => [String(group.id), group]),
  )
  return [...groups.values()].flatMap((group) =>
    (group.sessions ?? []).flatMap((session, index) => {
      if (!idsOf(session.present).includes(memberId)) return []
      const kind = group.kind === 'intervision' ? ('intervision' as const) : ('supervision' as const)
      return [
        {
          key: `group:${group.id}:${index}`,
          kind,
          date: session.startsAt,
          description: group.name,
          credits: sessionCredits(session.durationMinutes),
          status: 'approved' as const,
        },
      ]
    }),
  )
}

async function ownActivities(payload: Payload, certificateId: string): Promise<LedgerEntry[]> {
  const activities = await payload.find({
    collection: 'credit-activities',
    where: { certificate: { equals: certificateId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return activities.docs.map((doc) => ({
    key: `activity:${doc.id}`,
    kind: 'activity' as const,
    date: doc.date,
    description: doc.title,
    credits: doc.credits,
    status: doc.status,
    reason: doc.decisionReason ?? null,
  }))
}
