import { z } from 'zod'

/**
 * The one home of configuration: every variable the web, worker, seed and tests read.
 * Defaults are the embedded local services that `npm start` brings up; production
 * (docker-compose.yml) sets each of them explicitly.
 */
const isProduction = process.env.NODE_ENV === 'production'

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  // Like every local service the web listens on loopback only; a container sets HOST=0.0.0.0.
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  PAYLOAD_SECRET: isProduction
    ? z.string().min(32, 'PAYLOAD_SECRET moet in productie minstens 32 tekens lang zijn')
    : z.string().min(1).default('drakentemmers-lokaal-alleen-voor-ontwikkeling'),
  DATABASE_URL: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'DATABASE_URL moet een mongodb:// URL zijn')
    .default('mongodb://127.0.0.1:27017/drakentemmers'),
  /** FerretDB lacks transactions and some aggregation stages; production MongoDB does not. */
  DATABASE_COMPAT: z.enum(['ferretdb', 'mongodb']).default(isProduction ? 'mongodb' : 'ferretdb'),
  TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default('drakentemmers'),
  TEMPORAL_UI_URL: z.url().default('http://localhost:8233'),
  SMTP_HOST: z.string().default('127.0.0.1'),
  SMTP_PORT: z.coerce.number().int().positive().default(1025),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  MAIL_FROM_ADDRESS: z.email().default('noreply@drakentemmers.example'),
  MAIL_FROM_NAME: z.string().default('Drakentemmers'),
  /**
   * The issuer's RSA private key (PKCS#8 PEM) that signs Open Badges credentials; the public
   * half is served at /.well-known/did.json. A secret in production; locally generated once
   * into .data/credential-signing-key.pem. Its form is checked when the web starts
   * (src/credentials/signingKey.ts): the build only sets a placeholder.
   */
  CREDENTIAL_SIGNING_KEY: isProduction
    ? z
        .string({ error: 'CREDENTIAL_SIGNING_KEY is in productie verplicht (RSA-sleutel, PKCS#8 PEM)' })
        .min(1, 'CREDENTIAL_SIGNING_KEY is in productie verplicht (RSA-sleutel, PKCS#8 PEM)')
    : z.string().optional(),
  /** Where uploaded images are stored (a volume in production). */
  MEDIA_DIR: z.string().default('.data/media'),
})

export type Config = z.infer<typeof envSchema>

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = envSchema.safeParse(env)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Ongeldige configuratie (omgevingsvariabelen):\n  ${problems.join('\n  ')}`)
  }
  return result.data
}

export const config: Config = parseConfig(process.env)
