import { expect } from 'vitest'
import type { TranslateResult } from '../../src/translate.js'

const SEVERITIES: readonly string[] = ['error', 'warning', 'info']

/**
 * Totality beyond "does not throw": `translate` catches anything thrown inside it and reports an
 * `internal_error`, so the contract is that this never happens for data (no accessor or proxy is
 * ever generated), and that the result has SPEC section 1's shape: `ok: true` with calls and no
 * error, or `ok: false` with at least one error and no calls; every issue well formed.
 *
 * @example
 * expectWellFormed(translate(message))
 */
export function expectWellFormed(result: TranslateResult): void {
  const internal = result.issues.filter((issue) => issue.code === 'internal_error')
  expect(internal, 'no internal error: the library never failed inside').toStrictEqual([])
  for (const issue of result.issues) {
    expect(SEVERITIES).toContain(issue.severity)
    expect(typeof issue.code === 'string' && issue.code !== '').toBe(true)
    expect(typeof issue.path).toBe('string')
    expect(issue.message).toMatch(/\S/)
  }
  const errors = result.issues.filter((issue) => issue.severity === 'error')
  if (result.ok) {
    expect(errors).toStrictEqual([])
    expect(Array.isArray(result.calls)).toBe(true)
  } else {
    expect(errors.length).toBeGreaterThan(0)
    expect('calls' in result).toBe(false)
  }
}
