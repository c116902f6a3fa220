import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { GeneratedMessage } from './types.js'
import { arbContext } from './arbContext.js'
import { arbGroupTraits } from './arbGroupTraits.js'
import { arbCommon } from './internal/arbCommon.js'
import { fields, optional, weighted } from './internal/fields.js'

const arbGroupId = weighted<string | number>(
  [4, fc.integer({ min: 1, max: 99_999 }).map((n) => `org_${n}`)],
  [2, fc.constantFrom('acme-inc', 'globex', 'initech', 'hooli')],
  [2, fc.uuid({ version: 4 })],
  [1, fc.integer({ min: 1, max: 9_999_999 })],
)

/**
 * A valid `group` call: a `groupId` (a string, sometimes a number), {@link arbGroupTraits}
 * (sometimes none), any context, ids and timestamps. Always has a `groupId` and a usable
 * `userId` or `anonymousId`.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbGroup, arbSettings } from 'segment-amplitude/testing'
 * import { translate } from 'segment-amplitude'
 *
 * fc.assert(fc.property(arbGroup, arbSettings, (message, settings) => {
 *   translate(message, settings) // never throws
 * }))
 */
export const arbGroup: Arbitrary<GeneratedMessage<'group'>> = fc
  .tuple(arbGroupId, fields<{ traits?: Record<string, unknown> }>({ traits: optional(arbGroupTraits, 85) }), arbCommon(arbContext))
  .map(([groupId, body, common]): GeneratedMessage<'group'> => ({ type: 'group', groupId, ...body, ...common }))
