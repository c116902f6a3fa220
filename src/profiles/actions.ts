import { mapUserMapping } from '../mappings/alias/mapAlias.js'
import type { Registry } from '../mappings/types.js'
import { mapActionsGroup } from './actions/mapActionsGroup.js'
import { mapActionsIdentify } from './actions/mapActionsIdentify.js'
import { mapActionsTrack } from './actions/mapActionsTrack.js'
import { mapActionsPage, mapActionsScreen } from './actions/mapActionsView.js'

/**
 * The Actions profile's call mappings (SPEC section 6): what Segment's Amplitude (Actions)
 * destination sends with its quick-setup presets (track -> logEventV2, `Order Completed` ->
 * logPurchase, page/screen -> logEventV2 `Viewed {{name}}`, identify -> identifyUser), plus
 * group -> groupIdentifyUser (`groupType`, `groupId`) and alias -> mapUser. It reads
 * `integrations["Actions Amplitude"]` and the settings `groupType`, `userAgentParsing`,
 * `parseUserAgent` and `trackRevenuePerProduct`; the Classic-only settings do not apply.
 *
 * @example
 * actionsRegistry.track // mapActionsTrack
 */
export const actionsRegistry: Registry = {
  track: mapActionsTrack,
  page: mapActionsPage,
  screen: mapActionsScreen,
  identify: mapActionsIdentify,
  group: mapActionsGroup,
  alias: mapUserMapping,
} satisfies Registry
