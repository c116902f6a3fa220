import type { Issue } from '../issues/issue.js'
import { withoutNegativeZero } from './withoutNegativeZero.js'

// ISO 8601 as Segment sends it, plus the shorter forms Date accepts (year, year-month), with a
// space or a lowercase t (RFC 3339) allowed for T. Every part is a fixed-width digit run: linear
// time on any input.
const ISO =
  /^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/

// A valid date in the shape toISOString writes, which most messages carry: the language defines
// how Date.parse reads it (UTC, whatever the host's time zone), faster than the general path.
// Days 29 to 31 take the general path: some engines let them roll over into the next month.
const CANONICAL = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Parses an ISO 8601 date-time into epoch milliseconds without `Date.parse`, whose handling of
 * zone-less strings depends on the host's time zone. A zone-less string is UTC (SPEC section 3).
 * Returns `undefined` for anything else.
 *
 * @example
 * parseIsoTime('2024-01-01T00:00:00.000Z') // 1704067200000
 * parseIsoTime('2024-01-01 12:00') // 1704110400000
 */
export function parseIsoTime(text: string): number | undefined {
  if (CANONICAL.test(text)) {
    const time = Date.parse(text)
    if (!Number.isNaN(time)) return time
  }
  const m = ISO.exec(text.trim())
  if (m === null) return undefined
  const year = Number(m[1])
  const month = m[2] === undefined ? 1 : Number(m[2])
  const day = m[3] === undefined ? 1 : Number(m[3])
  const hour = m[4] === undefined ? 0 : Number(m[4])
  const minute = m[5] === undefined ? 0 : Number(m[5])
  const second = m[6] === undefined ? 0 : Number(m[6])
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000)
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return undefined
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return undefined
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0 || ms > 0))) return undefined
  let offset = 0
  const zone = m[8]
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    const hours = Number(digits.slice(0, 2))
    const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0
    if (hours > 23 || minutes > 59) return undefined
    offset = sign * (hours * 60 + minutes) * 60_000
  }
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, ms)
  const time = date.getTime() - offset
  return Number.isFinite(time) ? time : undefined
}

/**
 * A time value of a message as epoch ms: an ISO string, or a number that already is epoch ms
 * (a fractional one is floored: Amplitude takes integers). `undefined` when it is neither.
 *
 * @example
 * toEpochMillis('2024-01-01T00:00:00Z') // 1704067200000
 * toEpochMillis(1704067200000.7) // 1704067200000
 */
export function toEpochMillis(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? withoutNegativeZero(Math.floor(value)) : undefined
  return parseIsoTime(value)
}

const TIME_KEYS = ['timestamp', 'originalTimestamp'] as const

/**
 * The event time (SPEC section 3): `timestamp`, else `originalTimestamp`. An invalid value warns
 * at its path and the next source is tried; none valid means no `time` (Amplitude then uses the
 * upload time).
 *
 * @example
 * eventTime({ timestamp: 'soon', originalTimestamp: '2024-01-01T00:00:00Z' }, issues)
 * // 1704067200000, with a warning at `timestamp`
 */
export function eventTime(
  message: { readonly timestamp?: string | number; readonly originalTimestamp?: string | number },
  issues: Issue[],
): number | undefined {
  for (const key of TIME_KEYS) {
    const value = message[key]
    if (value === undefined) continue
    const time = toEpochMillis(value)
    if (time !== undefined) {
      if (time !== value && typeof value === 'number') {
        issues.push({
          severity: 'warning',
          code: 'fractional_timestamp',
          path: key,
          message: `${key} ${value} is not whole milliseconds; it was floored to ${time}`,
        })
      }
      return time
    }
    issues.push({
      severity: 'warning',
      code: 'invalid_timestamp',
      path: key,
      message: `${key} ${JSON.stringify(value)} is not an ISO 8601 date or epoch milliseconds; it was ignored`,
    })
  }
  return undefined
}
