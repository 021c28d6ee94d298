/** A coverage bar with its numbers in text, so it reads well without the bar. */
export function Meter({ value, max, label }: { value: number; max: number; label: string }) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 100
  return (
    <div className="meter" role="meter" aria-valuenow={value} aria-valuemin={0} aria-valuemax={max} aria-label={label}>
      <div
        className="meter__bar"
        style={{ width: `${percent}%` }}
        data-level={percent >= 100 ? 'full' : percent >= 50 ? 'half' : 'low'}
      />
    </div>
  )
}
