/** Small helpers the benchmark drivers share. */

/** Runs `run` over `items` with at most `size` at a time. */
export async function pool<T>(items: T[], size: number, run: (item: T, index: number) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const index = next++
        await run(items[index]!, index)
      }
    }),
  )
}

/** Deterministic pseudo-random numbers, so every run seeds the same data. */
export function prng(seed: number) {
  let state = seed
  return () => (state = (state * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits
