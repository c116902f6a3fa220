import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import { weighted } from './internal/fields.js'
import { arbEpochMs } from './internal/values.js'

function iso(ms: number): string {
  return new Date(ms).toISOString()
}

function withOffset(ms: number, offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
  return `${iso(ms + offsetMinutes * 60_000).slice(0, 19)}${zone}`
}

/**
 * A timestamp as messages carry it: mostly ISO 8601 UTC strings with milliseconds, sometimes
 * without them, with a `+02:00`-style offset, zone-less (`2024-03-01T12:00:00`, which means UTC),
 * or epoch milliseconds as a number, and occasionally invalid (`yesterday`, month 13): a valid
 * message may carry a bad timestamp, which translation reports as a warning.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbTimestamp } from 'segment-amplitude/testing'
 * fc.sample(arbTimestamp, { seed: 1, numRuns: 2 }) // e.g. ['2023-05-04T10:11:12.345Z', 1700000000000]
 */
export const arbTimestamp: Arbitrary<string | number> = weighted<string | number>(
  [70, arbEpochMs.map(iso)],
  [5, arbEpochMs.map((ms) => `${iso(ms).slice(0, 19)}Z`)],
  [5, fc.tuple(arbEpochMs, fc.constantFrom(120, 60, -300, -420, 330, 540)).map(([ms, offset]) => withOffset(ms, offset))],
  [5, arbEpochMs.map((ms) => iso(ms).slice(0, 23))],
  [10, arbEpochMs],
  [2, fc.constantFrom('yesterday', '2024-13-45T25:61:00Z', 'not a date', '2024-02-30T00:00:00Z', '', '1700000000000')],
)
