/**
 * Static checks of the production path (docker-compose.yml, Dockerfile): no Docker
 * engine runs on the development machines, so these catch typos and drift between
 * the compose file and src/config.ts before a deploy does.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { envSchema } from '../../src/config'

const root = process.cwd()
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')

type Service = {
  image?: string
  build?: unknown
  command?: string[]
  environment?: Record<string, string>
  ports?: string[]
  volumes?: string[]
  profiles?: string[]
}
const compose = parse(read('docker-compose.yml')) as {
  services: Record<string, Service>
  volumes: Record<string, unknown>
}
const services = compose.services
const dockerfile = read('Dockerfile')

/** Every variable the app reads: the keys of the one env schema. */
const keys = Object.keys(envSchema.shape)

/** Secrets and site-specific values that must come from the operator, never a default. */
const requiredFromOperator = ['PAYLOAD_SECRET', 'CREDENTIAL_SIGNING_KEY', 'PUBLIC_URL', 'MAIL_FROM_ADDRESS']

/** Host and container port of each published port, with or without a host IP. */
function published(service: Service): Array<{ host: string; container: string }> {
  return (service.ports ?? []).map((port) => {
    const parts = String(port).split(':')
    return { host: parts.at(-2)!, container: parts.at(-1)! }
  })
}

describe('docker-compose.yml', () => {
  it('reads the keys of the env schema', () => {
    expect(keys).toEqual(
      expect.arrayContaining([
        'NODE_ENV',
        'PAYLOAD_SECRET',
        'DATABASE_URL',
        'TEMPORAL_ADDRESS',
        'SMTP_HOST',
        'MAIL_FROM_ADDRESS',
      ]),
    )
  })

  it('has the services of the production shape', () => {
    for (const name of ['mongo', 'postgres', 'temporal', 'temporal-ui', 'mailpit', 'web', 'worker', 'seed']) {
      expect(services).toHaveProperty([name])
    }
  })

  describe.each(['web', 'worker', 'seed'])('%s', (name) => {
    const environment = services[name]?.environment ?? {}

    it('sets every variable of src/config.ts explicitly', () => {
      expect(Object.keys(environment).sort()).toEqual(expect.arrayContaining(keys))
    })

    it('names no variable the config does not know (typos)', () => {
      expect(Object.keys(environment).filter((key) => !keys.includes(key))).toEqual([])
    })

    it('runs in production against the replica set', () => {
      expect(environment.NODE_ENV).toBe('production')
      expect(environment.DATABASE_COMPAT).toBe('mongodb')
      expect(new URL(environment.DATABASE_URL!).searchParams.get('replicaSet')).toBe('rs0')
    })

    it('takes secrets and site values from the operator, failing when they are missing', () => {
      for (const key of requiredFromOperator) {
        expect(environment[key]).toMatch(new RegExp(`^\\$\\{${key}:\\?.+\\}$`))
      }
    })
  })

  it('runs mongo as replica set rs0, initiated by a script that exists', () => {
    expect(services.mongo!.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']))
    expect(read('deploy/mongo/replica-set.js')).toContain("_id: 'rs0'")
  })

  it('mounts only deploy files that exist', () => {
    const binds = Object.values(services)
      .flatMap((service) => service.volumes ?? [])
      .filter((volume) => volume.startsWith('./'))
      .map((volume) => volume.split(':')[0]!)
    expect(binds.length).toBeGreaterThan(0)
    for (const bind of binds) expect(existsSync(path.join(root, bind))).toBe(true)
  })

  it('keeps data in named volumes', () => {
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['mongo-data', 'postgres-data', 'media']))
    expect(services.mongo!.volumes).toContain('mongo-data:/data/db')
    expect(services.web!.volumes).toContain('media:/app/.data/media')
  })

  it('publishes the UIs on their agreed ports and the web on 3000', () => {
    expect(published(services['temporal-ui']!)).toContainEqual({ host: '8233', container: '8080' })
    expect(published(services.mailpit!)).toContainEqual({ host: '8025', container: '8025' })
    expect(published(services.web!)).toContainEqual({ host: '3000', container: '3000' })
  })

  it('publishes no port of the worker, so it can be scaled', () => {
    expect(services.worker!.ports).toBeUndefined()
  })

  it('runs worker and seed from the web image with their own command', () => {
    expect(services.worker!.image).toBe(services.web!.image)
    expect(services.seed!.image).toBe(services.web!.image)
    expect(services.worker!.command).toEqual(['node', 'dist/workflows/worker.js'])
    expect(services.seed!.command).toEqual(['node', 'dist/scripts/seed.js'])
    expect(services.seed!.profiles).toEqual(['seed'])
  })

  it('pins every third-party image to a version tag', () => {
    for (const [name, service] of Object.entries(services)) {
      if (name === 'web' || name === 'worker' || name === 'seed') continue
      expect(service.image).toMatch(/^[\w./-]+:v?\d+\.\d+/)
    }
  })
})

describe('Dockerfile', () => {
  it('builds the Next.js app in frontend/ for production', () => {
    expect(dockerfile).toMatch(/npx next build frontend/)
    expect(dockerfile).toMatch(/ENV NODE_ENV=production/)
    expect(dockerfile).toMatch(/npm ci/)
  })

  it('runs compiled JavaScript: built once with the workflow bundle, no tsx and no TypeScript sources at runtime', () => {
    expect(dockerfile).toMatch(/^RUN npm run build:prod$/m)
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m)
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'))
    expect(runtime).not.toMatch(/ts\.mjs|tsx|\.ts"|COPY (src|cms|workflows|scripts) /)
    for (const name of ['web', 'worker', 'seed'])
      expect(JSON.stringify(services[name]!.command ?? [])).not.toMatch(/ts\.mjs|tsx|\.ts"/)
    const build = JSON.parse(read('package.json')).scripts['build:prod'] as string
    expect(read(build.split(' ')[1]!)).toMatch(/bundleWorkflowCode[\s\S]*workflow-bundle\.js/)
    expect(read('workflows/worker.ts')).toMatch(/workflowBundle: \{ codePath: prebuilt \}/)
  })

  it('runs as a non-root user', () => {
    const users = [...dockerfile.matchAll(/^USER\s+(\S+)/gm)].map((match) => match[1])
    expect(users.length).toBeGreaterThan(0)
    expect(['root', '0']).not.toContain(users.at(-1))
  })

  it('starts the web by default and checks /healthz', () => {
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/src\/server\.js"\]/m)
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/healthz/)
  })

  it('is based on node:20-bookworm-slim', () => {
    expect(dockerfile).toMatch(/node:20[\d.]*-bookworm-slim/)
  })
})
