/** Whether `value` is a non-null, non-array object (a JSON object as parsed). */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Whether `value` is a `Date` or a boxed primitive: an object that JSON writes as a string, a
 * number or a boolean, not as an object.
 *
 * @example
 * isScalarObject(new Date(0)) // true
 * isScalarObject({}) // false
 */
export function isScalarObject(value: object): boolean {
  return (
    value instanceof Date ||
    value instanceof Number ||
    value instanceof String ||
    value instanceof Boolean ||
    value instanceof BigInt ||
    value instanceof Symbol
  )
}

/**
 * Whether `value` is an object of properties or traits: what JSON writes as an object. Not an
 * array, and not a `Date` or a boxed primitive ({@link isScalarObject}).
 *
 * @example
 * isDataObject({ plan: 'pro' }) // true
 * isDataObject(new Date(0)) // false
 */
export function isDataObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (!isPlainObject(value)) return false
  // What JSON.parse makes is decided without the instanceof chain.
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null || !isScalarObject(value)
}

const hasOwnProperty = Object.prototype.hasOwnProperty

/**
 * Whether `key` is an own property of `object` (`Object.hasOwn`, which the core's targets may lack).
 *
 * @example
 * hasOwn({ a: 1 }, 'a') // true
 * hasOwn({}, 'toString') // false
 */
export function hasOwn(object: object, key: string): boolean {
  return hasOwnProperty.call(object, key)
}

/** Whether `object` has an own enumerable key (`Object.keys(object).length > 0`, without the array). */
export function hasKeys(object: object): boolean {
  for (const key in object) if (hasOwnProperty.call(object, key)) return true
  return false
}

/** Own enumerable property lookup: never reads through a prototype (so `__proto__` is data). */
export function own(object: Readonly<Record<string, unknown>>, key: string): unknown {
  return hasOwnProperty.call(object, key) ? object[key] : undefined
}

/**
 * Sets `key` on a fresh object as an own data property. Plain assignment of `__proto__` would
 * replace the object's prototype instead; `defineProperty` keeps it as data.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  } else {
    target[key] = value
  }
}

/** A shallow copy of `source` with `key` replaced (or removed when `value` is `undefined`). */
export function withKey(
  source: Readonly<Record<string, unknown>>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {}
  for (const k of Object.keys(source)) {
    if (k !== key) setOwn(copy, k, source[k])
  }
  if (value !== undefined) setOwn(copy, key, value)
  return copy
}
