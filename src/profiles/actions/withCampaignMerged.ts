import type { JsonObject } from '../../models/json.js'
import type { SegmentContext } from '../../models/segment/types.js'
import { own, setOwn } from '../../util/object.js'
import { spreadInto } from './spreadInto.js'
import { hasCampaignValue, writeUtm } from './writeUtm.js'

/** The campaign's `utm_…` and a non-empty referrer, as `$set` and `$setOnce`. */
function writeCampaign(set: Record<string, unknown>, setOnce: Record<string, unknown>, context: SegmentContext | undefined, referrer: string | undefined): void {
  writeUtm(set, setOnce, context?.campaign)
  if (referrer === undefined) return
  set['referrer'] = referrer
  setOnce['initial_referrer'] = referrer
}

/**
 * The user properties of logPurchase and identifyUser: when `context.campaign` has a value (`""`
 * included) or `context.page.referrer` is non-empty, the traits without their `utm_properties`
 * and `referrer` keys are merged (Segment's `mergeUserProperties`) with `$set: {utm_…, referrer}` and
 * `$setOnce: {initial_utm_…, initial_referrer}`. `campaignFirst` (logPurchase) merges the campaign
 * first, so a trait's own `$set` wins and `$set`, `$setOnce` come first; otherwise (identifyUser)
 * the traits come first and the campaign and referrer win. Built in one pass: the merge of three
 * objects, unrolled (the property test holds it to Segment's function, ported in test/actions).
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
  const pageReferrer = context?.page?.referrer
  const referrer = pageReferrer === '' ? undefined : pageReferrer
  if (referrer === undefined && !hasCampaignValue(context?.campaign)) return user
  const set: Record<string, unknown> = {}
  const setOnce: Record<string, unknown> = {}
  const merged: Record<string, unknown> = {}
  // A trait's own $set and $setOnce, whatever their values, are spread in: before the campaign
  // (which then wins) or after it.
  const ownSet = user === undefined ? undefined : own(user, '$set')
  const ownSetOnce = user === undefined ? undefined : own(user, '$setOnce')
  if (campaignFirst) {
    writeCampaign(set, setOnce, context, referrer)
    spreadInto(set, ownSet)
    spreadInto(setOnce, ownSetOnce)
    merged['$set'] = set
    merged['$setOnce'] = setOnce
  } else {
    spreadInto(set, ownSet)
    spreadInto(setOnce, ownSetOnce)
    writeCampaign(set, setOnce, context, referrer)
  }
  if (user !== undefined) {
    const keys = Object.keys(user)
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string
      if (key === 'utm_properties' || key === 'referrer') continue
      setOwn(merged, key, key === '$set' ? set : key === '$setOnce' ? setOnce : user[key])
    }
  }
  merged['$set'] = set
  merged['$setOnce'] = setOnce
  return merged as JsonObject
}
