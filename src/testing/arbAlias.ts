import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { GeneratedMessage } from './types.js'
import { arbAnonymousId } from './arbAnonymousId.js'
import { arbContext } from './arbContext.js'
import { arbUserId } from './arbUserId.js'
import { arbCommon } from './internal/arbCommon.js'
import { weighted } from './internal/fields.js'
import type { Identity } from './internal/ids.js'

// An alias names the new id (`userId`); the anonymous id rides along only sometimes.
const arbAliasIdentity = fc
  .tuple(arbUserId, fc.nat({ max: 2 }), arbAnonymousId)
  .map(([userId, roll, anonymousId]): Identity => (roll === 0 ? { userId, anonymousId } : { userId }))

/**
 * A valid `alias` call: `previousId` (an anonymous id or an older user id) and the new `userId`,
 * both always present, with any context and timestamps.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbAlias } from 'segment-amplitude/testing'
 * import { translate } from 'segment-amplitude'
 *
 * fc.assert(fc.property(arbAlias, (message) => {
 *   const result = translate(message)
 *   return !result.ok || result.calls.every((call) => call.api === 'usermap')
 * }))
 */
export const arbAlias: Arbitrary<GeneratedMessage<'alias'>> = fc
  .tuple(weighted<string | number>([3, arbAnonymousId], [1, arbUserId]), arbCommon(arbContext, arbAliasIdentity))
  .map(([previousId, common]): GeneratedMessage<'alias'> => ({ type: 'alias', previousId, ...common }))
