import Link from 'next/link'
import { MEMBER_STATUSES } from '../../../../../src/domain/options'
import type { RegistrationTwin } from '../../../../../src/members/sameRegistration'
import { Notice } from '../../../../components/Notice'
import { getT } from '../../../../i18n/server'
import { labelOf } from '../../../../lib/format'

/** Tells staff, before they approve, who else gave this registration number (a number is one person's). */
export async function SameNumberWarning({ twins, register }: { twins: RegistrationTwin[]; register: string }) {
  if (twins.length === 0) return null
  const { t, language } = await getT()
  return (
    <Notice tone="warning" title={t('pending.sameNumberTitle')}>
      <p>{t('pending.sameNumber', { register })}</p>
      <ul>
        {twins.map((twin) => (
          <li key={twin.id}>
            <Link href={`/admin/collections/members/${twin.id}`}>{twin.displayName}</Link> (
            {labelOf(MEMBER_STATUSES, twin.status, language)})
          </li>
        ))}
      </ul>
      <p>{t('pending.sameNumberCheck')}</p>
    </Notice>
  )
}
