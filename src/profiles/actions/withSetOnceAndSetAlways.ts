import type { JsonObject } from '../../models/json.js'
import type { SegmentContext } from '../../models/segment/types.js'
import { setOwn } from '../../util/object.js'
import { UTM_RULES } from '../../fields/campaign.js'

/** Each `context.campaign` key with its `$set` and `$setOnce` names, built once. */
const CAMPAIGN_NAMES = UTM_RULES.map(([from, to]) => ({ from, to, initial: `initial_${to}` }))

/**
 * logEventV2's user properties (track, page, screen): the traits, then `$setOnce` =
 * `{initial_referrer, initial_utm_source, …}` and `$set` = `{referrer, utm_source, …}` from
 * `context.page.referrer` and `context.campaign`. Each object is applied only when one of its
 * values is not `""`, and then as it is (`""` included), **replacing** the traits' own `$setOnce`
 * or `$set` (no merge). Without traits, `user_properties` is created.
 *
 * @example
 * withSetOnceAndSetAlways({ plan: 'pro' }, { campaign: { source: 'google' } })
 * // { plan: 'pro', $setOnce: { initial_utm_source: 'google' }, $set: { utm_source: 'google' } }
 */
export function withSetOnceAndSetAlways(user: JsonObject | undefined, context: SegmentContext | undefined): JsonObject | undefined {
  if (context === undefined) return user
  const setOnce: Record<string, string> = {}
  const setAlways: Record<string, string> = {}
  // Both objects hold the same values: one of them not empty applies both.
  let applies = false
  const referrer = context.page?.referrer
  if (referrer !== undefined) {
    setOnce['initial_referrer'] = referrer
    setAlways['referrer'] = referrer
    applies = referrer !== ''
  }
  const campaign = context.campaign
  if (campaign !== undefined) {
    for (const { from, to, initial } of CAMPAIGN_NAMES) {
      const value = campaign[from]
      if (value === undefined) continue
      setOnce[initial] = value
      setAlways[to] = value
      if (value !== '') applies = true
    }
  }
  if (!applies) return user
  const copy: Record<string, unknown> = {}
  if (user !== undefined) for (const key of Object.keys(user)) setOwn(copy, key, user[key])
  setOwn(copy, '$setOnce', setOnce)
  setOwn(copy, '$set', setAlways)
  return copy as JsonObject
}
