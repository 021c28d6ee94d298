import type { FieldAccess } from 'payload'

/** Fields only workflows write (with overrideAccess): counters and claims nobody edits by hand. */
export const systemOnlyField: FieldAccess = () => false
