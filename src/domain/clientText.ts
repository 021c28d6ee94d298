import type { z } from 'zod'
import { clientDataProblem } from './pii'

/**
 * The client-data guard as a zod refinement, for every free-text field an endpoint
 * accepts: `z.string().max(1000).optional().superRefine(withoutClientData('De reden'))`.
 */
export const withoutClientData =
  (label: string) =>
  (value: string | null | undefined, ctx: z.RefinementCtx): void => {
    const problem = clientDataProblem(label, value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message })
  }
