import type { Issue } from '../../issues/issue.js'
import { joinPath } from '../../issues/path.js'
import { isDataObject, isPlainObject, isScalarObject, own, withKey } from '../../util/object.js'
import type { SegmentMessage, SegmentMessageType } from './types.js'

/**
 * The outcome of {@link parseSegmentMessage}: a typed message with warnings, or errors only.
 *
 * @example
 * const result: ParseResult = parseSegmentMessage({ type: 'track', event: 'Signed Up', userId: 'u-123' })
 * if (result.ok) result.message.type
 */
export type ParseResult =
  | { readonly ok: true; readonly message: SegmentMessage; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] }

const MESSAGE_TYPES: ReadonlySet<string> = new Set<SegmentMessageType>([
  'track',
  'identify',
  'page',
  'screen',
  'group',
  'alias',
])

/**
 * Field kinds the parser checks. `id`: a non-empty string (a finite number becomes its decimal
 * string; `null`, `""` and whitespace are absent). `string`: a string (a finite number becomes its
 * decimal string). `number`: a finite number (a numeric string becomes a number). `time`: an ISO
 * string or epoch-ms number (a `Date` becomes epoch ms), checked further by the time rule.
 */
type Kind = 'id' | 'string' | 'number' | 'boolean' | 'data' | 'time' | 'flag' | Schema
interface Schema {
  readonly [key: string]: Kind
}

const CONTEXT: Schema = {
  active: 'boolean',
  app: { name: 'string', version: 'string', build: 'string', namespace: 'string' },
  campaign: { name: 'string', source: 'string', medium: 'string', term: 'string', content: 'string' },
  device: {
    id: 'id',
    advertisingId: 'id',
    idfa: 'id',
    adTrackingEnabled: 'boolean',
    manufacturer: 'string',
    model: 'string',
    brand: 'string',
    name: 'string',
    type: 'string',
    token: 'string',
    version: 'string',
  },
  ip: 'string',
  library: { name: 'string', version: 'string' },
  locale: 'string',
  location: {
    city: 'string',
    country: 'string',
    region: 'string',
    latitude: 'number',
    longitude: 'number',
    speed: 'number',
  },
  network: { bluetooth: 'boolean', carrier: 'string', cellular: 'boolean', wifi: 'boolean' },
  os: { name: 'string', version: 'string' },
  page: { path: 'string', referrer: 'string', search: 'string', title: 'string', url: 'string' },
  referrer: { type: 'string', name: 'string', url: 'string', link: 'string', id: 'string' },
  screen: { width: 'number', height: 'number', density: 'number' },
  timezone: 'string',
  traits: 'data',
  userAgent: 'string',
  userAgentData: 'data',
  groupId: 'id',
}

const INTEGRATIONS: Schema = { All: 'flag', Amplitude: 'flag', 'Actions Amplitude': 'flag' }

const COMMON: Schema = {
  userId: 'id',
  anonymousId: 'id',
  messageId: 'id',
  timestamp: 'time',
  originalTimestamp: 'time',
  sentAt: 'time',
  receivedAt: 'time',
  context: CONTEXT,
  integrations: INTEGRATIONS,
  channel: 'string',
  version: 'number',
}

/** A schema as the parser reads it: a map (a key lookup with no prototype to guard against), in schema order. */
type Fields = ReadonlyMap<string, Exclude<Kind, Schema> | Fields>

function fieldsOf(schema: Schema): Fields {
  return new Map(Object.entries(schema).map(([key, kind]) => [key, typeof kind === 'object' ? fieldsOf(kind) : kind]))
}

const PER_TYPE: Readonly<Record<SegmentMessageType, Fields>> = {
  track: fieldsOf({ ...COMMON, event: 'string', properties: 'data' }),
  identify: fieldsOf({ ...COMMON, traits: 'data' }),
  page: fieldsOf({ ...COMMON, name: 'string', category: 'string', properties: 'data' }),
  screen: fieldsOf({ ...COMMON, name: 'string', category: 'string', properties: 'data' }),
  group: fieldsOf({ ...COMMON, groupId: 'id', traits: 'data' }),
  alias: fieldsOf({ ...COMMON, previousId: 'id' }),
}

const NUMERIC = /^\s*-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/

const KIND_NAMES: Readonly<Record<string, string>> = {
  id: 'a string or number id',
  string: 'a string',
  number: 'a finite number',
  boolean: 'a boolean',
  data: 'an object',
  time: 'an ISO 8601 string or epoch milliseconds',
  flag: 'a boolean or an options object',
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value)
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`
  if (typeof value === 'object' && isScalarObject(value)) return value instanceof Date ? 'a Date' : `a boxed ${typeof value.valueOf()}`
  return typeof value === 'object' ? 'an object' : typeof value
}

/** The normalised value, `undefined` for absent, or `INVALID` for a value of the wrong kind. */
const INVALID: unique symbol = Symbol('invalid')

function normalise(kind: Exclude<Kind, Schema>, value: unknown): unknown {
  switch (kind) {
    case 'id':
      if (typeof value === 'string') return value.trim() === '' ? undefined : value
      if (typeof value === 'number') return Number.isFinite(value) ? String(value) : INVALID
      return value === null ? undefined : INVALID
    case 'string':
      if (typeof value === 'string') return value
      if (typeof value === 'number' && Number.isFinite(value)) return String(value)
      return value === null ? undefined : INVALID
    case 'number':
      if (typeof value === 'number') return Number.isFinite(value) ? value : INVALID
      if (typeof value === 'string' && NUMERIC.test(value)) return Number(value)
      return value === null ? undefined : INVALID
    case 'boolean':
      return typeof value === 'boolean' ? value : value === null ? undefined : INVALID
    case 'data':
      return isDataObject(value) ? value : value === null ? undefined : INVALID
    case 'flag':
      return typeof value === 'boolean' || isPlainObject(value) ? value : value === null ? undefined : INVALID
    case 'time':
      if (typeof value === 'string' || typeof value === 'number') return value
      if (value instanceof Date) return value.getTime()
      return value === null ? undefined : INVALID
  }
}

/**
 * Checks the known fields of `object` against `schema`, returning `object` itself when nothing
 * changes and a shallow copy otherwise (the input is never mutated).
 */
function check(
  object: Readonly<Record<string, unknown>>,
  schema: Fields,
  path: string,
  issues: Issue[],
): Readonly<Record<string, unknown>> {
  return isClean(object, schema) ? object : checkInOrder(object, schema, path, issues)
}

/**
 * Whether no known field of `object` would change: the common case, answered by walking the
 * object's enumerable keys (what JSON has), which are fewer than the schema's. Issues and
 * copies need the schema's order: {@link checkInOrder}.
 */
function isClean(object: Readonly<Record<string, unknown>>, schema: Fields): boolean {
  // for-in, not Object.keys: V8 reads `object[key]` through the enum cache, about twice as fast.
  // It also visits inherited enumerable keys, which can only send a message to checkInOrder.
  for (const key in object) {
    const kind = schema.get(key)
    if (kind === undefined) continue
    const value = object[key]
    if (value === undefined) continue
    if (typeof kind === 'object') {
      if (!isPlainObject(value) || !isClean(value, kind)) return false
    } else if (typeof value !== 'string' || (kind !== 'string' && kind !== 'time')) {
      // The common case, a string where a string is expected, skips normalise's switch.
      if (normalise(kind, value) !== value) return false
    }
  }
  return true
}

/** {@link check} in the schema's order, the order of its issues and changed keys. */
function checkInOrder(
  object: Readonly<Record<string, unknown>>,
  schema: Fields,
  path: string,
  issues: Issue[],
): Readonly<Record<string, unknown>> {
  let result = object
  for (const [key, kind] of schema) {
    const value = own(object, key)
    if (value === undefined) continue
    // Paths are joined only for a nested object or an issue: most fields are neither.
    let next: unknown
    if (typeof kind === 'object') {
      next = isPlainObject(value) ? check(value, kind, joinPath(path, key), issues) : value === null ? undefined : INVALID
    } else {
      next = normalise(kind, value)
    }
    if (next === INVALID) {
      const fieldPath = joinPath(path, key)
      const expected = typeof kind === 'object' ? 'an object' : (KIND_NAMES[kind] ?? kind)
      issues.push({
        severity: 'warning',
        code: 'invalid_type',
        path: fieldPath,
        message: `${fieldPath} is ${describe(value)}, expected ${expected}; it was dropped`,
      })
    }
    if (next === INVALID) next = undefined
    if (next !== value) result = withKey(result, key, next)
  }
  return result
}

/**
 * Parses any value into a typed {@link SegmentMessage}, following SPEC section 2: ids are
 * normalised (numbers become strings; `null`, `""` and whitespace are absent), known fields of the
 * wrong type are dropped with a `warning` naming their path, and unknown fields pass through. The
 * input is never mutated and `__proto__`-style keys stay plain data. Never throws.
 *
 * @example
 * const result = parseSegmentMessage({ type: 'track', event: 'Signed Up', userId: 42 })
 * // result.ok === true, result.message.userId === '42'
 */
export function parseSegmentMessage(input: unknown): ParseResult {
  if (!isPlainObject(input)) {
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'invalid_message',
          path: '',
          message: `a Segment message must be an object, got ${describe(input)}`,
        },
      ],
    }
  }
  const type = own(input, 'type')
  if (typeof type !== 'string' || !MESSAGE_TYPES.has(type)) {
    const missing = type === undefined || type === null || type === ''
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: missing ? 'missing_type' : 'unknown_type',
          path: 'type',
          message: missing
            ? 'the message has no type; expected track, identify, page, screen, group or alias'
            : `type ${describe(type)} is not a Segment call; expected track, identify, page, screen, group or alias`,
        },
      ],
    }
  }
  const issues: Issue[] = []
  const schema = PER_TYPE[type as SegmentMessageType]
  const message = check(input, schema, '', issues)
  if (type === 'track') {
    const event = own(message, 'event')
    if (typeof event !== 'string' || event.trim() === '') {
      issues.push({
        severity: 'error',
        code: 'missing_event',
        path: 'event',
        message: 'a track call needs a non-empty event name',
      })
      return { ok: false, issues }
    }
  }
  return { ok: true, message: message as unknown as SegmentMessage, issues }
}
