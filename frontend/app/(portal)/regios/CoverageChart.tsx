'use client'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts'

export type CoverageBar = { name: string; coverage: number; label: string }

/** Coverage bands: below half, below target, at target. Each bar also carries its numbers as text. */
const fill = (coverage: number) =>
  coverage >= 100 ? 'var(--color-success)' : coverage >= 50 ? 'var(--color-warning)' : 'var(--color-error)'

/**
 * Every region as a bar of its coverage (therapists against the region's target), drawn by
 * Recharts. The table beside it says the same for screen readers, so the chart is hidden from
 * them and has no keyboard stops of its own.
 */
export function CoverageChart({ bars, caption }: { bars: CoverageBar[]; caption: string }) {
  return (
    <figure className="coverage-chart">
      <div aria-hidden="true">
        <BarChart
          width={720}
          height={bars.length * 26 + 40}
          data={bars}
          layout="vertical"
          margin={{ top: 8, right: 72, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} unit="%" tickCount={5} />
          <YAxis type="category" dataKey="name" width={200} interval={0} tick={{ fontSize: 12 }} />
          <Bar dataKey="coverage" isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.name} fill={fill(bar.coverage)} />
            ))}
            <LabelList dataKey="label" position="right" fontSize={12} />
          </Bar>
        </BarChart>
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  )
}
