import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import { weighted } from './internal/fields.js'
import { arbHex32 } from './internal/values.js'

const FIRST = ['jane', 'sam', 'li', 'ana', 'omar', 'priya'] as const
const DOMAINS = ['example.com', 'acme.io', 'mail.example.org'] as const

/**
 * A `userId` as back ends send it: `user_123`-style keys, emails, UUIDs, database-id hex strings,
 * numeric strings and, sometimes, plain numbers (which the parser turns into decimal strings).
 * Never absent or empty: combine with `null`/`""` yourself when you need those.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbUserId } from 'segment-amplitude/testing'
 * fc.sample(arbUserId, { seed: 1, numRuns: 3 }) // e.g. ['user_4821', 'jane@example.com', 1093]
 */
export const arbUserId: Arbitrary<string | number> = weighted<string | number>(
  [4, fc.integer({ min: 1, max: 999_999 }).map((n) => `user_${n}`)],
  [2, fc.tuple(fc.constantFrom(...FIRST), fc.nat({ max: 99 }), fc.constantFrom(...DOMAINS)).map(([n, k, d]) => `${n}${k}@${d}`)],
  [2, fc.uuid({ version: 4 })],
  [1, arbHex32.map((hex) => hex.slice(0, 24))],
  [1, fc.integer({ min: 10_000, max: 99_999_999 }).map(String)],
  [1, fc.integer({ min: 1, max: 99_999_999 })],
)
