import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import { weighted } from './internal/fields.js'

const SYMBOL: symbol = Symbol.for('segment-amplitude.testing.hostile')

// One function instance, so that a sample stays deep-equal to itself across runs.
function hostileFunction(): string {
  return 'not data'
}

/** Keys that reach prototypes when code assigns with `object[key] = …`. */
const PROTO_JSON = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"prototype":{"polluted":true}}',
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true},"toString":"not a function","hasOwnProperty":1,"valueOf":null}',
  '{"__proto__":null}',
  '{"__proto__":[1,2,3]}',
] as const

/**
 * An object with `__proto__`, `constructor` or `prototype` as own keys, built with `JSON.parse`
 * exactly as a message decoded from JSON carries them.
 */
export const arbProtoKeys: Arbitrary<Record<string, unknown>> = fc
  .constantFrom(...PROTO_JSON)
  .map((json) => JSON.parse(json) as Record<string, unknown>)

function nest(depth: number, asArray: boolean): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { nested: value }
  return value
}

const arbHugeString = fc
  .tuple(fc.constantFrom(1_025, 10_000, 100_000), fc.constantFrom('x', 'é', '€', '😀', '\uD800', ' '))
  .map(([length, unit]) => unit.repeat(length))

const arbDeep = fc.tuple(fc.constantFrom(41, 100, 1_000), fc.boolean()).map(([depth, asArray]) => nest(depth, asArray))

const arbOddScalar = fc.constantFrom<unknown>(
  Number.NaN,
  -0,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  -1,
  0,
  1.5,
  undefined,
  null,
  true,
  false,
  '',
  '   ',
  '\u0000',
  'null',
  'undefined',
  '__proto__',
  '-1',
  '1e400',
  SYMBOL,
  hostileFunction,
  10n,
)

/**
 * A value that does not belong where it is put: `NaN`, `-0`, infinities, `undefined`, a symbol,
 * a function, a `bigint`, strings of up to 100,000 characters (lone surrogates included),
 * objects and arrays nested 41 to 1,000 deep, objects with `__proto__`/`constructor`/`prototype`
 * own keys, and anything else `fc.anything` builds (dates, maps, sets, boxed values, sparse
 * arrays, null-prototype objects). Typed arrays are left out because they cannot be frozen.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbHostileValue } from 'segment-amplitude/testing'
 * import { translate } from 'segment-amplitude'
 *
 * fc.assert(fc.property(arbHostileValue, (revenue) => {
 *   translate({ type: 'track', event: 'Paid', userId: 'user-1', properties: { revenue } }) // never throws
 * }))
 */
export const arbHostileValue: Arbitrary<unknown> = weighted<unknown>(
  [6, arbOddScalar],
  [2, arbHugeString],
  [2, arbDeep],
  [2, arbProtoKeys],
  [1, fc.string({ unit: 'binary', maxLength: 20 })],
  [
    4,
    fc.anything({
      maxDepth: 3,
      maxKeys: 5,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withBigInt: true,
      withNullPrototype: true,
      withSparseArray: true,
      withObjectString: true,
    }),
  ],
)
