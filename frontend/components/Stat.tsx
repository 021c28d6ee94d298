/** A key figure: big number, short label. */
export function Stat({ value, label, detail }: { value: number | string; label: string; detail?: string }) {
  return (
    <div className="stat">
      <p className="stat__value">{value}</p>
      <p className="stat__label">{label}</p>
      {detail && <p className="stat__detail">{detail}</p>}
    </div>
  )
}
