/** An id as a string, from a string, an ObjectId (its `id` is raw bytes) or a populated document. */
function idOf(value: unknown): string | null {
  if (!value) return null
  if (typeof value === 'object' && 'toHexString' in value) return (value as { toHexString(): string }).toHexString()
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return String(value)
}

/** The regions a therapist works in: the home region and every region served, each once. */
export function reachRegionsOf(homeRegion: unknown, regionsServed: unknown): string[] {
  const served = Array.isArray(regionsServed) ? regionsServed : []
  return [...new Set([homeRegion, ...served].map(idOf).filter((id): id is string => id !== null))]
}
