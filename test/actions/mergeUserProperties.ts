import { own } from '../../src/util/object.js'
import { spreadInto } from '../../src/profiles/actions/spreadInto.js'

type Loose = Readonly<Record<string, unknown>>

/**
 * Segment's `mergeUserProperties`: a left-to-right shallow merge in which `$set` and `$setOnce`
 * are themselves merged key by key (later objects win), whatever their values are. The literal
 * port: {@link withCampaignMerged} computes the same result for its two orders without the
 * intermediate objects, and its property test checks it against this.
 *
 * @example
 * mergeUserProperties([{ $set: { utm_source: 'google' } }, { plan: 'pro', $set: { utm_source: 'trait' } }])
 * // { $set: { utm_source: 'trait' }, plan: 'pro' }
 */
export function mergeUserProperties(objects: readonly Loose[]): Record<string, unknown> {
  let previous: Record<string, unknown> = {}
  for (const current of objects) {
    const next: Record<string, unknown> = {}
    spreadInto(next, previous)
    spreadInto(next, current)
    for (const key of ['$set', '$setOnce']) {
      const before = own(previous, key)
      const after = own(current, key)
      if (!before && !after) continue
      const merged: Record<string, unknown> = {}
      spreadInto(merged, before)
      spreadInto(merged, after)
      next[key] = merged
    }
    previous = next
  }
  return previous
}
