/** Every workflow the worker runs; the bundle entry point. */
export { memberApproval } from './member-approval/workflow'
