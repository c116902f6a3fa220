import type { JsonObject } from '../../models/json.js'
import type { SegmentContext } from '../../models/segment/types.js'
import { setOwn } from '../../util/object.js'
import { writeUtm } from './writeUtm.js'

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
  const referrer = context?.page?.referrer
  const campaign = context?.campaign
  if (referrer === undefined && campaign === undefined) return user
  const setOnce: Record<string, string> = {}
  const setAlways: Record<string, string> = {}
  if (referrer !== undefined) {
    setOnce['initial_referrer'] = referrer
    setAlways['referrer'] = referrer
  }
  const utmNonEmpty = writeUtm(setAlways, setOnce, campaign)
  // Both objects hold the same values: one of them not empty applies both.
  if (!utmNonEmpty && (referrer === undefined || referrer === '')) return user
  const copy: Record<string, unknown> = {}
  if (user !== undefined) for (const key of Object.keys(user)) setOwn(copy, key, user[key])
  setOwn(copy, '$setOnce', setOnce)
  setOwn(copy, '$set', setAlways)
  return copy as JsonObject
}
