/**
 * The types of permanent failure (ApplicationFailure.nonRetryable): conditions that waiting will
 * not change. Shared by the activities that throw them and the workflows that handle them.
 */
export const PERMANENT = {
  notFound: 'NotFound',
  refused: 'Refused',
  invalid: 'InvalidInput',
  noRecipient: 'NoRecipient',
  memberUnreachable: 'MemberUnreachable',
} as const

export type PermanentType = (typeof PERMANENT)[keyof typeof PERMANENT]
