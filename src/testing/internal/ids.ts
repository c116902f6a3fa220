import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { GeneratedId } from '../types.js'
import { weighted } from './fields.js'

/** What a sender writes when it has no id: absent after parsing. */
export const arbAbsentId: Arbitrary<GeneratedId> = fc.constantFrom(null, '', '   ', '\t')

/** `{userId?, anonymousId?}` where at least one of them is a usable id. */
export interface Identity {
  readonly userId?: GeneratedId
  readonly anonymousId?: GeneratedId
}

function withoutMissing(identity: Record<string, GeneratedId | undefined>): Identity {
  const result: Record<string, GeneratedId> = {}
  for (const [key, value] of Object.entries(identity)) if (value !== undefined) result[key] = value
  return result
}

/**
 * The id pair of a valid message: both ids, or one real id with the other missing or written as
 * an absent value (`null`, `""`, whitespace).
 */
export function arbIdentity(userId: Arbitrary<GeneratedId>, anonymousId: Arbitrary<GeneratedId>): Arbitrary<Identity> {
  const missing = weighted<GeneratedId | undefined>([4, fc.constant(undefined)], [1, arbAbsentId])
  return weighted<Identity>(
    [5, fc.tuple(userId, anonymousId).map(([u, a]) => ({ userId: u, anonymousId: a }))],
    [3, fc.tuple(missing, anonymousId).map(([u, a]) => withoutMissing({ userId: u, anonymousId: a }))],
    [2, fc.tuple(userId, missing).map(([u, a]) => withoutMissing({ userId: u, anonymousId: a }))],
  )
}
