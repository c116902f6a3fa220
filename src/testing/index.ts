/**
 * `segment-amplitude/testing`: fast-check arbitraries for realistic Segment messages, their
 * parts, translation settings, and hostile inputs, for testing code built on this library the
 * way the library tests itself. fast-check (3 or 4) is an optional peer dependency: install it
 * to use this entry point. Every arbitrary is deterministic for a given seed.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbSegmentMessage, arbSettings } from 'segment-amplitude/testing'
 * import { translate } from 'segment-amplitude'
 *
 * fc.assert(fc.property(arbSegmentMessage, arbSettings, (message, settings) => void translate(message, settings)))
 *
 * @packageDocumentation
 */

export type { GeneratedId, GeneratedMessage } from './types.js'

export { arbSegmentMessage } from './arbSegmentMessage.js'
export { arbTrack } from './arbTrack.js'
export { arbOrderCompleted } from './arbOrderCompleted.js'
export { arbIdentify } from './arbIdentify.js'
export { arbPage } from './arbPage.js'
export { arbScreen } from './arbScreen.js'
export { arbGroup } from './arbGroup.js'
export { arbAlias } from './arbAlias.js'

export { arbContext } from './arbContext.js'
export { arbWebContext } from './arbWebContext.js'
export { arbIosContext } from './arbIosContext.js'
export { arbAndroidContext } from './arbAndroidContext.js'
export { arbServerContext } from './arbServerContext.js'
export { arbCampaign } from './arbCampaign.js'
export { USER_AGENTS } from './userAgents.js'

export { arbTraits } from './arbTraits.js'
export { arbGroupTraits } from './arbGroupTraits.js'
export { TRAIT_NAMES, GROUP_TRAIT_NAMES } from './traitNames.js'
export { arbProperties } from './arbProperties.js'
export { arbProduct } from './arbProduct.js'
export { arbIntegrations } from './arbIntegrations.js'
export { arbSessionId } from './arbSessionId.js'

export { arbUserId } from './arbUserId.js'
export { arbAnonymousId } from './arbAnonymousId.js'
export { arbMessageId } from './arbMessageId.js'
export { arbTimestamp } from './arbTimestamp.js'

export { arbSettings } from './arbSettings.js'

export { arbHostileMessage } from './arbHostileMessage.js'
export { arbHostileInput } from './arbHostileInput.js'
export { arbHostileValue } from './arbHostileValue.js'
