/**
 * Adds the demo data that is missing; what exists is never changed (safe to run again).
 *   node scripts/ts.mjs scripts/seed.ts
 */
import { getPayload } from 'payload'
import config from '../cms/payload.config'
import { DEMO_ACCOUNTS, seed, type Counts, type SeedSummary } from '../cms/seed'

const LABELS: Record<Exclude<keyof SeedSummary, 'durationMs'>, string> = {
  regions: 'regio’s',
  expertise: 'expertise',
  organisations: 'organisaties',
  users: 'gebruikers',
  members: 'behandelaars',
  articles: 'artikelen',
  trainings: 'opleidingen',
  certificates: 'certificaten',
}

const line = (label: string, { created, unchanged }: Counts) =>
  `  ${label.padEnd(14)} ${created} nieuw, ${unchanged} al aanwezig (niet aangeraakt)`

async function main() {
  const payload = await getPayload({ config })
  try {
    const summary = await seed(payload)
    console.log(`Demodata klaar in ${(summary.durationMs / 1000).toFixed(1)} s:`)
    for (const [key, label] of Object.entries(LABELS)) console.log(line(label, summary[key as keyof typeof LABELS]))
    console.log('Demo-accounts (wachtwoord voor allemaal: ' + DEMO_ACCOUNTS[0]!.password + '):')
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(12)} ${account.email}`)
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('Seed mislukt:', error instanceof Error ? (error.stack ?? error.message) : error)
    process.exit(1)
  },
)
