import type { Issue } from '../issues/issue.js'
import { joinPath } from '../issues/path.js'
import type { JsonObject, JsonValue } from '../models/json.js'
import { isScalarObject, setOwn } from '../util/object.js'

/** Amplitude rejects objects nested deeper than this; deeper values are cut with a warning. */
export const MAX_DEPTH = 40

const DROPPED = undefined

/**
 * Returns `value` as JSON Amplitude accepts, reusing the input where it is already clean (no
 * copy in the common case). `NaN`, `Infinity`, functions, symbols, circular references and
 * values nested deeper than {@link MAX_DEPTH} are dropped with a warning at their path, and so
 * are a `Map` and a `Set` (JSON would write `{}`); `-0` becomes `0`, a `Date` its ISO string, a
 * `bigint` its decimal string, a boxed primitive the primitive, a class instance a plain object
 * of its own enumerable keys; `undefined` object values vanish as in `JSON.stringify`. Never
 * mutates the input.
 *
 * @example
 * toJsonObject({ a: 1, b: NaN }, 'properties', issues) // { a: 1 }, plus a warning at properties.b
 */
export function toJsonObject(
  value: Readonly<Record<string, unknown>>,
  path: string,
  issues: Issue[],
): JsonObject {
  const result = clean(value, path, undefined, issues, [], 1)
  if (typeof result === 'object' && result !== null && !Array.isArray(result)) return result as JsonObject
  // A Date or a boxed primitive cleans to a string or a number, not the object the caller needs.
  if (result !== undefined) warn(issues, path, 'invalid_value', `${path} is a ${typeof result} in JSON, not an object; it was dropped`)
  return {}
}

function warn(issues: Issue[], path: string, code: string, message: string): undefined {
  issues.push({ severity: 'warning', code, path, message })
  return DROPPED
}

// The path of a value is built only when it is reported or has children: most values are clean
// scalars, and joining a path for each of them cost more than the rest of the walk.
function pathOf(parent: string, key: string | number | undefined): string {
  return key === undefined ? parent : joinPath(parent, key)
}

function clean(
  value: unknown,
  parent: string,
  key: string | number | undefined,
  issues: Issue[],
  ancestors: object[],
  depth: number,
): JsonValue | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number': {
      if (Number.isFinite(value)) return value === 0 ? 0 : value
      const path = pathOf(parent, key)
      return warn(issues, path, 'invalid_number', `${path} is ${String(value)}, which JSON cannot carry; it was dropped`)
    }
    case 'undefined':
      return undefined
    case 'bigint':
      return value.toString()
    case 'object':
      break
    default: {
      const path = pathOf(parent, key)
      return warn(issues, path, 'invalid_value', `${path} is a ${typeof value}, which JSON cannot carry; it was dropped`)
    }
  }
  if (value === null) return null
  const path = pathOf(parent, key)
  const prototype: unknown = Object.getPrototypeOf(value)
  // What JSON.parse makes: no Date, boxed primitive, Map or Set has one of these prototypes.
  const ordinary = prototype === Object.prototype || prototype === Array.prototype || prototype === null
  if (ordinary) return cleanContainer(value, prototype, path, issues, ancestors, depth)
  if (value instanceof Date) {
    const time = value.getTime()
    return Number.isNaN(time) ? warn(issues, path, 'invalid_value', `${path} is an invalid Date; it was dropped`) : value.toISOString()
  }
  if (isScalarObject(value)) {
    // A boxed primitive (the Date is handled above): JSON writes the primitive it holds.
    return clean(value.valueOf(), parent, key, issues, ancestors, depth)
  }
  if (value instanceof Map || value instanceof Set) {
    // JSON writes either as {}: its entries would vanish without a word.
    return warn(issues, path, 'invalid_value', `${path} is a ${value instanceof Map ? 'Map' : 'Set'}, which JSON cannot carry; it was dropped`)
  }
  return cleanContainer(value, prototype, path, issues, ancestors, depth)
}

function cleanContainer(
  value: object,
  prototype: unknown,
  path: string,
  issues: Issue[],
  ancestors: object[],
  depth: number,
): JsonValue | undefined {
  if (ancestors.includes(value)) {
    return warn(issues, path, 'circular_reference', `${path} refers back to one of its parents; it was dropped`)
  }
  if (depth > MAX_DEPTH) {
    return warn(issues, path, 'too_deep', `${path} is nested deeper than ${MAX_DEPTH} levels, Amplitude's limit; it was dropped`)
  }
  ancestors.push(value)
  const result = Array.isArray(value)
    ? cleanArray(value, path, issues, ancestors, depth)
    : cleanObject(value as Readonly<Record<string, unknown>>, prototype, path, issues, ancestors, depth)
  ancestors.pop()
  return result
}

function cleanArray(value: readonly unknown[], path: string, issues: Issue[], ancestors: object[], depth: number): JsonValue {
  let copy: JsonValue[] | undefined
  for (let i = 0; i < value.length; i++) {
    const item = value[i]
    let next = clean(item, path, i, issues, ancestors, depth + 1)
    // JSON turns holes and unrepresentable array items into null; do the same, visibly.
    if (next === undefined) next = null
    // Object.is: -0 becomes 0, a change `!==` cannot see.
    if (!Object.is(next, item) && copy === undefined) copy = value.slice(0, i) as JsonValue[]
    if (copy !== undefined) copy.push(next)
  }
  return copy ?? (value as readonly JsonValue[])
}

function cleanObject(
  value: Readonly<Record<string, unknown>>,
  prototype: unknown,
  path: string,
  issues: Issue[],
  ancestors: object[],
  depth: number,
): JsonObject {
  // A class instance is written by JSON as a plain object of its own enumerable keys: copy it so.
  let copy: Record<string, unknown> | undefined = prototype === Object.prototype || prototype === null ? undefined : {}
  const keys = Object.keys(value)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    const item = value[key]
    const next = clean(item, path, key, issues, ancestors, depth + 1)
    // An undefined value is a change too: the key must go (no undefined in a payload).
    if ((!Object.is(next, item) || next === undefined) && copy === undefined) {
      copy = {}
      for (let j = 0; j < i; j++) setOwn(copy, keys[j] as string, value[keys[j] as string])
    }
    if (copy !== undefined && next !== undefined) setOwn(copy, key, next)
  }
  return (copy ?? value) as JsonObject
}
