/** Polls `check` until it returns a truthy value (work done by a worker or an activity). */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<T> {
  const since = Date.now()
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() - since > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
