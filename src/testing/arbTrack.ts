import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { GeneratedMessage } from './types.js'
import { arbContext } from './arbContext.js'
import { arbOrderCompleted } from './arbOrderCompleted.js'
import { arbProperties } from './arbProperties.js'
import { arbCommon } from './internal/arbCommon.js'
import { fields, optional, weighted } from './internal/fields.js'

const EVENT_NAMES = [
  'Signed Up',
  'Song Played',
  'Product Viewed',
  'Product Added',
  'Checkout Started',
  'Video Playback Started',
  'Button Clicked',
  'Application Opened',
  'Subscription Renewed',
  'Order Refunded',
  'Trial Started',
  'Invite Sent',
  'Form Submitted',
  'Search Performed',
  'Café Visited',
  'purchase',
  'level_complete',
] as const

const arbEventName = weighted<string>(
  [9, fc.constantFrom(...EVENT_NAMES)],
  [1, fc.string({ minLength: 1, maxLength: 24 }).filter((name) => name.trim() !== '')],
)

const arbPlainTrack = fc
  .tuple(arbEventName, fields<{ properties?: Record<string, unknown> }>({ properties: optional(arbProperties, 90) }), arbCommon(arbContext))
  .map(([event, body, common]): GeneratedMessage<'track'> => ({ type: 'track', event, ...body, ...common }))

/**
 * A valid `track` call: an event name (realistic, now and then any non-blank string),
 * {@link arbProperties}, any context, ids and timestamps; about one call in ten is an
 * {@link arbOrderCompleted}. Always has a non-empty `event` and a usable `userId` or `anonymousId`.
 *
 * @example
 * import fc from 'fast-check'
 * import { test } from 'vitest'
 * import { arbTrack } from 'segment-amplitude/testing'
 * import { translate } from 'segment-amplitude'
 *
 * test('every track call for Amplitude produces an event named after it', () => {
 *   fc.assert(fc.property(arbTrack, (message) => {
 *     const result = translate(message)
 *     if (!result.ok) return false
 *     return result.calls.every((call) => call.api !== 'event' || call.event.event_type.length > 0)
 *   }))
 * })
 */
export const arbTrack: Arbitrary<GeneratedMessage<'track'>> = weighted<GeneratedMessage<'track'>>([9, arbPlainTrack], [1, arbOrderCompleted])
