import { describe, expect, test } from 'vitest'
import type { Issue } from '../issues/issue.js'
import { sessionOption } from './session.js'

function read(value: unknown): { session: number | undefined; codes: string[] } {
  const issues: Issue[] = []
  const session = sessionOption({ session_id: value }, 'integrations.Amplitude', issues)
  return { session, codes: issues.map((issue) => `${issue.code}@${issue.path}`) }
}

describe('sessionOption', () => {
  test.each([
    [1704067200000, 1704067200000],
    [-1, -1],
    [0, 0],
    ['1704067200000', 1704067200000],
    ['  123 ', 123],
    ['-1', -1],
    ['2024-01-01T00:00:00Z', 1704067200000],
    ['2024-01-01', 1704067200000],
  ])('reads %j as %d without a warning', (value, expected) => {
    expect(read(value)).toStrictEqual({ session: expected, codes: [] })
  })

  test('floors a fractional number, with a warning', () => {
    expect(read(1.5)).toStrictEqual({ session: 1, codes: ['invalid_session_id@integrations.Amplitude.session_id'] })
  })

  test.each(['', 'morning', '12345678901234567', true, {}, [], Number.NaN])('warns and gives no session for %j', (value) => {
    expect(read(value)).toStrictEqual({ session: undefined, codes: ['invalid_session_id@integrations.Amplitude.session_id'] })
  })

  test('is silent when there is no option', () => {
    expect(read(undefined)).toStrictEqual({ session: undefined, codes: [] })
    expect(read(null)).toStrictEqual({ session: undefined, codes: [] })
  })
})
