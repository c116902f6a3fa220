import type { JsonObject } from '../../models/json.js'
import type { SegmentContext } from '../../models/segment/types.js'
import { campaignValues } from './campaignValues.js'
import { mergeUserProperties } from './mergeUserProperties.js'

/**
 * The user properties of logPurchase and identifyUser: when `context.campaign` has a value (`""`
 * included) or `context.page.referrer` is non-empty, the traits without their `utm_properties`
 * and `referrer` keys are merged ({@link mergeUserProperties}) with `$set: {utm_…, referrer}` and
 * `$setOnce: {initial_utm_…, initial_referrer}`. `campaignFirst` (logPurchase) merges the campaign
 * first, so a trait's own `$set` wins; otherwise (identifyUser) the traits come first and the
 * campaign and referrer win.
 *
 * @example
 * withCampaignMerged({ plan: 'pro' }, { page: { referrer: 'https://r/' } }, false)
 * // { plan: 'pro', $set: { referrer: 'https://r/' }, $setOnce: { initial_referrer: 'https://r/' } }
 */
export function withCampaignMerged(
  user: JsonObject | undefined,
  context: SegmentContext | undefined,
  campaignFirst: boolean,
): JsonObject | undefined {
  const { utm, referrer } = campaignValues(context)
  if (Object.keys(utm).length === 0 && (referrer === undefined || referrer === '')) return user
  const setOnce: Record<string, string> = {}
  for (const [key, value] of Object.entries(utm)) setOnce[`initial_${key}`] = value
  const fromCampaign = { $set: utm, $setOnce: setOnce }
  const fromReferrer = referrer ? { $set: { referrer }, $setOnce: { initial_referrer: referrer } } : {}
  const traits: Record<string, unknown> = { ...user }
  delete traits['utm_properties']
  delete traits['referrer']
  const merged = campaignFirst
    ? mergeUserProperties([fromCampaign, fromReferrer, traits])
    : mergeUserProperties([traits, fromCampaign, fromReferrer])
  return merged as JsonObject
}
