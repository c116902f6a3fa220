import { withoutNegativeZero } from '../../fields/withoutNegativeZero.js'

/** The scalar field types of Segment's Actions mappings that ajv coerces. */
export type FieldKind = 'string' | 'number' | 'integer'

/**
 * Where a mapped value sits in Segment's payload, which decides the cleaning it gets before
 * validation: `root` (a top-level field: `null` and `""` are removed), `nested` (a key of a typed
 * object such as `userAgentData`: `null` is removed, `""` only when the key is not text), `item`
 * (a key of a `products` item: nothing is removed, so `null` is coerced).
 */
export type Placement = 'root' | 'nested' | 'item'

/** The value ajv cannot coerce: Segment rejects the whole message. */
export const REJECTED: unique symbol = Symbol('rejected')

function matches(kind: FieldKind, value: unknown): boolean {
  if (kind === 'string') return typeof value === 'string'
  if (typeof value !== 'number' || !Number.isFinite(value)) return false
  return kind === 'number' || value % 1 === 0
}

/**
 * A mapped value as Segment's Actions pipeline hands it to the action: after `removeEmptyValues`
 * and ajv with `coerceTypes: 'array'` (a one-element array is unwrapped; text takes numbers and
 * booleans; numbers take numeric text, booleans and `null`). `undefined` when the field is absent,
 * {@link REJECTED} when ajv cannot coerce it.
 *
 * @example
 * coerceField('number', '12.5', 'root') // 12.5
 * coerceField('integer', 2.5, 'root') // REJECTED
 * coerceField('string', null, 'item') // ''
 */
export function coerceField(kind: FieldKind, value: unknown, placement: Placement): string | number | undefined | typeof REJECTED {
  const coerced = coerce(kind, value, placement)
  return typeof coerced === 'number' ? withoutNegativeZero(coerced) : coerced
}

function coerce(kind: FieldKind, value: unknown, placement: Placement): string | number | undefined | typeof REJECTED {
  if (value === undefined) return undefined
  if (placement !== 'item') {
    if (value === null) return undefined
    if (value === '' && (placement === 'root' || kind !== 'string')) return undefined
  }
  if (matches(kind, value)) return value as string | number
  let data = value
  if (Array.isArray(data) && data.length === 1) {
    data = data[0]
    if (matches(kind, data)) return data as string | number
  }
  if (kind === 'string') {
    if (typeof data === 'number' || typeof data === 'boolean') return String(data)
    return data === null ? '' : REJECTED
  }
  if (typeof data === 'boolean' || data === null) return Number(data)
  if (typeof data !== 'string' || data === '') return REJECTED
  // ajv's test is `data == +data`: any text Number() reads, whitespace and hex included.
  const number = Number(data)
  if (Number.isNaN(number) || (kind === 'integer' && number % 1 !== 0)) return REJECTED
  return number
}
