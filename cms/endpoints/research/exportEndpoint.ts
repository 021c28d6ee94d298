import type { Endpoint } from 'payload'
import { z } from 'zod'
import { parseInput } from '../../../src/domain/parseInput'
import { FIGURES, quartersBetween, researchCsv, researchFigures } from '../../../src/domain/researchFigures'
import { researchFacts } from '../../../src/store/researchFacts'
import { hasRole } from '../../access/roles'

const QUARTER = /^\d{4}-K[1-4]$/
const MAX_QUARTERS = 40
const exportQuery = z
  .object({
    format: z.enum(['csv', 'json'], 'Kies CSV of JSON.'),
    from: z.string().regex(QUARTER, 'Kies een kwartaal als 2026-K1.'),
    to: z.string().regex(QUARTER, 'Kies een kwartaal als 2026-K4.'),
  })
  .refine(({ from, to }) => from <= to, { message: 'Het eerste kwartaal ligt na het laatste.', path: ['to'] })
  .refine(({ from, to }) => quartersBetween(from, to).length <= MAX_QUARTERS, {
    message: `Kies hoogstens ${MAX_QUARTERS} kwartalen.`,
    path: ['from'],
  })

/**
 * GET /api/research-exports/export?format=csv|json&from=2026-K1&to=2026-K4 — staff and
 * researchers: the anonymous research figures (src/domain/researchFigures.ts), suppressed. The
 * export is logged before it is answered; an export that cannot be logged is not given.
 */
export const researchExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Log in om onderzoekscijfers te downloaden.' }, { status: 401 })
    if (!hasRole(req.user, 'admin', 'researcher'))
      return Response.json(
        { message: 'Alleen onderzoekers en het platformteam downloaden onderzoekscijfers.' },
        { status: 403 },
      )
    const parsed = parseInput(exportQuery, Object.fromEntries(new URL(req.url ?? '', 'http://x').searchParams))
    if (!parsed.ok) return Response.json({ message: parsed.message, errors: parsed.errors }, { status: 400 })
    const { format, from, to } = parsed.value
    const quarters = quartersBetween(from, to)
    const figures = researchFigures(await researchFacts(req.payload, quarters))
    await req.payload.create({
      collection: 'research-exports',
      data: { user: req.user.id, format, from, to, figures: [...FIGURES] },
      overrideAccess: true,
    })
    const name = `onderzoekscijfers-${from}-${to}`
    if (format === 'json')
      return Response.json(
        { quarters, suppressed: 'null: onderdrukt (1 tot en met 10, of af te leiden)', figures },
        { headers: { 'content-disposition': `attachment; filename="${name}.json"` } },
      )
    return new Response(researchCsv(figures), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}.csv"`,
      },
    })
  },
}
