/** mulberry32: a tiny seeded PRNG, so every seed run generates the very same people. */
export function createRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const chance = (p: number) => next() < p
  /** `count` distinct items, in the order of `items`. */
  const some = <T>(items: readonly T[], count: number): T[] => {
    const chosen = new Set<number>()
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(next() * items.length))
    return [...chosen].sort((a, b) => a - b).map((i) => items[i] as T)
  }
  const digits = (length: number) => Array.from({ length }, (_, i) => (i === 0 ? int(1, 9) : int(0, 9))).join('')
  return { next, int, pick, chance, some, digits }
}
