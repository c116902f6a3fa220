import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentContext } from '../models/segment/types.js'
import { arbTraits } from './arbTraits.js'
import { arbIp } from './internal/contextParts.js'
import { fields, optional } from './internal/fields.js'

const LIBRARIES = [
  { name: 'analytics-node', version: '2.1.2' },
  { name: '@segment/analytics-node', version: '2.1.2' },
  { name: 'analytics-python', version: '2.3.2' },
  { name: 'analytics-ruby', version: '2.4.0' },
  { name: 'analytics-go', version: '3.0.0' },
  { name: 'analytics-java', version: '3.5.1' },
  { name: 'analytics-php', version: '3.7.0' },
] as const

/**
 * A server library's `context`: sparse, because a back end knows little about the user's
 * device. Usually just `library` (analytics-node, analytics-python, …), sometimes the end user's
 * `ip`, `traits` or a forwarded `userAgent`, sometimes nothing at all.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbServerContext } from 'segment-amplitude/testing'
 * fc.assert(fc.property(arbServerContext, (context) => context.device === undefined))
 */
export const arbServerContext: Arbitrary<SegmentContext> = fields<SegmentContext>({
  library: optional(fc.constantFrom(...LIBRARIES).map((library) => ({ ...library })), 75),
  ip: optional(arbIp, 20),
  traits: optional(arbTraits, 10),
  userAgent: optional(fc.constantFrom('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'), 5),
  locale: optional(fc.constantFrom('en-US', 'de-DE'), 5),
})
