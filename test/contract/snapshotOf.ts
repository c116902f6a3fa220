/**
 * A comparable picture of any value, cycles and all: what `toStrictEqual` on two snapshots
 * compares is everything a translator could change in its input (own keys, symbol keys included,
 * their enumerability, values, accessors, prototypes, and the contents of dates, maps, sets and
 * boxed primitives). `structuredClone` and `JSON.stringify` cannot be used on hostile input: they
 * throw on functions, symbols and cycles, and JSON forgets `-0`, `NaN`, `undefined` and
 * `__proto__` prototypes.
 */
type Snapshot = unknown

function prototypeName(value: object): string {
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype === null) return 'null'
  if (prototype === Object.prototype) return 'Object'
  if (prototype === Array.prototype) return 'Array'
  const constructor: unknown = (prototype as { constructor?: unknown }).constructor
  return typeof constructor === 'function' ? `other:${constructor.name}` : 'other'
}

function internalSlots(value: object, walk: (item: unknown) => Snapshot): Snapshot {
  if (value instanceof Date) return { date: String(value.getTime()) }
  if (value instanceof Map) return { map: [...value.entries()].map(([k, v]) => [walk(k), walk(v)]) }
  if (value instanceof Set) return { set: [...value.values()].map(walk) }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) return { boxed: walk(value.valueOf()) }
  if (typeof BigInt === 'function' && value instanceof BigInt) return { boxed: walk(value.valueOf()) }
  if (value instanceof Symbol) return { boxed: walk(value.valueOf()) }
  return undefined
}

/**
 * The snapshot of `root`, as JSON text so that two snapshots compare as fast as two strings.
 * Objects are numbered in visit order, so a reference back to an ancestor (or to any object seen
 * before) shows as `{"ref":n}`.
 *
 * @example
 * const message: Record<string, unknown> = { a: -0 }
 * message['self'] = message
 * snapshotOf(message) // '{"id":0,"proto":"Object","keys":[["a",true,{"number":"-0"}],["self",true,{"ref":0}]]}'
 */
export function snapshotOf(root: unknown): string {
  return JSON.stringify(snapshotTree(root))
}

function snapshotTree(root: unknown): Snapshot {
  const ids = new Map<object, number>()
  const walk = (value: unknown): Snapshot => {
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value
      case 'number':
        return { number: Object.is(value, -0) ? '-0' : String(value) }
      case 'undefined':
        return { undefined: true }
      case 'bigint':
        return { bigint: String(value) }
      case 'symbol':
        return { symbol: String(value) }
      default:
        break
    }
    if (value === null) return null
    const object = value as object
    const seen = ids.get(object)
    if (seen !== undefined) return { ref: seen }
    const id = ids.size
    ids.set(object, id)
    const keys = Reflect.ownKeys(object).map((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(object, key) as PropertyDescriptor
      const name = typeof key === 'symbol' ? { symbol: String(key) } : key
      const content = 'value' in descriptor ? walk(descriptor.value) : { accessor: true }
      return [name, descriptor.enumerable === true, content]
    })
    return { id, proto: typeof value === 'function' ? 'function' : prototypeName(object), slots: internalSlots(object, walk), keys }
  }
  return walk(root)
}
