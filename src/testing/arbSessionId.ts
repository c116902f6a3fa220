import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import { weighted } from './internal/fields.js'
import { arbEpochMs } from './internal/values.js'

/**
 * A `session_id` integration option as senders pass it: epoch milliseconds of the session start
 * (a number, or the same digits as a string), sometimes an ISO date, rarely `-1` (out of session).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbSessionId } from 'segment-amplitude/testing'
 * fc.sample(arbSessionId, { seed: 4, numRuns: 2 }) // e.g. [1700000000000, '1699999999000']
 */
export const arbSessionId: Arbitrary<number | string> = weighted<number | string>(
  [14, arbEpochMs],
  [4, arbEpochMs.map(String)],
  [1, arbEpochMs.map((ms) => new Date(ms).toISOString())],
  [1, fc.constant(-1)],
)
