/**
 * An independent copy of any value, cycles and all: same own keys (symbols and non-enumerable ones
 * included), same prototypes, copied dates, maps, sets and boxed primitives. Functions and symbols
 * are shared (they are values, not containers). Used to hand `translate` inputs that nothing else
 * holds, so freezing them or comparing them never touches a value fast-check may reuse.
 *
 * @example
 * const copy = cloneDeep(message)
 * copy !== message // true, and snapshotOf(copy) equals snapshotOf(message)
 */
export function cloneDeep<T>(root: T): T {
  const copies = new Map<object, object>()
  const copy = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value
    const known = copies.get(value)
    if (known !== undefined) return known
    let target: object
    if (value instanceof Date) target = new Date(value.getTime())
    else if (value instanceof Map) target = new Map()
    else if (value instanceof Set) target = new Set()
    else if (value instanceof Number || value instanceof String || value instanceof Boolean) target = Object(value.valueOf()) as object
    else if (Array.isArray(value)) target = new Array<unknown>(value.length)
    else target = Object.create(Object.getPrototypeOf(value) as object | null) as object
    copies.set(value, target)
    if (value instanceof Map) for (const [k, v] of value) (target as Map<unknown, unknown>).set(copy(k), copy(v))
    if (value instanceof Set) for (const v of value) (target as Set<unknown>).add(copy(v))
    for (const key of Reflect.ownKeys(value)) {
      if (Array.isArray(value) && key === 'length') continue
      // Boxed strings own their index keys as read-only properties already.
      if (Object.prototype.hasOwnProperty.call(target, key)) continue
      const descriptor = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor
      if ('value' in descriptor) descriptor.value = copy(descriptor.value)
      Object.defineProperty(target, key, descriptor)
    }
    return target
  }
  return copy(root) as T
}
