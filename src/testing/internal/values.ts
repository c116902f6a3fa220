import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import { weighted } from './fields.js'

/** A finite number that survives a JSON round trip (`-0` would come back as `0`). */
export const arbFiniteNumber: Arbitrary<number> = weighted<number>(
  [6, fc.integer({ min: -1_000, max: 100_000 })],
  [3, fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })],
  [1, fc.constantFrom(0, 1, -1, 0.1, 1e21, Number.MAX_SAFE_INTEGER)],
).map((n) => (Object.is(n, -0) ? 0 : n))

/** Short, mostly readable text: property values a real app sends. */
export const arbText: Arbitrary<string> = weighted<string>(
  [6, fc.constantFrom('blue', 'Pro', 'Free trial', 'checkout', 'hero_cta', 'Jazz', 'en-US', 'Stockholm', 'N/A', '')],
  [3, fc.string({ maxLength: 16 })],
  [1, fc.string({ unit: 'grapheme', maxLength: 8 })],
)

/** A property key: mostly snake_case or camelCase words, sometimes anything short. */
export const arbPropertyKey: Arbitrary<string> = weighted<string>(
  [8, fc.constantFrom('plan', 'source', 'label', 'variant', 'item_count', 'isTrial', 'button_text', 'duration_ms', 'tags', 'meta')],
  [2, fc.string({ minLength: 1, maxLength: 12 })],
)

/**
 * A JSON value as found inside `properties` and `traits`: scalars, short arrays and small
 * objects, at most three levels deep. No `NaN`, `-0` or `undefined`: those belong to the hostile
 * arbitraries.
 */
export const arbJsonValue: Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    arbText,
    arbFiniteNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(arbPropertyKey, tie('value')), { maxLength: 4 }).map(toObject),
  ),
})).value

/**
 * Builds an object from entries with every key as an own data property, so a key such as
 * `__proto__` stays data instead of replacing the prototype.
 */
export function toObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return object
}

/** An amount in whole cents, as a number of dollars (`1234.5`). */
export function centsToAmount(cents: number): number {
  return cents / 100
}

/** An amount written the way a shop template prints it: `$1,234.50`. */
export function formatDollars(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}$${whole}.${String(abs % 100).padStart(2, '0')}`
}

/** Epoch milliseconds between 2019 and 2026: the range real Segment data falls in. */
export const arbEpochMs: Arbitrary<number> = fc.integer({ min: 1_546_300_800_000, max: 1_798_761_599_000 })

/** 32 lowercase hex digits, as in analytics.js message ids. */
export const arbHex32: Arbitrary<string> = fc.uuid({ version: 4 }).map((uuid) => uuid.replace(/-/g, ''))
