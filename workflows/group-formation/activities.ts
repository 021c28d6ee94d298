import type { Payload } from 'payload'
import { config } from '../../src/config'
import { type Slot, isSlot, slotLabel } from '../../src/domain/availability'
import { requiredIdOf } from '../../src/domain/ids'
import { readGroupSettings } from '../../src/groups/settings'
import { themeLabel } from '../../src/groups/themes'
import { signupConfirmationMessage } from '../../src/mail/groupTemplates'
import { memberContact } from '../../src/mail/recipients'
import { sendMailOnce } from '../../src/mail/sendMailOnce'
import type { GroupKind, SignupConfirmation } from './messages'

export type NewGroup = {
  formationRef: string
  kind: GroupKind
  regionId: string
  theme: string
  slot: string
  online: boolean
  signupIds: string[]
}

const KIND_LABEL: Record<GroupKind, string> = { supervision: 'Supervisie', intervision: 'Intervisie' }

/** Activities of the formation pool; each is safe to retry. */
export function createGroupFormationActivities(payload: Payload) {
  return {
    async formationNorms(kind: GroupKind): Promise<{ minSize: number; maxSize: number; deadlineDays: number }> {
      const settings = await readGroupSettings(payload)
      return { ...settings[kind], deadlineDays: settings.formationDeadlineDays }
    },

    /**
     * The therapist's mail that their sign-up is in the pool (once per sign-up: the mail key).
     * A sign-up withdrawn before this runs gets none: there is nothing left to confirm.
     */
    async mailSignupConfirmation({ signupId, poolSince }: SignupConfirmation): Promise<void> {
      const signup = await payload.findByID({
        collection: 'group-signups',
        id: signupId,
        depth: 0,
        overrideAccess: true,
      })
      if (signup.status === 'withdrawn') return
      const contact = await memberContact(payload, requiredIdOf(signup.member, `sign-up ${signupId} member`))
      const language = contact.language ?? 'nl'
      const region = await payload.findByID({
        collection: 'regions',
        id: requiredIdOf(signup.region, `sign-up ${signupId} region`),
        depth: 0,
        select: { name: true },
        overrideAccess: true,
      })
      const settings = await readGroupSettings(payload)
      const deadline = new Date(Date.parse(poolSince) + settings.formationDeadlineDays * 86_400_000).toISOString()
      await sendMailOnce(
        payload,
        `group-signup:${signupId}:confirmation`,
        contact.email,
        signupConfirmationMessage(
          contact.name,
          {
            kind: signup.kind,
            themeLabel: themeLabel(signup.theme, language),
            regionName: region.name,
            slotLabels: (signup.availability ?? []).filter(isSlot).map((slot) => slotLabel(slot, language)),
            onlineAllowed: signup.onlineAllowed !== false,
            ...settings[signup.kind],
            deadline,
          },
          `${config.PUBLIC_URL}/groepen`,
          language,
        ),
      )
    },

    /** The sign-up leaves the pool; its unique key is freed so the therapist may sign up again later. */
    async markSignupWithdrawn(signupId: string): Promise<void> {
      const signup = await payload.findByID({
        collection: 'group-signups',
        id: signupId,
        depth: 0,
        overrideAccess: true,
      })
      if (signup.status === 'withdrawn') return
      await payload.update({
        collection: 'group-signups',
        id: signupId,
        data: { status: 'withdrawn', group: null, activeKey: `ended:${signupId}` },
        overrideAccess: true,
        context: { actor: 'group-formation' },
      })
    },

    /** Creates the proposed group once per formation reference (a retry finds the first). */
    async createProposedGroup(group: NewGroup): Promise<string> {
      const existing = await findByRef(payload, group.formationRef)
      if (existing) return existing
      const region = await payload.findByID({
        collection: 'regions',
        id: group.regionId,
        depth: 0,
        overrideAccess: true,
      })
      const sequence = group.formationRef.split('#').pop()
      const name = `${KIND_LABEL[group.kind]} ${group.theme} — ${region.name} (${slotLabel(group.slot as Slot)}) #${sequence}`
      try {
        const created = await payload.create({
          collection: 'groups',
          data: {
            name,
            kind: group.kind,
            region: group.regionId,
            theme: group.theme,
            slot: group.slot as Slot,
            online: group.online,
            status: 'proposed',
            formationRef: group.formationRef,
          },
          overrideAccess: true,
          context: { actor: 'group-formation' },
        })
        return String(created.id)
      } catch (error) {
        const raced = await findByRef(payload, group.formationRef)
        if (raced) return raced
        throw error
      }
    },
  }
}

async function findByRef(payload: Payload, formationRef: string): Promise<string | null> {
  const found = await payload.find({
    collection: 'groups',
    where: { formationRef: { equals: formationRef } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0] ? String(found.docs[0].id) : null
}
