import type { Payload } from 'payload'
import { seedArticles } from './articles'
import { seedCertificates } from './certificates'
import { seedExpertise } from './expertise'
import { seedOrganisations } from './organisations'
import { seedPeople } from './people'
import { backfillPlaces } from './places'
import { backfillCertifiedMethods } from './certifiedMethods'
import { backfillReachRegions } from './reachRegions'
import { seedRegions } from './regions'
import { seedTherapists } from './therapists'
import { seedTrainings } from './trainings'
import type { Counts } from './upsert'

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './people'
export type { Counts } from './upsert'

export type SeedSummary = {
  regions: Counts
  expertise: Counts
  organisations: Counts
  users: Counts
  members: Counts
  articles: Counts
  trainings: Counts
  certificates: Counts
  durationMs: number
}

const sum = (a: Counts, b: Counts): Counts => ({
  created: a.created + b.created,
  unchanged: a.unchanged + b.unchanged,
})

/**
 * Fills in the demo data that is missing. Every document is found by its natural key (slug,
 * e-mail, registration or certificate number) and created only when absent; an existing one
 * is never written again, whoever changed it since. Counters are never seeded over: free
 * places are created once per profile (./places.ts). Order follows the relations.
 */
export async function seed(payload: Payload): Promise<SeedSummary> {
  const started = Date.now()
  const [regions, expertise] = await Promise.all([seedRegions(payload), seedExpertise(payload)])
  const organisations = await seedOrganisations(payload, regions.ids)
  const people = await seedPeople(payload, organisations.ids)
  const [therapists, articles, trainings] = await Promise.all([
    seedTherapists(payload, {
      regionIds: regions.ids,
      neighbours: regions.neighbours,
      expertiseIds: expertise.ids,
      peopleIds: people.ids,
    }),
    seedArticles(payload, expertise.ids),
    seedTrainings(payload, { expertise: expertise.ids, regions: regions.ids, people: people.ids }),
  ])
  await backfillReachRegions(payload)
  await backfillPlaces(payload)
  await backfillCertifiedMethods(payload)
  const certificates = await seedCertificates(payload, {
    memberByEmail: therapists.memberIdByEmail,
    trainings: trainings.ids,
    expertise: expertise.ids,
  })
  return {
    regions: regions.counts,
    expertise: expertise.counts,
    organisations: organisations.counts,
    users: sum(people.counts, therapists.users),
    members: therapists.members,
    articles: articles.counts,
    trainings: trainings.counts,
    certificates: certificates.counts,
    durationMs: Date.now() - started,
  }
}
