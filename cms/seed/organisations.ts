import type { Payload } from 'payload'
import type { Organisation } from '../payload-types'
import { idsOf, insertMissing } from './upsert'

type OrganisationSeed = Pick<Organisation, 'name' | 'type' | 'contactEmail'> & { slug: string; regions: string[] }

/** Fictional organisations, one in each founding region, of the kinds that file requests. */
export const ORGANISATIONS: OrganisationSeed[] = [
  {
    slug: 'stichting-de-schuilhaven',
    name: 'Stichting De Schuilhaven',
    type: 'vrouwenopvang',
    regions: ['amsterdam'],
    contactEmail: 'aanvragen@schuilhaven.example',
  },
  {
    slug: 'jeugdhulp-westfriesland',
    name: 'Jeugdhulp Westfriesland Samen',
    type: 'jeugdhulp',
    regions: ['alkmaar'],
    contactEmail: 'zorgteam@jeugdhulpwf.example',
  },
  {
    slug: 'mda-team-noordkop',
    name: 'MDA++-team Noordkop',
    type: 'mda-plus-plus',
    regions: ['den-helder', 'alkmaar'],
    contactEmail: 'mda@noordkop.example',
  },
  {
    slug: 'huis-aan-de-dijk',
    name: 'Huis aan de Dijk, maatschappelijke opvang Flevoland',
    type: 'maatschappelijke-opvang',
    regions: ['almere'],
    contactEmail: 'intake@huisaandedijk.example',
  },
  {
    slug: 'meldpunt-thuis-kennemerland',
    name: 'Advies- en meldteam Thuis Kennemerland',
    type: 'veilig-thuis',
    regions: ['haarlem'],
    contactEmail: 'advies@thuiskennemerland.example',
  },
  {
    slug: 'gemeente-zaanstad-wijkteams',
    name: 'Sociale wijkteams Zaanstreek-Waterland',
    type: 'gemeente',
    regions: ['zaanstad'],
    contactEmail: 'wijkteams@zaanstreek.example',
  },
]

/** The organisation the demo coordinator works for. */
export const COORDINATOR_ORGANISATION = 'stichting-de-schuilhaven'

export async function seedOrganisations(payload: Payload, regionIds: Map<string, string>) {
  const rows = ORGANISATIONS.map((org) => ({ ...org, regions: idsOf(regionIds, org.regions, 'regio') }))
  return insertMissing(payload, 'organisations', rows, { key: 'slug' })
}
