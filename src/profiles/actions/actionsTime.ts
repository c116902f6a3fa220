import type { Issue } from '../../issues/issue.js'
import { joinPath } from '../../issues/path.js'
import type { SegmentCommon } from '../../models/segment/types.js'
import { integrationOptions } from '../../fields/integrationOptions.js'
import { showValue } from '../../fields/showValue.js'
import { own } from '../../util/object.js'
import { dateLikeTime, dayjsUtc, isDateLike } from './dayjsUtc.js'

const SESSION_PATH = joinPath(joinPath('integrations', 'Actions Amplitude'), 'session_id')
const DIGITS = /^\d+$/

/** Why a `datetime` field that is present gives no date ({@link datetimeValue} tells). */
function why(raw: unknown): string {
  const value = datetimeValue(raw)
  if (value === false || value === undefined) return "is not a date (Segment's Actions destination rejects such a message)"
  if (typeof value === 'number') return 'is beyond the dates JavaScript can hold'
  return "is a date only the JavaScript engine's own parser reads, in the host's time zone (Segment sends what that parser gives)"
}

/** `time` itself, or `undefined` with `issue` reported when it is NaN (unreadable). */
function readable(time: number, issue: Issue, issues: Issue[]): number | undefined {
  if (!Number.isNaN(time)) return time
  issues.push(issue)
  return undefined
}

/**
 * A `datetime` field as ajv leaves it: text or a number (a one-element array unwrapped);
 * `undefined` when absent (`null`, `""`); `false` when Segment rejects the message (anything
 * else, or text that is not date-like).
 */
function datetimeValue(raw: unknown): string | number | undefined | false {
  if (raw === undefined || raw === null || raw === '') return undefined
  const value = unwrapped(raw)
  if (typeof value === 'number') return Number.isFinite(value) ? value : false
  return typeof value === 'string' && isDateLike(value) ? value : false
}

/** ajv's `coerceTypes: 'array'`: a one-element array stands for its element. */
function unwrapped(raw: unknown): unknown {
  return Array.isArray(raw) && raw.length === 1 ? (raw[0] as unknown) : raw
}

/**
 * The time of a `datetime` field: `undefined` when absent or `0` (the destination tests
 * `time && …`), `NaN` when Segment rejects it or it is unreadable ({@link datetimeValue} and
 * {@link why} tell which, on that rare path only).
 */
function datetimeTime(raw: unknown): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined
  const value = unwrapped(raw)
  if (typeof value === 'number') return value === 0 ? undefined : Number.isFinite(value) ? dayjsUtc(value) : Number.NaN
  return typeof value === 'string' ? dateLikeTime(value) : Number.NaN
}

/**
 * The Actions profile's event `time` (logEventV2, logPurchase): `timestamp` as dayjs reads it in
 * UTC ({@link dayjsUtc}), quirks included. Absent when the timestamp is missing or `0`.
 * `originalTimestamp` is not read. A timestamp Segment rejects, or reads only through the
 * JavaScript engine's own parser, is left out with an `invalid_timestamp` warning.
 *
 * @example
 * actionsEventTime({ timestamp: '2021-08-17T15:21:15' }, issues) // 1629213675000 (no zone: UTC)
 */
export function actionsEventTime(message: SegmentCommon, issues: Issue[]): number | undefined {
  const time = datetimeTime(message.timestamp)
  if (time === undefined || !Number.isNaN(time)) return time
  issues.push({
    severity: 'warning',
    code: 'invalid_timestamp',
    path: 'timestamp',
    message: `timestamp ${showValue(message.timestamp)} ${why(message.timestamp)}; the event is sent without time`,
  })
  return undefined
}

/**
 * The `time` of the identify a group call makes (groupIdentifyUser): `timestamp` as text (a
 * number becomes its digits, which dayjs then mis-reads as a date, as Segment does), read by
 * {@link dayjsUtc}. Absent without a timestamp (Segment stamps the wall clock there, SPEC 6), and
 * absent with an `invalid_group_timestamp` warning when unreadable (Segment sends `null`).
 *
 * @example
 * actionsGroupTime({ timestamp: 1629213675449 }, issues) // -10705032951000
 */
export function actionsGroupTime(message: SegmentCommon, issues: Issue[]): number | undefined {
  const value = message.timestamp
  if (value === undefined || value === '') return undefined
  return readable(dayjsUtc(String(value)), {
    severity: 'warning',
    code: 'invalid_group_timestamp',
    path: 'timestamp',
    message: `timestamp ${showValue(value)} is not a date; the group's identify is sent without time (Segment sends "time": null)`,
  }, issues)
}

/**
 * The Actions profile's `session_id`: `integrations["Actions Amplitude"].session_id`. No `-1`
 * default: missing, `0`, `""` or `null` mean no key. Digit-only text becomes that number; other
 * text and numbers are read by {@link dayjsUtc}. A value Segment rejects is left out with an
 * `invalid_session_id` warning.
 *
 * @example
 * actionsSessionId({ integrations: { 'Actions Amplitude': { session_id: '1629213675449' } } }, issues) // 1629213675449
 */
export function actionsSessionId(message: SegmentCommon, issues: Issue[]): number | undefined {
  // Most messages have no integrations: nothing to look up.
  if (message.integrations === undefined) return undefined
  const raw = own(integrationOptions(message, 'Actions Amplitude'), 'session_id')
  const session = datetimeTime(raw)
  if (session === undefined) return undefined
  if (Number.isNaN(session)) {
    issues.push({
      severity: 'warning',
      code: 'invalid_session_id',
      path: SESSION_PATH,
      message: `${SESSION_PATH} ${showValue(raw)} ${why(raw)}; the event is sent without session_id`,
    })
    return undefined
  }
  // formatSessionId: digit-only text is taken as a number, not as a date.
  const value = unwrapped(raw)
  return typeof value === 'string' && DIGITS.test(value) ? Number(value) : session
}
