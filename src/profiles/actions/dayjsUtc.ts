// dayjs 1.10.7's own pattern: a string without a trailing Z that matches it is read from its
// digit groups, in UTC under `dayjs.utc`.
const DAYJS_PATTERN = /^(\d{4})[-/]?(\d{1,2})?[-/]?(\d{0,2})[Tt\s]*(\d{1,2})?:?(\d{1,2})?:?(\d{1,2})?[.:]?(\d+)?$/

// What dayjs hands to `new Date(string)` and the JavaScript engine reads the same way whatever the
// host's time zone: ISO 8601 with `Z`, or a date and time with a numeric offset. Fixed-width digit
// runs only, so matching is linear.
const ENGINE_ISO =
  /^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?([Zz])|[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([+-]\d{2}:?\d{2}))$/

/** The largest distance from the epoch a JavaScript Date can hold, in milliseconds. */
const MAX_TIME = 8.64e15

function endsWithZ(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last === 90 || last === 122
}

function clip(time: number): number {
  return Math.abs(time) <= MAX_TIME ? Math.trunc(time) + 0 : Number.NaN
}

function group(value: string | undefined): number {
  return value === undefined ? 0 : Number(value)
}

/** The number written by `count` digits at `start`, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/**
 * What {@link engineIso} gives for the shape nearly every timestamp has,
 * `2021-08-17T15:21:15.449Z` or `2021-08-17T15:21:15Z` with plausible values, read without the
 * regular expression; `undefined` for any other text, which takes the general path.
 */
function commonIso(text: string): number | undefined {
  const length = text.length
  if (length !== 20 && length !== 24) return undefined
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return undefined
  if (text.charCodeAt(16) !== 58 || text.charCodeAt(length - 1) !== 90 || (length === 24 && text.charCodeAt(19) !== 46)) return undefined
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 2)
  const day = digitsAt(text, 8, 2)
  const hour = digitsAt(text, 11, 2)
  const minute = digitsAt(text, 14, 2)
  const second = digitsAt(text, 17, 2)
  const ms = length === 24 ? digitsAt(text, 20, 3) : 0
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23) return undefined
  if (minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0) return undefined
  return clip(Date.UTC(year, month - 1, day, hour, minute, second, ms))
}

function engineIso(text: string): number {
  const common = commonIso(text)
  if (common !== undefined) return common
  const m = ENGINE_ISO.exec(text)
  if (m === null) return Number.NaN
  const year = m[1] as string
  // Four-digit years below 100 are read as 19xx by some of the engine's paths: not reproduced.
  if (year === '-000000' || (year.length === 4 && Number(year) < 100)) return Number.NaN
  // The time groups of the offset branch come five groups after those of the `Z` branch.
  const shift = m[9] === undefined ? 0 : 5
  const month = m[2] === undefined ? 1 : Number(m[2])
  const day = m[3] === undefined ? 1 : Number(m[3])
  const hour = group(m[4 + shift])
  const minute = group(m[5 + shift])
  const second = group(m[6 + shift])
  const fraction = m[7 + shift]
  const ms = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'))
  // The engine lets a day up to 31 overflow into the next month (Feb 30 -> Mar 1), as dayjs does.
  if (month < 1 || month > 12 || day < 1 || day > 31 || minute > 59 || second > 59 || hour > 24) return Number.NaN
  if (hour === 24 && (minute !== 0 || second !== 0 || ms !== 0)) return Number.NaN
  let offset = 0
  const zone = m[8 + shift] as string
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.slice(1).replace(':', '')
    const hours = Number(digits.slice(0, 2))
    const minutes = Number(digits.slice(2))
    if (hours > 23 || minutes > 59) return Number.NaN
    offset = (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000
  }
  // A four-digit year (100 to 9999) cannot leave the Date range on the way, so Date.UTC gives what
  // the two setters give, without allocating a Date. Six-digit years keep the setters: each one
  // clips at the range's edge.
  if (year.length === 4) return clip(Date.UTC(Number(year), month - 1, day, hour, minute, second, ms) - offset)
  const date = new Date(0)
  date.setUTCFullYear(Number(year), month - 1, day)
  date.setUTCHours(hour, minute, second, ms)
  return clip(date.getTime() - offset)
}

/**
 * `dayjs.utc(value).valueOf()` as Segment's Actions destination computes it (dayjs 1.10.7), or
 * `NaN` where dayjs reports an invalid date. A number is epoch milliseconds (truncated). A string
 * without a trailing `Z` that matches dayjs's pattern is read from its digit groups in UTC, with
 * dayjs's quirks: `"2021-08-17"` is midnight UTC, `"1629213675449"` is mis-read as a date
 * (-10705032951000), `"2021-13-45"` overflows into 2022, a fraction keeps its first three
 * characters as a count of milliseconds. Other strings go to the JavaScript engine; of those, ISO
 * 8601 with `Z` or a numeric offset is read here, and the rest (which the engine reads in the
 * host's time zone, e.g. `"-1"` or `"August 17, 2021"`) gives `NaN`.
 *
 * @example
 * dayjsUtc('2021-08-17T15:21:15.449Z') // 1629213675449
 * dayjsUtc('2021-08-17T15:21:15') // 1629213675000
 * dayjsUtc('yesterday') // NaN
 */
export function dayjsUtc(value: string | number): number {
  if (typeof value === 'number') return clip(value)
  if (!endsWithZ(value)) {
    const d = DAYJS_PATTERN.exec(value)
    if (d !== null) {
      // Date.UTC as dayjs calls it: "00" counts as given, an absent month as January, and the
      // fraction's first three digits as milliseconds ("4" is 4 ms).
      const month = Number(d[2]) - 1 || 0
      const ms = Number((d[7] ?? '0').substring(0, 3))
      return clip(Date.UTC(Number(d[1]), month, Number(d[3] || 1), Number(d[4] ?? 0), Number(d[5] ?? 0), Number(d[6] ?? 0), ms))
    }
  }
  return engineIso(value)
}

/**
 * Whether actions-core's `date-like` format accepts a string (the check ajv runs on `datetime`
 * fields before the action sees them): canonical numeric text is read as epoch seconds, anything
 * else as dayjs reads it. A `datetime` value that fails the check makes Segment reject the message.
 *
 * @example
 * isDateLike('1629213675449') // true
 * isDateLike('yesterday') // false
 */
export function isDateLike(text: string): boolean {
  if (String(Number(text)) === text) return Math.abs(Number(text) * 1000) <= MAX_TIME
  return !Number.isNaN(dayjsUtc(text))
}

/**
 * The time of a `datetime` text field as Segment's Actions destination reads it: `dayjsUtc(text)`
 * when {@link isDateLike} accepts the text, `NaN` otherwise. The same as the two calls in turn,
 * reading the text once (the check itself runs dayjs on it).
 *
 * @example
 * dateLikeTime('2021-08-17T15:21:15.449Z') // 1629213675449
 * dateLikeTime('9000000000000') // NaN: not date-like (epoch seconds beyond the Date range)
 */
export function dateLikeTime(text: string): number {
  // Most timestamps have the common shape, which is never numeric text: no check needed.
  const common = endsWithZ(text) ? commonIso(text) : undefined
  if (common !== undefined) return common
  const time = dayjsUtc(text)
  if (Number.isNaN(time) || String(Number(text)) !== text) return time
  return Math.abs(Number(text) * 1000) <= MAX_TIME ? time : Number.NaN
}
