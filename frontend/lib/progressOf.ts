import type { Enrollment } from '../../cms/payload-types'
import type { CertificationProgress } from '../../workflows/certification/messages'

/** The workflow state saved on the enrolment (null before the workflow's first save). */
export function progressOf(enrollment: Pick<Enrollment, 'progress'>): CertificationProgress | null {
  const value = enrollment.progress as CertificationProgress | null | undefined
  return value && Array.isArray(value.steps) ? value : null
}
