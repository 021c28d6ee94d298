import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

/** Payload's GraphQL API (POST /api/graphql), with the same access rules as REST. */
export const POST = GRAPHQL_POST(config)
export const OPTIONS = REST_OPTIONS(config)
