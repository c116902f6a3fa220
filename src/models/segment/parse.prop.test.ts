import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Issue } from '../../issues/issue.js'
import { setOwn } from '../../util/object.js'
import { parseSegmentMessage } from './parse.js'
import type { SegmentMessageType } from './types.js'

const MESSAGE_TYPES: readonly SegmentMessageType[] = ['track', 'identify', 'page', 'screen', 'group', 'alias']

// Keys the parser reads, and the ones that pollute prototypes when handled carelessly. Random
// objects keyed from this list reach the parser's field checks instead of only its first test.
const FIELD_KEYS = [
  'type', 'event', 'userId', 'anonymousId', 'messageId', 'previousId', 'groupId', 'timestamp',
  'originalTimestamp', 'sentAt', 'receivedAt', 'context', 'integrations', 'properties', 'traits',
  'name', 'category', 'channel', 'version', 'app', 'campaign', 'device', 'library', 'location',
  'network', 'os', 'page', 'referrer', 'screen', 'id', 'latitude', 'userAgentData', 'All',
  'Amplitude', 'Actions Amplitude', '__proto__', 'constructor', 'prototype',
]
const key = fc.oneof(fc.constantFrom(...FIELD_KEYS), fc.string({ maxLength: 8 }))

/** Every kind of value fast-check builds, typed arrays excepted (they cannot be frozen). */
const EVERY_KIND = {
  key,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withSparseArray: true,
} as const
const anyValue = fc.anything(EVERY_KIND)
const anyValueWithTypedArrays = fc.anything({ ...EVERY_KIND, withTypedArray: true })

/** Objects with a valid `type` and anything at the known keys: they reach every field check. */
const messageShaped = fc
  .tuple(fc.constantFrom(...MESSAGE_TYPES), fc.dictionary(key, fc.oneof(anyValue, fc.dictionary(key, anyValue))))
  .map(([type, fields]) => ({ ...fields, type }))

/** Chains up to 10,000 levels deep, objects keyed by the known fields and arrays in turn. */
const deep = fc
  .tuple(fc.integer({ min: 1, max: 10_000 }), fc.array(key, { minLength: 1, maxLength: 3 }), anyValue)
  .map(([depth, keys, leaf]) => {
    let value: unknown = leaf
    for (let level = 0; level < depth; level += 1) {
      const levelKey = keys[level % keys.length] ?? 'context'
      value = level % 4 === 3 ? [value] : { [levelKey]: value }
    }
    return value
  })

/** A copy of a tree of plain objects and arrays, so the cycles added below touch no shared value. */
function copyTree(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyTree)
  if (typeof value !== 'object' || value === null) return value
  const copy: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) setOwn(copy, k, copyTree(v))
  return copy
}

function objectsIn(root: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = []
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || found.includes(value as Record<string, unknown>)) return
    found.push(value as Record<string, unknown>)
    for (const child of Object.values(value)) visit(child)
  }
  visit(root)
  return found
}

/**
 * Message-shaped values with cycles: every link points back at the root (an ancestor of every
 * node, so each link closes a cycle), some through the known fields (`context.device = root`).
 */
const circular = fc
  .tuple(
    fc.constantFrom(...MESSAGE_TYPES),
    fc.dictionary(key, fc.anything({ key, maxDepth: 3 })),
    fc.array(fc.tuple(fc.nat(), key), { minLength: 1, maxLength: 4 }),
  )
  .map(([type, fields, links]) => {
    const root = copyTree({ ...fields, type }) as Record<string, unknown>
    // Links start from objects only: an array's `length` cannot hold an object.
    const nodes = objectsIn(root).filter((node) => !Array.isArray(node))
    for (const [index, linkKey] of links) setOwn(nodes[index % nodes.length] ?? root, linkKey, root)
    return root
  })

function deepFreeze<T>(value: T, seen: Set<unknown> = new Set()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value
  seen.add(value)
  Object.freeze(value)
  for (const k of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[k], seen)
  // Frozen or not, a Map or Set can still change: freeze what they hold, the parser reads neither.
  if (value instanceof Map || value instanceof Set) for (const entry of value) deepFreeze(entry, seen)
  return value
}

/** The result contract: `ok` with no error issue, or not `ok` with at least one. */
function expectWellFormed(result: ReturnType<typeof parseSegmentMessage>): void {
  const errors = result.issues.filter((issue: Issue) => issue.severity === 'error')
  expect(result.ok ? errors.length === 0 : errors.length > 0).toBe(true)
  for (const issue of result.issues) {
    expect(Object.keys(issue).sort()).toEqual(['code', 'message', 'path', 'severity'])
    expect(['error', 'warning', 'info']).toContain(issue.severity)
  }
}

describe('parseSegmentMessage never throws', () => {
  test('on any value fast-check can build, and answers ok with no error or not ok with one', () => {
    fc.assert(fc.property(anyValueWithTypedArrays, (value) => expectWellFormed(parseSegmentMessage(value))))
  })

  test('on objects with a valid type and any value at the known fields', () => {
    fc.assert(fc.property(messageShaped, (value) => expectWellFormed(parseSegmentMessage(value))))
  })

  test('on circular values', () => {
    fc.assert(fc.property(circular, (value) => expectWellFormed(parseSegmentMessage(value))))
  })

  test('on deeply nested values', () => {
    fc.assert(
      fc.property(deep, fc.constantFrom(...MESSAGE_TYPES), (value, type) => {
        expectWellFormed(parseSegmentMessage(value))
        const message = { type, event: 'E', context: { device: value, traits: value }, properties: value, traits: value }
        expectWellFormed(parseSegmentMessage(message))
      }),
    )
  })
})

/**
 * A plain, comparable picture of a value taken before parsing: kinds, prototypes, own keys and
 * values, cycles as back-references. `structuredClone` cannot stand in for it: it drops null
 * prototypes, and `toStrictEqual` compares `constructor` properties, which here are plain data.
 */
function fingerprint(root: unknown): unknown {
  const seen = new Map<object, number>()
  const walk = (value: unknown): unknown => {
    if (typeof value === 'number') return Object.is(value, -0) ? '-0 (number)' : Number.isNaN(value) ? 'NaN (number)' : value
    if (typeof value === 'bigint' || typeof value === 'symbol' || value === undefined) return `${String(value)} (${typeof value})`
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value
    const ref = seen.get(value)
    if (ref !== undefined) return { ref }
    seen.set(value, seen.size)
    const kind = Object.getPrototypeOf(value) === null ? 'null prototype' : Object.prototype.toString.call(value)
    const own = Reflect.ownKeys(value).map((k) => [String(k), walk(Object.getOwnPropertyDescriptor(value, k)?.value)])
    const inner =
      value instanceof Map || value instanceof Set
        ? [...value].map(walk)
        : value instanceof Date || value instanceof Number || value instanceof String || value instanceof Boolean
          ? walk(value.valueOf())
          : undefined
    return { kind, own, inner }
  }
  return walk(root)
}

describe('parseSegmentMessage leaves its input unchanged', () => {
  test.each([
    ['any value', anyValue],
    ['message-shaped values', messageShaped],
    ['circular values', circular],
  ])('for %s (deep-frozen, and equal to a picture taken before)', (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (value) => {
        const before = fingerprint(value)
        parseSegmentMessage(deepFreeze(value))
        expect(fingerprint(value)).toEqual(before)
      }),
    )
  })
})

// A small local arbitrary of valid messages; the richer shared one lives in src/testing.
const text = fc.string({ maxLength: 12 })
const nonBlank = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '')
const id = fc.oneof(fc.uuid(), nonBlank)
const time = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.integer({ min: 946_684_800_000, max: 4_102_444_800_000 }),
)
const finite = (min: number, max: number): fc.Arbitrary<number> => fc.double({ min, max, noNaN: true })
const data = fc.dictionary(fc.oneof(text, fc.constantFrom('__proto__', 'constructor', 'prototype')), fc.jsonValue({ maxDepth: 2 }), {
  maxKeys: 4,
})
const optional = { requiredKeys: [] }

const context = fc.record(
  {
    active: fc.boolean(),
    app: fc.record({ name: text, version: text, build: text, namespace: text }, optional),
    campaign: fc.record({ name: text, source: text, medium: text, term: text, content: text }, optional),
    device: fc.record(
      { id, advertisingId: id, adTrackingEnabled: fc.boolean(), manufacturer: text, model: text, type: fc.constantFrom('ios', 'android') },
      optional,
    ),
    ip: fc.ipV4(),
    library: fc.record({ name: text, version: text }, optional),
    locale: fc.constantFrom('en-US', 'de-DE', 'pt-BR'),
    location: fc.record({ city: text, country: text, latitude: finite(-90, 90), longitude: finite(-180, 180), speed: finite(0, 100) }, optional),
    network: fc.record({ bluetooth: fc.boolean(), carrier: text, cellular: fc.boolean(), wifi: fc.boolean() }, optional),
    os: fc.record({ name: fc.constantFrom('iOS', 'Android', 'Mac OS X'), version: text }, optional),
    page: fc.record({ path: text, referrer: fc.webUrl(), search: text, title: text, url: fc.webUrl() }, optional),
    referrer: fc.record({ type: text, name: text, url: fc.webUrl(), link: text, id: text }, optional),
    screen: fc.record({ width: fc.nat(10_000), height: fc.nat(10_000), density: finite(0.5, 4) }, optional),
    timezone: fc.constantFrom('Europe/Berlin', 'America/New_York'),
    traits: data,
    userAgent: text,
    userAgentData: fc.record({ brands: fc.array(fc.record({ brand: text, version: text }), { maxLength: 3 }), mobile: fc.boolean(), platform: text }, optional),
    groupId: id,
  },
  optional,
)

const amplitudeOptions = fc.oneof(fc.boolean(), fc.record({ session_id: fc.nat(), event_id: fc.nat() }, optional))
const common = fc.record(
  {
    userId: id,
    anonymousId: id,
    messageId: id,
    timestamp: time,
    originalTimestamp: time,
    sentAt: time,
    receivedAt: time,
    context,
    integrations: fc.record({ All: fc.boolean(), Amplitude: amplitudeOptions, 'Actions Amplitude': amplitudeOptions, Mixpanel: fc.boolean() }, optional),
    channel: fc.constantFrom('server', 'browser', 'mobile'),
    version: fc.constantFrom(1, 2),
  },
  optional,
)

const callFields = fc.oneof(
  fc.record({ type: fc.constant('track'), event: nonBlank, properties: data }, { requiredKeys: ['type', 'event'] }),
  fc.record({ type: fc.constant('identify'), traits: data }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('page'), name: text, category: text, properties: data }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('screen'), name: text, category: text, properties: data }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('group'), groupId: id, traits: data }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('alias'), previousId: id }, { requiredKeys: ['type'] }),
)
const validMessage = fc.tuple(common, callFields).map(([fields, call]) => ({ ...fields, ...call }))

describe('parseSegmentMessage accepts valid messages', () => {
  test('of all six types, with no issue and the message unchanged', () => {
    const seen = new Set<string>()
    fc.assert(
      fc.property(validMessage, (message) => {
        seen.add(message.type)
        expect(parseSegmentMessage(message)).toStrictEqual({ ok: true, message, issues: [] })
      }),
    )
    expect([...seen].sort()).toEqual([...MESSAGE_TYPES].sort())
  })

  test('with a finite number id, as its decimal string', () => {
    fc.assert(
      fc.property(validMessage, fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), (message, userId) => {
        const result = parseSegmentMessage({ ...message, userId })
        expect(result.ok && result.message.userId).toBe(String(userId))
      }),
    )
  })

  test('with a null, empty or blank id, as if the id were absent', () => {
    fc.assert(
      fc.property(validMessage, fc.constantFrom(null, '', ' ', '\t\n'), (message, anonymousId) => {
        const result = parseSegmentMessage({ ...message, anonymousId })
        expect(result.ok).toBe(true)
        expect(result.ok && Object.keys(result.message)).not.toContain('anonymousId')
        expect(result.issues).toEqual([])
      }),
    )
  })
})
