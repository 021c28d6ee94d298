/**
 * The dependency rules of issue 13, checked by tests/architecture/dependencies.test.ts (part of
 * `npm test`). A forbidden import fails the test as "from → to (rule)".
 *
 * The folders stand in one order, each importing only the ones below it:
 *   frontend → cms → workflows → src
 * Two exceptions, both on purpose:
 * - the composition roots (workflows/worker.ts, src/server.ts) tie everything together and are
 *   imported by nobody, so they may import from any folder;
 * - cms/payload-types.ts is generated from the Payload config and holds only types: importing it
 *   with `import type` is erased at compile time and ties no code together, so it does not count
 *   as an upward import. Any other type-only import does count (a type still couples two files).
 */
const compositionRoots = '^(workflows/worker|src/server)\\.ts$'
const payloadTypes = '^cms/payload-types\\.ts$'
const typeOnly = ['type-only', 'pre-compilation-only']
// What deterministic workflow code may import at runtime: the SDK, pure domain logic,
// message definitions (the contracts it signals), and other workflow code (child workflows,
// workflows/certification/supervisionCredit.ts which signals certifications from a workflow,
// workflows/failures/steps.ts which keeps a run alive through failing activities).
const workflowCode = '^workflows/([^/]+)/(workflow|supervisionCredit|steps)\\.ts$'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'src/domain is pure logic: only itself, zod and the Dutch stemmer (no Payload, Temporal, cms, workflows, Node I/O).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '(^|node_modules/)(zod|@orama/stemmers)(/|$)'] },
    },
    {
      name: 'workflow-code-is-deterministic',
      comment:
        'workflow.ts imports only @temporalio/workflow, src/domain, messages and other workflow code; its own activities by type.',
      severity: 'error',
      from: { path: workflowCode },
      to: {
        pathNot: [
          '^src/domain/',
          '^workflows/[^/]+/messages\\.ts$',
          workflowCode,
          'node_modules/@temporalio/(workflow|common)/',
          '^workflows/$1/activities\\.ts$',
        ],
      },
    },
    {
      name: 'workflow-imports-activities-by-type',
      comment: 'Activities run in the worker, not in the workflow sandbox: proxyActivities<typeof ...> only.',
      severity: 'error',
      from: { path: workflowCode },
      to: { path: '^workflows/[^/]+/activities\\.ts$', dependencyTypesNot: typeOnly },
    },
    {
      name: 'processes-through-their-client',
      comment:
        'Outside workflows/, a process is reached through workflows/<process>/client.ts (and messages.ts for its definitions); workflows/client.ts is the one shared connection handed to them.',
      severity: 'error',
      from: { path: '^(cms|frontend|src)/', pathNot: compositionRoots },
      to: { path: '^workflows/', pathNot: ['^workflows/[^/]+/(client|messages)\\.ts$', '^workflows/client\\.ts$'] },
    },
    {
      name: 'frontend-never-imports-activities',
      comment: 'The portal reads through Payload and the process clients, never into activities.',
      severity: 'error',
      from: { path: '^frontend/' },
      to: { path: '^workflows/.*activities' },
    },
    {
      name: 'src-is-the-base',
      comment: 'src/ (config, domain, mail, shared stores) imports nothing from cms, workflows or frontend.',
      severity: 'error',
      from: { path: '^src/', pathNot: compositionRoots },
      to: { path: '^(cms|workflows|frontend)/', pathNot: payloadTypes },
    },
    {
      name: 'workflows-below-cms',
      comment: 'workflows/ imports src/ only; Payload reaches activities as the instance the worker passes in.',
      severity: 'error',
      from: { path: '^workflows/', pathNot: compositionRoots },
      to: { path: '^(cms|frontend)/', pathNot: payloadTypes },
    },
    {
      name: 'cms-below-frontend',
      comment: 'cms/ never imports the Next.js app.',
      severity: 'error',
      from: { path: '^cms/' },
      to: { path: '^frontend/' },
    },
    {
      name: 'payload-types-by-type-only',
      comment: 'The generated Payload types are imported with `import type`, so they never tie code together.',
      severity: 'error',
      from: { path: '^(src|workflows)/' },
      to: { path: payloadTypes, dependencyTypesNot: typeOnly },
    },
    {
      name: 'resolvable',
      comment: 'A relative import the checker cannot resolve is one it cannot check (packages are checked by name).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^\\.' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '^frontend/\\.next[^/]*/', '^\\.data/', '^\\.tools/'] },
    // Type-only imports are seen, so the rules above can treat them on purpose.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
  },
}
