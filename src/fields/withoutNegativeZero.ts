/**
 * `n`, with `-0` turned into `0`. JSON writes `-0` as `0`, so a payload holding `-0` is not the
 * JSON Amplitude receives (SPEC section 1); every number a rule copies or computes from the
 * message goes through this.
 *
 * @example
 * Object.is(withoutNegativeZero(-0), 0) // true
 * withoutNegativeZero(-1.5) // -1.5
 */
export function withoutNegativeZero(n: number): number {
  return n === 0 ? 0 : n
}
