import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compatibilityOptions, mongooseAdapter } from '@payloadcms/db-mongodb'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { config } from '../src/config'
import { SMTP_TIMEOUTS } from '../src/mail/mailLease'
import { collections } from './collections'
import { installFerretdbQueryShapes } from './db/ferretdbQueries'
import { Settings } from './globals/Settings'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** FerretDB (the local database) has no transactions and no $lookup pipelines. */
const ferretdbOptions = {
  ...compatibilityOptions.cosmosdb,
  disableIndexHints: true,
  ensureIndexes: true,
} as const

if (config.DATABASE_COMPAT === 'ferretdb') installFerretdbQueryShapes()

export default buildConfig({
  secret: config.PAYLOAD_SECRET,
  serverURL: config.PUBLIC_URL,
  collections,
  globals: [Settings],
  editor: lexicalEditor(),
  db: mongooseAdapter({
    url: config.DATABASE_URL,
    ...(config.DATABASE_COMPAT === 'ferretdb' ? ferretdbOptions : {}),
  }),
  email: nodemailerAdapter({
    defaultFromAddress: config.MAIL_FROM_ADDRESS,
    defaultFromName: config.MAIL_FROM_NAME,
    skipVerify: true,
    transportOptions: {
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      // Shorter than the activities' timeout and than a mail lease (src/mail/mailLease.ts).
      ...SMTP_TIMEOUTS,
      auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASS } : undefined,
    },
  }),
  i18n: { supportedLanguages: { nl, en }, fallbackLanguage: 'nl' },
  admin: {
    user: 'users',
    meta: { titleSuffix: ' — Drakentemmers' },
    // Gravatar would send a hash of every editor's e-mail address to an outside service.
    avatar: 'default',
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, '../frontend/app/(payload)/admin/importMap.js'),
    },
  },
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  // A wrong password or a locked account is an expected answer: one log line, no stack trace.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'info' },
  telemetry: false,
})
