import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentContext } from '../models/segment/types.js'
import type { GeneratedMessage } from './types.js'
import { arbAndroidContext } from './arbAndroidContext.js'
import { arbIosContext } from './arbIosContext.js'
import { arbServerContext } from './arbServerContext.js'
import { arbCommon } from './internal/arbCommon.js'
import { fields, optional, weighted } from './internal/fields.js'
import { arbJsonValue, arbPropertyKey, toObject } from './internal/values.js'

const arbScreenContext = weighted<SegmentContext>([10, arbIosContext], [8, arbAndroidContext], [2, arbServerContext])

const arbScreenBody = fields<{ name?: string; category?: string; properties?: Record<string, unknown> }>({
  name: optional(fc.constantFrom('Home', 'Settings', 'Product Detail', 'Cart', 'Onboarding Step 2', 'Player'), 85),
  // A deprecated field analytics-android still sends.
  category: optional(fc.constantFrom('Shop', 'Account', 'Music'), 15),
  properties: optional(fc.array(fc.tuple(arbPropertyKey, arbJsonValue), { maxLength: 3 }).map(toObject), 60),
})

/**
 * A valid `screen` call from a mobile app: a `name` (sometimes absent), rarely the deprecated
 * `category`, a few properties, an iOS or Android context (rarely a server one). Always has a
 * usable `userId` or `anonymousId`.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbScreen } from 'segment-amplitude/testing'
 * import { translate } from 'segment-amplitude'
 *
 * fc.assert(fc.property(arbScreen, (message) => {
 *   const result = translate(message, { trackAllPages: true })
 *   return !result.ok || result.calls.every((call) => call.api === 'event')
 * }))
 */
export const arbScreen: Arbitrary<GeneratedMessage<'screen'>> = fc
  .tuple(arbScreenBody, arbCommon(arbScreenContext))
  .map(([body, common]): GeneratedMessage<'screen'> => ({ type: 'screen', ...body, ...common }))
