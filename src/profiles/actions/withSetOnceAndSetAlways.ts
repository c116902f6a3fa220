import type { JsonObject } from '../../models/json.js'
import type { SegmentContext } from '../../models/segment/types.js'
import { setOwn } from '../../util/object.js'
import { campaignValues } from './campaignValues.js'

function anyNonEmpty(values: Readonly<Record<string, string>>): boolean {
  return Object.values(values).some((value) => value !== '')
}

function withKey(user: JsonObject | undefined, key: string, value: JsonObject): JsonObject {
  const copy: Record<string, unknown> = {}
  if (user !== undefined) for (const k of Object.keys(user)) setOwn(copy, k, user[k])
  setOwn(copy, key, value)
  return copy as JsonObject
}

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
  const { utm, referrer } = campaignValues(context)
  const setOnce: Record<string, string> = {}
  const setAlways: Record<string, string> = {}
  if (referrer !== undefined) {
    setOnce['initial_referrer'] = referrer
    setAlways['referrer'] = referrer
  }
  for (const [key, value] of Object.entries(utm)) {
    setOnce[`initial_${key}`] = value
    setAlways[key] = value
  }
  let result = user
  if (anyNonEmpty(setOnce)) result = withKey(result, '$setOnce', setOnce)
  if (anyNonEmpty(setAlways)) result = withKey(result, '$set', setAlways)
  return result
}
