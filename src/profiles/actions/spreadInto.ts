import { setOwn } from '../../util/object.js'

/**
 * Object spread of any value into `target` (`{ ...target, ...value }` in place): the own
 * enumerable keys of an object or array, the characters of a string, nothing for other values.
 * `__proto__` stays a plain key.
 *
 * @example
 * const target = { a: 1 }
 * spreadInto(target, 'xy') // target: { a: 1, 0: 'x', 1: 'y' }
 */
export function spreadInto(target: Record<string, unknown>, value: unknown): void {
  if (typeof value === 'string') {
    for (let i = 0; i < value.length; i++) setOwn(target, String(i), value[i])
  } else if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value)
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string
      setOwn(target, key, (value as Readonly<Record<string, unknown>>)[key])
    }
  }
}
