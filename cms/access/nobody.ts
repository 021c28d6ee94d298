import type { Access } from 'payload'

/** Nobody through Payload, staff included: the data is written by one module with atomic updates only. */
export const nobody: Access = () => false
