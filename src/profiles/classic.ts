import { mapAlias } from '../mappings/alias/mapAlias.js'
import { mapGroup } from '../mappings/group/mapGroup.js'
import { mapIdentify } from '../mappings/identify/mapIdentify.js'
import { mapPage, mapScreen } from '../mappings/page/mapPageView.js'
import { mapTrack } from '../mappings/track/mapTrack.js'
import type { Registry } from '../mappings/types.js'

/**
 * The Classic profile's call mappings (SPEC sections 3 to 5): Segment's Amplitude (Classic)
 * destination, modernised to HTTP V2.
 *
 * @example
 * classicRegistry.track // mapTrack
 */
export const classicRegistry: Registry = {
  track: mapTrack,
  page: mapPage,
  screen: mapScreen,
  identify: mapIdentify,
  group: mapGroup,
  alias: mapAlias,
} satisfies Registry
