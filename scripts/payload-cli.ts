/**
 * Runs the Payload CLI (generate:types, generate:importmap, migrate…) with the
 * config imported first: the plain CLI under tsx was seen exiting 0 without work.
 * The bin module is not in payload's exports map, so it is loaded by file path.
 */
process.env.PAYLOAD_CONFIG_PATH ??= 'cms/payload.config.ts'
await import('../cms/payload.config')
const binPath = new URL('../node_modules/payload/dist/bin/index.js', import.meta.url).href
const { bin } = (await import(binPath)) as { bin: () => Promise<void> }
await bin()
