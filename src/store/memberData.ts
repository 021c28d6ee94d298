import type { Payload } from 'payload'

/**
 * Everything the platform holds about one therapist, for their own download (AVG art. 15 and 20):
 * their account, profile, offers and answers, matches, trainings, certificates, continuing education
 * added for renewal, group sign-ups,
 * availability confirmations, and when their profile was read by others. Left out: what is about
 * families (an offer's copy of the request, the follow-up answer), other people's details, and
 * secrets (password hash, sessions, tokens).
 */
type Section = { collection: string; field: string; select: Record<string, unknown> }

const BY_MEMBER: Record<string, Section> = {
  offers: {
    collection: 'offers',
    field: 'member',
    select: {
      request: true,
      status: true,
      reasons: true,
      deadline: true,
      answeredAt: true,
      declineReason: true,
      counterStart: true,
      counterHours: true,
      createdAt: true,
    },
  },
  matches: {
    collection: 'matches',
    field: 'member',
    select: {
      request: true,
      confirmedAt: true,
      startDate: true,
      hoursPerWeek: true,
      followUp: { started: true, answeredAt: true },
    },
  },
  enrolments: {
    collection: 'enrollments',
    field: 'member',
    select: {
      training: true,
      status: true,
      percent: true,
      enrolledAt: true,
      waitingSince: true,
      activatedAt: true,
      endedAt: true,
      endedReason: true,
      certificate: true,
    },
  },
  certificates: {
    collection: 'certificates',
    field: 'member',
    select: {
      number: true,
      holderName: true,
      training: true,
      issuedAt: true,
      validUntil: true,
      status: true,
      revocation: { reason: true, revokedAt: true },
      renewals: true,
    },
  },
  groupSignUps: {
    collection: 'group-signups',
    field: 'member',
    select: {
      kind: true,
      region: true,
      theme: true,
      availability: true,
      onlineAllowed: true,
      status: true,
      group: true,
      signedUpAt: true,
    },
  },
  creditActivities: {
    collection: 'credit-activities',
    field: 'member',
    select: {
      certificate: true,
      title: true,
      date: true,
      credits: true,
      description: true,
      proofUrl: true,
      status: true,
      decisionReason: true,
      decidedAt: true,
      createdAt: true,
    },
  },
  availabilityConfirmations: {
    collection: 'availability-confirmations',
    field: 'member',
    select: { confirmedAt: true },
  },
}

async function all(payload: Payload, { collection, field, select }: Section, value: string) {
  const found = await payload.find({
    collection: collection as 'offers',
    where: { [field]: { equals: value } },
    pagination: false,
    depth: 0,
    select: select as never,
    overrideAccess: true,
  })
  return found.docs
}

export async function memberDataExport(payload: Payload, memberId: string, userId: string, now = new Date()) {
  const [account, profile, sections, reads] = await Promise.all([
    payload.findByID({
      collection: 'users',
      id: userId,
      depth: 0,
      select: { name: true, email: true, roles: true, language: true, createdAt: true },
      overrideAccess: true,
    }),
    payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true }),
    Promise.all(
      Object.entries(BY_MEMBER).map(async ([name, section]) => [name, await all(payload, section, memberId)]),
    ),
    payload.find({
      collection: 'access-log',
      where: { targetId: { equals: memberId } },
      pagination: false,
      depth: 0,
      select: { targetCollection: true, via: true, createdAt: true },
      overrideAccess: true,
    }),
  ])
  return {
    exportedAt: now.toISOString(),
    explanation:
      'Alle gegevens die Drakentemmers over jou bewaart. Gegevens over gezinnen (de toelichting bij een aanvraag) en over anderen staan er niet in.',
    account,
    profile,
    ...Object.fromEntries(sections),
    // Who read your profile is kept in the access log; listed here is when and how, not by whom.
    profileReads: reads.docs.filter((entry) => entry.targetCollection === 'members'),
  }
}
