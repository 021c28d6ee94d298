import type * as registered from './workflows'

/** The workflows the worker registers, under the names it registers them by (the bundle's exports). */
type Registered = typeof registered

/**
 * What clients start workflows with: `client.workflow.start(workflows.matching, { args })`.
 * Each reference is typed as the workflow function itself (imported as a type only, so no
 * workflow code enters the web bundle), which makes the SDK check `args` against the
 * workflow's signature; a name the worker does not register does not compile.
 *
 * At runtime a reference is a stand-in function whose `name` is set explicitly: the SDK uses a
 * function's `name` as the workflow type, and Next.js minifies server code, which renames real
 * functions (temporalio/sdk-typescript#1615) — the server would then be asked to run "e".
 */
export const workflows: Registered = new Proxy({} as Registered, {
  get: (_target, name) => (typeof name === 'string' ? reference(name) : undefined),
})

function reference(name: string) {
  const standIn = () => {
    throw new Error(`${name} is a reference to start a workflow with, not the workflow itself.`)
  }
  return Object.defineProperty(standIn, 'name', { value: name })
}
