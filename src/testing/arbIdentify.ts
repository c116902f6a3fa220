import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { GeneratedMessage } from './types.js'
import { arbContext } from './arbContext.js'
import { arbTraits } from './arbTraits.js'
import { arbCommon } from './internal/arbCommon.js'
import { fields, optional } from './internal/fields.js'

/**
 * A valid `identify` call: {@link arbTraits} (rarely none), any context, ids and timestamps.
 * Always has a usable `userId` or `anonymousId`.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbIdentify } from 'segment-amplitude/testing'
 * import { translate } from 'segment-amplitude'
 *
 * fc.assert(fc.property(arbIdentify, (message) => {
 *   const result = translate(message)
 *   return result.ok || result.issues.some((issue) => issue.severity === 'error')
 * }))
 */
export const arbIdentify: Arbitrary<GeneratedMessage<'identify'>> = fc
  .tuple(fields<{ traits?: Record<string, unknown> }>({ traits: optional(arbTraits, 92) }), arbCommon(arbContext))
  .map(([body, common]): GeneratedMessage<'identify'> => ({ type: 'identify', ...body, ...common }))
