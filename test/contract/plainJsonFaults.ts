import { joinPath } from '../../src/issues/path.js'

/**
 * Everything in `value` that is not plain JSON, as `path: why` lines: `undefined` anywhere, `-0`,
 * `NaN` and infinities, holes in arrays, symbol keys, accessors, non-enumerable keys, cycles, and
 * objects that are not plain (`Map`, `Date`, boxed values, class instances). JSON writes all of
 * these differently from what they are, so a payload holding one is not what Amplitude receives.
 * Null-prototype objects are allowed: JSON writes them exactly as plain ones.
 *
 * @example
 * plainJsonFaults({ a: [1, undefined], b: -0 }) // ['a[1]: undefined', 'b: -0']
 */
export function plainJsonFaults(value: unknown, path = ''): string[] {
  const faults: string[] = []
  const ancestors: object[] = []
  const visit = (item: unknown, at: string): void => {
    switch (typeof item) {
      case 'string':
      case 'boolean':
        return
      case 'number':
        if (Object.is(item, -0)) faults.push(`${at}: -0`)
        else if (!Number.isFinite(item)) faults.push(`${at}: ${String(item)}`)
        return
      case 'object':
        break
      default:
        faults.push(`${at}: ${typeof item}`)
        return
    }
    if (item === null) return
    if (ancestors.includes(item)) {
      faults.push(`${at}: a cycle`)
      return
    }
    const prototype: unknown = Object.getPrototypeOf(item)
    const isArray = Array.isArray(item)
    if (isArray ? prototype !== Array.prototype : prototype !== Object.prototype && prototype !== null) {
      faults.push(`${at}: not a plain ${isArray ? 'array' : 'object'}`)
      return
    }
    ancestors.push(item)
    for (const key of Reflect.ownKeys(item)) {
      if (typeof key === 'symbol') {
        faults.push(`${at}: symbol key ${String(key)}`)
        continue
      }
      if (isArray && key === 'length') continue
      const descriptor = Object.getOwnPropertyDescriptor(item, key) as PropertyDescriptor
      const child = isArray ? `${at}[${key}]` : joinPath(at, key)
      if (!('value' in descriptor)) faults.push(`${child}: an accessor`)
      else if (descriptor.enumerable !== true) faults.push(`${child}: not enumerable`)
      else visit(descriptor.value, child)
    }
    if (isArray) {
      for (let i = 0; i < item.length; i++) if (!(i in item)) faults.push(`${at}[${i}]: a hole`)
    }
    ancestors.pop()
  }
  visit(value, path)
  return faults
}
