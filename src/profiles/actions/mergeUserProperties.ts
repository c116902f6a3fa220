import { own, setOwn } from '../../util/object.js'

type Loose = Readonly<Record<string, unknown>>

// Object spread of any value: own keys of an object or array, the characters of a string, nothing
// for other values.
function spreadInto(target: Record<string, unknown>, value: unknown): void {
  if (typeof value === 'string') {
    for (let i = 0; i < value.length; i++) setOwn(target, String(i), value[i])
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) setOwn(target, key, (value as Loose)[key])
  }
}

/**
 * Segment's `mergeUserProperties`: a left-to-right shallow merge in which `$set` and `$setOnce`
 * are themselves merged key by key (later objects win), whatever their values are.
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
