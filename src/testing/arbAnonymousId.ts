import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import { weighted } from './internal/fields.js'
import { arbHex32 } from './internal/values.js'

/**
 * An `anonymousId`: a lowercase UUID v4 as analytics.js and the server libraries make, an
 * uppercase one as analytics-ios makes, or an older custom form. Never absent or empty.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbAnonymousId } from 'segment-amplitude/testing'
 * fc.sample(arbAnonymousId, { seed: 1, numRuns: 1 }) // e.g. ['5f0c8b3e-2a1d-4e7f-9c3b-0d6a1e2f3b4c']
 */
export const arbAnonymousId: Arbitrary<string> = weighted<string>(
  [8, fc.uuid({ version: 4 })],
  [2, fc.uuid({ version: 4 }).map((uuid) => uuid.toUpperCase())],
  [1, arbHex32.map((hex) => `anon-${hex.slice(0, 12)}`)],
)
