import type { Issue } from '../issues/issue.js'
import { withoutNegativeZero } from './withoutNegativeZero.js'

// ISO 8601 as Segment sends it, plus the shorter forms Date accepts (year, year-month), with a
// space or a lowercase t (RFC 3339) allowed for T. Every part is a fixed-width digit run: linear
// time on any input.
const ISO =
  /^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/

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
  if (text.length === 24) {
    const time = parseCanonical(text)
    if (time !== undefined) return time
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

const CANONICAL_SEPARATORS: readonly (readonly [number, number])[] = [
  [4, 45], // -
  [7, 45], // -
  [10, 84], // T
  [13, 58], // :
  [16, 58], // :
  [19, 46], // .
  [23, 90], // Z
]

/** The number the decimal digits `text[start, end)` spell, or -1 when one is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

/**
 * `parseIsoTime` of the shape `toISOString` writes (`2024-01-01T00:00:00.000Z`), which most
 * messages carry, read without the regex and the `Date` object; `undefined` for any other text
 * (the general path then decides). The same checks and arithmetic, so the same answer.
 */
function parseCanonical(text: string): number | undefined {
  for (const [at, code] of CANONICAL_SEPARATORS) if (text.charCodeAt(at) !== code) return undefined
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 7)
  const day = digitsAt(text, 8, 10)
  const hour = digitsAt(text, 11, 13)
  const minute = digitsAt(text, 14, 16)
  const second = digitsAt(text, 17, 19)
  const fraction = digitsAt(text, 20, 23)
  // Date.UTC reads years 0-99 as 1900-1999: those take the general path.
  if (year < 100 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || fraction < 0) return undefined
  // As the general path computes it: floor(Number('0.123') * 1000); n / 1000 is that same double.
  const ms = Math.floor((fraction / 1000) * 1000)
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return undefined
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return undefined
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0 || ms > 0))) return undefined
  return Date.UTC(year, month - 1, day, hour, minute, second, ms)
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
