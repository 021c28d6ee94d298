/** Every workflow the worker runs; the bundle entry point. */
export { memberApproval } from './member-approval/workflow'
export { matching } from './matching/workflow'
export { certification } from './certification/workflow'
export { groupFormation } from './group-formation/workflow'
export { groupLifecycle } from './group/workflow'
export { articlePublishing } from './publishing/workflow'
export { availabilityRound } from './availability/workflow'
export { retentionRun } from './retention/workflow'
