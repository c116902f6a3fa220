import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import { weighted } from './internal/fields.js'
import { arbEpochMs, arbHex32 } from './internal/values.js'

/**
 * A `messageId` in the forms Segment's libraries produce: `ajs-next-<hex>` (analytics.js), an
 * uppercase UUID (analytics-ios), a lowercase UUID (analytics-python, analytics-kotlin) or
 * `node-next-<ms>-<uuid>` (analytics-node). At most 100 characters, as the Spec requires.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbMessageId } from 'segment-amplitude/testing'
 * fc.sample(arbMessageId, { seed: 1, numRuns: 1 }) // e.g. ['ajs-next-3f9a…']
 */
export const arbMessageId: Arbitrary<string> = weighted<string>(
  [4, arbHex32.map((hex) => `ajs-next-${hex}`)],
  [2, fc.uuid({ version: 4 }).map((uuid) => uuid.toUpperCase())],
  [2, fc.uuid({ version: 4 })],
  [1, fc.tuple(arbEpochMs, fc.uuid({ version: 4 })).map(([ms, uuid]) => `node-next-${ms}-${uuid}`)],
)
