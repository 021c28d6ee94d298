import type { Payload } from 'payload'
import type { GroupKind, ScheduleNorms } from '../domain/schedule'

/** The groups part of Settings, with the domain.md norms where a value is missing. */
export type GroupSettings = {
  supervision: { minSize: number; maxSize: number }
  intervision: { minSize: number; maxSize: number }
  norms: ScheduleNorms
  formationDeadlineDays: number
  confirmationHours: number
  supervisorResponseHours: number
  belowMinimumDays: number
  closeAfterLastSessionDays: number
  staffEmail?: string | null
}

export async function readGroupSettings(payload: Payload): Promise<GroupSettings> {
  const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
  const g = (settings as { groups?: Record<string, any> }).groups ?? {}
  const sup = g.supervision ?? {}
  const inter = g.intervision ?? {}
  return {
    supervision: { minSize: sup.minSize ?? 2, maxSize: sup.maxSize ?? 4 },
    intervision: { minSize: inter.minSize ?? 3, maxSize: inter.maxSize ?? 8 },
    norms: {
      supervision: {
        sessions: sup.sessions ?? 10,
        intervalWeeks: sup.intervalWeeks ?? 2,
        minutesBySize: [sup.minutesFor1 ?? 60, sup.minutesFor2 ?? 90, sup.minutesFor3 ?? 120, sup.minutesFor4 ?? 150],
      },
      intervision: { meetingsPerYear: inter.meetingsPerYear ?? 4, minutes: inter.minutes ?? 90 },
    },
    formationDeadlineDays: g.formationDeadlineDays ?? 28,
    confirmationHours: g.confirmationHours ?? 168,
    supervisorResponseHours: g.supervisorResponseHours ?? 72,
    belowMinimumDays: g.belowMinimumDays ?? 28,
    closeAfterLastSessionDays: g.closeAfterLastSessionDays ?? 14,
    staffEmail: g.staffEmail,
  }
}

export const sizeNorm = (settings: GroupSettings, kind: GroupKind) => settings[kind]
