import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { historyFromJSON } from '@temporalio/common/lib/proto-utils'
import { DefaultLogger, Runtime, Worker, bundleWorkflowCode, type ReplayResult } from '@temporalio/worker'
import * as registered from '../../workflows/workflows'
import { historiesDir } from './record/fixtures'

/**
 * Every recorded history (tests/replay/histories/<workflowType>/*.json, written by
 * `npm run record-histories` from real runs) replays against today's workflow code. A change
 * that would break runs already in flight fails here, naming the fixture and the event.
 */
try {
  Runtime.install({ logger: new DefaultLogger('WARN') })
} catch {
  // Installed already in this test file's process.
}

type Fixture = {
  file: string
  workflowType: string
  workflowId: string
  events: number
  history: ReturnType<typeof historyFromJSON>
}

const fixtures: Fixture[] = readdirSync(historiesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const json = JSON.parse(readFileSync(path.join(historiesDir, file), 'utf8'))
    const workflowType = json.events[0].workflowExecutionStartedEventAttributes.workflowType.name as string
    return {
      file,
      workflowType,
      workflowId: json.workflowId ?? 'replay',
      events: json.events.length,
      history: historyFromJSON(json),
    }
  })

const outcomes = new Map<string, ReplayResult['error'] | null>()
let workflowBundle: Awaited<ReturnType<typeof bundleWorkflowCode>>

beforeAll(async () => {
  workflowBundle = await bundleWorkflowCode({
    workflowsPath: fileURLToPath(new URL('../../workflows/workflows.ts', import.meta.url)),
    logger: { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} },
  })
  // One replay worker for all fixtures; results come back in the order the histories go in.
  const results = Worker.runReplayHistories(
    { workflowBundle },
    fixtures.map((f) => ({ history: f.history, workflowId: f.workflowId })),
  )
  let index = 0
  for await (const result of results) outcomes.set(fixtures[index++]!.file, result.error ?? null)
}, 120_000)

/**
 * The SDK's error names the command, not the event: the first event the code disagrees with is
 * found by replaying ever longer beginnings of the history (binary search, a few replays).
 */
async function firstFailingEvent(fixture: Fixture) {
  const events = fixture.history.events ?? []
  const fails = (count: number) =>
    Worker.runReplayHistory({ workflowBundle }, { events: events.slice(0, count) }, fixture.workflowId).then(
      () => false,
      () => true,
    )
  let [passing, failing] = [1, events.length]
  while (failing - passing > 1) {
    const middle = Math.floor((passing + failing) / 2)
    if (await fails(middle)) failing = middle
    else passing = middle
  }
  const event = events[failing - 1]!
  return `event ${String(event.eventId)} (${Object.keys(event)
    .find((key) => key.endsWith('EventAttributes'))
    ?.replace('EventAttributes', '')})`
}

async function describeFailure(fixture: Fixture, error: Error) {
  const message = /Nondeterminism error: ([^"]+)"/.exec(error.message)?.[1] ?? error.message
  return `${fixture.workflowType} (${fixture.file}) no longer replays at ${await firstFailingEvent(fixture)} of ${fixture.events}: ${message}`
}

describe('recorded histories replay against the current workflow code', () => {
  it('cover every workflow type the worker registers', () => {
    const recorded = new Set(fixtures.map((f) => f.workflowType))
    expect(Object.keys(registered).filter((type) => !recorded.has(type))).toEqual([])
  })

  it.each(fixtures.map((f) => [f.file, f] as const))('%s', async (_file, fixture) => {
    expect(outcomes.has(fixture.file)).toBe(true)
    const error = outcomes.get(fixture.file)
    if (error) throw new Error(await describeFailure(fixture, error))
  })
})
