/** What the HTTP edge answers: a value, or a status with a Dutch message (and per-field errors). */
export type ActionResult<T> = { ok: true; value: T } | Refusal

/** 202 is no refusal but neither a result: the run has the action and is still at work on it. */
export type RefusalStatus = 202 | 400 | 401 | 403 | 404 | 409 | 503

export type Refusal = { ok: false; status: RefusalStatus; message: string; errors?: Record<string, string> }

export const refused = (status: RefusalStatus, message: string, errors?: Record<string, string>): Refusal => ({
  ok: false as const,
  status,
  message,
  ...(errors ? { errors } : {}),
})
