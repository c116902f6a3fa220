import { identity, requireIdentity, writeIds } from '../../fields/identity.js'
import type { AmplitudeCall, Identification } from '../../models/amplitude/types.js'
import type { CallMapping } from '../../mappings/types.js'
import { writeActionsDeviceFields } from './actionsDeviceFields.js'
import { actionsTraits } from './actionsTraits.js'
import { writeActionsUserAgentFields } from './actionsUserAgentFields.js'
import { withCampaignMerged } from './withCampaignMerged.js'

/**
 * Actions `identify` (Segment's identifyUser with the "Identify Calls" preset): one
 * identification with the user-agent keys, `user_id`, `device_id`, `user_properties` (the traits,
 * then the campaign and referrer, which win: {@link withCampaignMerged}), the platform and context
 * fields (no location coordinates, ip or advertising ids), and `library: "segment"`. No time,
 * session or `groups`.
 *
 * @example
 * mapActionsIdentify({ type: 'identify', userId: 'user-1', traits: { plan: 'pro' } }, context)
 * // [{ api: 'identify', identification: { user_id: 'user-1', user_properties: { plan: 'pro' }, library: 'segment' } }]
 */
export const mapActionsIdentify: CallMapping<'identify'> = (message, { settings, issues }) => {
  const ids = identity(message, false)
  if (!requireIdentity(ids, issues)) return undefined
  const identification: Record<string, unknown> = {}
  writeActionsUserAgentFields(identification, message.context, settings, issues)
  writeIds(identification, ids)
  const user = withCampaignMerged(actionsTraits(message, issues), message.context, false)
  if (user !== undefined) identification['user_properties'] = user
  writeActionsDeviceFields(identification, message.context, false)
  identification['library'] = 'segment'
  const calls: AmplitudeCall[] = [{ api: 'identify', identification: identification as Identification }]
  return calls
}
