/**
 * Freezes `root` and everything reachable from it (own property values, map entries, set values),
 * cycles included. Returns `root`. Maps and sets keep their mutating methods (freezing cannot stop
 * `Map.prototype.set`); a snapshot taken before and after catches a change there.
 *
 * @example
 * const frozen = freezeDeep(cloneDeep(message))
 * Object.isFrozen(frozen) // true
 */
export function freezeDeep<T>(root: T): T {
  const seen = new Set<object>()
  const freeze = (value: unknown): void => {
    // Functions are shared with the generator (cloneDeep does not copy them): leave them alone.
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    if (value instanceof Map) for (const [k, v] of value) (freeze(k), freeze(v))
    if (value instanceof Set) for (const v of value) freeze(v)
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key)
      if (descriptor !== undefined && 'value' in descriptor) freeze(descriptor.value)
    }
    Object.freeze(value)
  }
  freeze(root)
  return root
}
