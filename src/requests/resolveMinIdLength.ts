import { DEFAULT_MIN_ID_LENGTH } from './limits.js'

/**
 * `minIdLength` checked: a positive integer, or Amplitude's default 5 when absent. A wrong value is
 * a programmer's error, so it throws a `RangeError` rather than reporting an issue.
 *
 * @example
 * resolveMinIdLength(undefined) // 5
 * resolveMinIdLength(1) // 1
 */
export function resolveMinIdLength(minIdLength: number | undefined): number {
  if (minIdLength === undefined) return DEFAULT_MIN_ID_LENGTH
  if (!Number.isInteger(minIdLength) || minIdLength < 1) {
    throw new RangeError(`segment-amplitude: minIdLength must be a positive integer, got ${String(minIdLength)}`)
  }
  return minIdLength
}
