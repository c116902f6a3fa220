import type { Arbitrary } from 'fast-check'
import type { GeneratedMessage } from './types.js'
import { arbAlias } from './arbAlias.js'
import { arbGroup } from './arbGroup.js'
import { arbIdentify } from './arbIdentify.js'
import { arbPage } from './arbPage.js'
import { arbScreen } from './arbScreen.js'
import { arbTrack } from './arbTrack.js'
import { weighted } from './internal/fields.js'

/**
 * Any valid Segment message, in a realistic mix: track 45 % (a tenth of them order-completed
 * events), identify 17 %, page 17 %, screen 10 %, group 7 %, alias 4 %. "Valid" means
 * `parseSegmentMessage` accepts it without any issue: every message has a usable `userId`
 * or `anonymousId` (alias: `userId` and `previousId`), a track call has an event name, a group
 * call a `groupId`. Ids may still be numbers, `null`, `""` or whitespace where the other id is
 * usable; a timestamp is now and then invalid, and some messages opt out of Amplitude through
 * `integrations`, as real traffic does.
 *
 * @example
 * import fc from 'fast-check'
 * import { test } from 'vitest'
 * import { arbSegmentMessage } from 'segment-amplitude/testing'
 * import { translate } from 'segment-amplitude'
 *
 * test('translate never throws on a Segment message', () => {
 *   fc.assert(fc.property(arbSegmentMessage, (message) => void translate(message)))
 * })
 */
export const arbSegmentMessage: Arbitrary<GeneratedMessage> = weighted<GeneratedMessage>(
  [45, arbTrack],
  [17, arbIdentify],
  [17, arbPage],
  [10, arbScreen],
  [7, arbGroup],
  [4, arbAlias],
)
