import type { Issue, Severity } from '../issues/issue.js'
import { joinPath } from '../issues/path.js'
import type { AmplitudeCall } from '../models/amplitude/types.js'
import type { RequestIssueCode } from './codes.js'
import { MAX_GROUP_TYPES, MAX_GROUP_VALUES, MAX_NESTING_DEPTH, MAX_STRING_LENGTH } from './limits.js'
import { INVALID_IDS, RESERVED_EVENT_TYPES } from './reservedValues.js'

const INVALID_ID_SET: ReadonlySet<string> = new Set(INVALID_IDS)
const RESERVED_EVENT_TYPE_SET: ReadonlySet<string> = new Set(RESERVED_EVENT_TYPES)
/** First characters of the reserved types: most event types are told apart by their first one. */
const RESERVED_FIRST_CHARACTERS: ReadonlySet<number> = new Set(RESERVED_EVENT_TYPES.map((type) => type.charCodeAt(0)))
const INTEGER_FIELDS: readonly string[] = ['time', 'session_id', 'event_id', 'quantity']
const BLANK = /^\s*$/
const KELVIN_SIGN = 0x212a
const PREVIEW_LENGTH = 40

/** The key holding each API's payload in an `AmplitudeCall`, and how messages name it. */
const PAYLOADS = {
  event: { key: 'event', noun: 'event' },
  identify: { key: 'identification', noun: 'identification' },
  groupidentify: { key: 'identification', noun: 'group identification' },
  usermap: { key: 'mapping', noun: 'mapping' },
} as const

/**
 * A payload. Its fields are read with `Reflect.get`, the same [[Get]] as `payload.user_id`:
 * payloads come in hundreds of shapes, on which a named read's inline cache misses V8's shared
 * stub cache and goes to the runtime, while `Reflect.get` does the lookup directly (twice as fast).
 */
type Payload = Readonly<Record<string, unknown>>

/** The payload key and noun of a call's `api`, or `undefined` for anything but the four APIs. */
function shapeOf(api: unknown): (typeof PAYLOADS)[AmplitudeCall['api']] | undefined {
  // A switch rather than a keyed read of PAYLOADS: no prototype to guard against, and no lookup.
  switch (api) {
    case 'event':
      return PAYLOADS.event
    case 'identify':
      return PAYLOADS.identify
    case 'groupidentify':
      return PAYLOADS.groupidentify
    case 'usermap':
      return PAYLOADS.usermap
    default:
      return undefined
  }
}

/** What one call's checks share: where to report, and whether an error was found. */
interface Check {
  /**
   * Where issues go; `undefined` while probing, when a call is first checked without reporting
   * and `ok` turns false on any issue, warnings included.
   */
  issues: Issue[] | undefined
  readonly index: number
  /** The payload's key in the call: `event`, `identification` or `mapping`. */
  readonly key: string
  readonly noun: string
  readonly minIdLength: number
  /** Whether `time`, `session_id`… were checked as integers (events only), so the walk skips them. */
  readonly checksIntegers: boolean
  ok: boolean
  tooDeepReported: boolean
}

/** The outcome of checking one id field. */
type IdState = 'absent' | 'ok' | 'short' | 'invalid'

/** Path of a payload field, `[3].event.user_id`; built only for a reported issue. */
function pathTo(check: Check, field?: string): string {
  const base = `[${check.index}].${check.key}`
  return field === undefined ? base : joinPath(base, field)
}

function report(check: Check, severity: Severity, code: RequestIssueCode, path: string, message: string): void {
  if (check.issues === undefined) {
    check.ok = false
    return
  }
  if (severity === 'error') check.ok = false
  check.issues.push({ severity, code, path, message })
}

function preview(value: unknown): string {
  if (typeof value !== 'string') return value === null ? 'null' : typeof value
  const text = value.length > PREVIEW_LENGTH ? `${value.slice(0, PREVIEW_LENGTH)}…` : value
  return JSON.stringify(text)
}

/**
 * Length and first character of every string that lowercases to an invalid id, as
 * `length * 0x10000 + code unit`. Lowercasing keeps the length of a string it turns into ASCII (it
 * lengthens only U+0130, into a non-ASCII pair), and the only characters it turns into ASCII are
 * ASCII capitals and the Kelvin sign (into `k`).
 */
const INVALID_ID_SHAPES: ReadonlySet<number> = new Set(
  INVALID_IDS.flatMap((id) => {
    const first = id.charCodeAt(0)
    const sources = [first, id.toUpperCase().charCodeAt(0), ...(id.startsWith('k') ? [KELVIN_SIGN] : [])]
    return sources.map((unit) => id.length * 0x10000 + unit)
  }),
)

/** Whether Amplitude rejects the id, compared case-insensitively. */
function isInvalidId(id: string): boolean {
  // Lowercasing allocates; the shape rules out almost every real id (a UUID, say) before it.
  return INVALID_ID_SHAPES.has(id.length * 0x10000 + id.charCodeAt(0)) && INVALID_ID_SET.has(id.toLowerCase())
}

/** `null` counts as absent: Amplitude's own SDKs send `"user_id": null` for anonymous users. */
function idState(value: unknown, minIdLength: number): IdState {
  if (value === undefined || value === null) return 'absent'
  if (typeof value !== 'string' || isInvalidId(value)) return 'invalid'
  return value.length < minIdLength ? 'short' : 'ok'
}

function reportInvalidId(check: Check, field: string, value: unknown): void {
  const why =
    typeof value === 'string'
      ? `is ${preview(value)}, one of the ids Amplitude rejects`
      : `is ${preview(value)}, not a string`
  report(check, 'error', 'invalid_id', pathTo(check, field), `${field} ${why}; the ${check.noun} was not sent`)
}

function checkShortId(check: Check, field: 'user_id' | 'device_id', value: unknown, otherIsOk: boolean): void {
  const short = `${field} ${preview(value)} is shorter than ${check.minIdLength} characters`
  if (otherIsOk) {
    const other = field === 'user_id' ? 'device_id' : 'user_id'
    report(check, 'warning', 'short_id', pathTo(check, field), `${short}: Amplitude removes it and keeps the ${check.noun} under ${other}`)
  } else {
    report(check, 'error', 'missing_id', pathTo(check, field), `${short} and the ${check.noun} has no other id Amplitude keeps; it was not sent`)
  }
}

/** user_id and device_id of an event or an identification: at least one must survive Amplitude. */
function checkUserAndDevice(check: Check, payload: Payload): void {
  const userId = Reflect.get(payload, 'user_id')
  const deviceId = Reflect.get(payload, 'device_id')
  const user = idState(userId, check.minIdLength)
  const device = idState(deviceId, check.minIdLength)
  if (user === 'ok' && (device === 'ok' || device === 'absent')) return
  if (user === 'invalid') reportInvalidId(check, 'user_id', userId)
  if (user === 'short') checkShortId(check, 'user_id', userId, device === 'ok')
  if (device === 'invalid') reportInvalidId(check, 'device_id', deviceId)
  if (device === 'short') checkShortId(check, 'device_id', deviceId, user === 'ok')
  if (user === 'absent' && device === 'absent') {
    report(check, 'error', 'missing_id', pathTo(check), `the ${check.noun} has neither user_id nor device_id; it was not sent`)
  }
}

function isBlank(text: string): boolean {
  // Printable ASCII other than the space is never whitespace, so most texts need no regex.
  const first = text.charCodeAt(0)
  return !(first > 0x20 && first < 0x7f) && BLANK.test(text)
}

function isReservedEventType(eventType: string): boolean {
  return RESERVED_FIRST_CHARACTERS.has(eventType.charCodeAt(0)) && RESERVED_EVENT_TYPE_SET.has(eventType)
}

function checkEventType(check: Check, eventType: unknown): void {
  if (typeof eventType !== 'string' || isBlank(eventType)) {
    const what = typeof eventType === 'string' ? 'is empty' : eventType === undefined ? 'is missing' : `is ${preview(eventType)}, not a string`
    report(check, 'error', 'invalid_event_type', pathTo(check, 'event_type'), `event_type ${what}; the event was not sent`)
  } else if (isReservedEventType(eventType)) {
    report(check, 'error', 'reserved_event_type', pathTo(check, 'event_type'), `event_type ${preview(eventType)} is reserved; the event was not sent`)
  }
}

function isAbsentOrInteger(value: unknown): boolean {
  return value === undefined || value === null || Number.isInteger(value)
}

function reportNotInteger(check: Check, field: string, value: unknown): void {
  const shown = typeof value === 'number' ? String(value) : preview(value)
  report(check, 'error', 'not_integer', pathTo(check, field), `${field} is ${shown}, not an integer; Amplitude would reject the event, so it was not sent`)
}

function checkEventFields(check: Check, event: Payload): void {
  checkEventType(check, Reflect.get(event, 'event_type'))
  for (const field of INTEGER_FIELDS) {
    const value: unknown = Reflect.get(event, field)
    if (!isAbsentOrInteger(value)) reportNotInteger(check, field, value)
  }
}

function checkGroups(check: Check, groups: unknown): void {
  if (typeof groups !== 'object' || groups === null || Array.isArray(groups)) return
  const types = Object.keys(groups)
  let values = 0
  for (const type of types) {
    const value = (groups as Payload)[type]
    values += Array.isArray(value) ? value.length : 1
  }
  const path = pathTo(check, 'groups')
  if (types.length > MAX_GROUP_TYPES) {
    report(check, 'warning', 'too_many_group_types', path, `${types.length} group types; Amplitude tracks ${MAX_GROUP_TYPES} per ${check.noun} and silently ignores the rest`)
  }
  if (values > MAX_GROUP_VALUES) {
    report(check, 'warning', 'too_many_group_values', path, `${values} group values; Amplitude tracks ${MAX_GROUP_VALUES} per ${check.noun} and silently ignores the rest`)
  }
}

function checkGroupIdentification(check: Check, identification: Payload): void {
  for (const field of ['group_type', 'group_value']) {
    const value = identification[field]
    if (typeof value === 'string' && value !== '') continue
    const what = value === undefined ? 'is missing' : value === '' ? 'is empty' : `is ${preview(value)}, not a string`
    report(check, 'error', 'missing_group', pathTo(check, field), `${field} ${what}; the group identification was not sent`)
  }
}

function checkMapping(check: Check, mapping: Payload): void {
  const fields = mapping['unmap'] === true ? ['user_id'] : ['user_id', 'global_user_id']
  for (const field of fields) {
    const value = mapping[field]
    const state = idState(value, check.minIdLength)
    const path = pathTo(check, field)
    if (state === 'absent' || value === '') {
      report(check, 'error', 'missing_id', path, `the mapping has no ${field}; it was not sent`)
    } else if (state === 'invalid') {
      reportInvalidId(check, field, value)
    } else if (state === 'short') {
      report(check, 'warning', 'short_id', path, `${field} ${preview(value)} is shorter than ${check.minIdLength} characters: Amplitude removes such ids from events, so the mapping may match nothing`)
    }
  }
}

/** Builds the path of the value at `stack` lazily: only a reported value pays for it. */
function pathOf(check: Check, stack: readonly (string | number)[]): string {
  let path = pathTo(check)
  for (const key of stack) path = joinPath(path, key)
  return path
}

function reportAt(check: Check, stack: (string | number)[], key: string | number, code: RequestIssueCode, message: string): void {
  stack.push(key)
  const severity = code === 'too_deep' ? 'error' : 'warning'
  report(check, severity, code, pathOf(check, stack), message)
  stack.pop()
}

/** One value of a payload: strings and names too long, numbers JSON cannot write, nesting. */
function checkValue(check: Check, value: unknown, key: string | number, level: number, stack: (string | number)[]): void {
  if (typeof value === 'string') {
    if (value.length > MAX_STRING_LENGTH) {
      reportAt(check, stack, key, 'string_too_long', `a string of ${value.length} characters; Amplitude keeps the first ${MAX_STRING_LENGTH}`)
    }
  } else if (typeof value === 'number') {
    // Integer fields of events have their own, stricter check.
    if (Number.isFinite(value) || (level === 0 && check.checksIntegers && INTEGER_FIELDS.includes(key as string))) return
    reportAt(check, stack, key, 'non_finite_number', `${String(value)} is not a JSON number; it is sent as null`)
  } else if (typeof value === 'object' && value !== null) {
    if (level + 1 > MAX_NESTING_DEPTH) {
      if (check.tooDeepReported) return
      check.tooDeepReported = true
      reportAt(check, stack, key, 'too_deep', `nested deeper than the ${MAX_NESTING_DEPTH} levels Amplitude accepts; the ${check.noun} was not sent`)
      return
    }
    stack.push(key)
    walk(check, value, level + 1, stack)
    stack.pop()
  }
}

/**
 * Walks a container at nesting `level` (the payload is 0, `event_properties` 1). The walk stops
 * below the nesting limit, so a cyclic or absurdly deep value costs at most 41 levels here.
 */
function walk(check: Check, container: object, level: number, stack: (string | number)[]): void {
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length; i++) checkValue(check, container[i], i, level, stack)
    return
  }
  // for-in is twice as fast as Object.keys here; calls are plain JSON objects, whose enumerable
  // keys are all their own.
  for (const key in container) {
    if (key.length > MAX_STRING_LENGTH) {
      reportAt(check, stack, key, 'string_too_long', `a property name of ${key.length} characters; Amplitude keeps the first ${MAX_STRING_LENGTH}`)
    }
    checkValue(check, (container as Payload)[key], key, level, stack)
  }
}

/** Whether `value`, a value inside a container at nesting `level`, gives `walk` nothing to report. */
function isCleanValue(value: unknown, level: number): boolean {
  if (typeof value === 'string') return value.length <= MAX_STRING_LENGTH
  // Also false for a non-finite integer field, which `walk` skips: the reporting pass decides.
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value === 'object' && value !== null) return level + 1 <= MAX_NESTING_DEPTH && isClean(value, level + 1)
  return true
}

/**
 * Whether `walk` would report nothing in this container: the same visit in the same order,
 * without a key stack or a `Check`, stopping at the first finding. Most calls are clean, so they
 * pay only for this; a call with a finding is walked again by `walk`, which reports.
 */
function isClean(container: object, level: number): boolean {
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length; i++) if (!isCleanValue(container[i], level)) return false
    return true
  }
  for (const key in container) {
    if (key.length > MAX_STRING_LENGTH || !isCleanValue((container as Payload)[key], level)) return false
  }
  return true
}

/** The checks of the payload's own fields, in the order their issues are reported. */
function checkFields(check: Check, api: AmplitudeCall['api'], fields: Payload): void {
  switch (api) {
    case 'event':
      checkUserAndDevice(check, fields)
      checkEventFields(check, fields)
      checkGroups(check, Reflect.get(fields, 'groups'))
      break
    case 'identify':
      checkUserAndDevice(check, fields)
      checkGroups(check, Reflect.get(fields, 'groups'))
      break
    case 'groupidentify':
      checkGroupIdentification(check, fields)
      break
    default:
      checkMapping(check, fields)
  }
}

/**
 * Checks one call (SPEC section 7) and pushes what Amplitude would reject (`error`) or silently
 * alter (`warning`) onto `issues`, with paths from the input array (`[3].event.user_id`).
 * Returns whether the call may be sent, that is whether no error was found.
 *
 * @example
 * const issues: Issue[] = []
 * validateCall({ api: 'event', event: { event_type: 'E', user_id: 'null' } }, 3, 5, issues) // false
 * issues[0]?.path // '[3].event.user_id'
 */
export function validateCall(call: AmplitudeCall, index: number, minIdLength: number, issues: Issue[]): boolean {
  const api: unknown = typeof call === 'object' && call !== null ? call.api : undefined
  const shape = shapeOf(api)
  const payload: unknown = shape === undefined ? undefined : Reflect.get(call, shape.key)
  if (shape === undefined || typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    issues.push({
      severity: 'error',
      code: 'invalid_call',
      path: joinPath('', index),
      message: `call ${index} is not { api: 'event' | 'identify' | 'groupidentify' | 'usermap' } with its payload object; it was not sent`,
    })
    return false
  }
  const check: Check = {
    issues: undefined,
    index,
    key: shape.key,
    noun: shape.noun,
    minIdLength,
    checksIntegers: api === 'event',
    ok: true,
    tooDeepReported: false,
  }
  const fields = payload as Payload
  const kind = api as AmplitudeCall['api']
  // A probe first: most calls have nothing to report, and finding that out needs no paths.
  checkFields(check, kind, fields)
  if (check.ok && isClean(fields, 0)) return true
  check.issues = issues
  check.ok = true
  checkFields(check, kind, fields)
  walk(check, fields, 0, [])
  return check.ok
}
