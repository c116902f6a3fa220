import { UTM_RULES } from '../../fields/campaign.js'
import type { SegmentCampaign } from '../../models/segment/types.js'

/** Each `context.campaign` key with its `$set` and `$setOnce` names, built once. */
const CAMPAIGN_NAMES = UTM_RULES.map(([from, to]) => ({ from, to, initial: `initial_${to}` }))

/**
 * Whether `context.campaign` has a value the Actions mappings copy (`""` included).
 *
 * @example
 * hasCampaignValue({ source: '' }) // true
 */
export function hasCampaignValue(campaign: SegmentCampaign | undefined): boolean {
  if (campaign === undefined) return false
  for (const { from } of CAMPAIGN_NAMES) if (campaign[from] !== undefined) return true
  return false
}

/**
 * Writes the campaign's values (`""` included) into `set` as Amplitude's `utm_…` names and into
 * `setOnce` as `initial_utm_…`, in the order of the Classic `UTM_RULES`. Returns whether one of
 * them is not empty.
 *
 * @example
 * writeUtm(set, setOnce, { source: 'google' }) // true; set: { utm_source: 'google' }, setOnce: { initial_utm_source: 'google' }
 */
export function writeUtm(set: Record<string, unknown>, setOnce: Record<string, unknown>, campaign: SegmentCampaign | undefined): boolean {
  if (campaign === undefined) return false
  let nonEmpty = false
  for (const { from, to, initial } of CAMPAIGN_NAMES) {
    const value = campaign[from]
    if (value === undefined) continue
    set[to] = value
    setOnce[initial] = value
    if (value !== '') nonEmpty = true
  }
  return nonEmpty
}
