import type { Access } from 'payload'

/** Public reference data (regions, taxonomy): readable without logging in. */
export const anyone: Access = () => true
