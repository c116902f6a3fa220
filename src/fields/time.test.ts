import { describe, expect, test } from 'vitest'
import type { Issue } from '../issues/issue.js'
import { eventTime, parseIsoTime, toEpochMillis } from './time.js'

const MS = 1704067200000 // 2024-01-01T00:00:00.000Z

describe('parseIsoTime', () => {
  test.each([
    ['2024-01-01T00:00:00.000Z', MS],
    ['2024-01-01T00:00:00Z', MS],
    ['2024-01-01t00:00:00z', MS],
    ['2024-01-01T00:00:00', MS],
    ['2024-01-01 00:00', MS],
    ['2024-01-01', MS],
    ['2024-01', MS],
    ['2024', MS],
    ['  2024-01-01T00:00:00Z  ', MS],
    ['2024-01-01T05:30:00+05:30', MS],
    ['2024-01-01T05:30:00+0530', MS],
    ['2024-01-01T05:00:00+05', MS],
    ['2023-12-31T19:00:00-05:00', MS],
    ['+002024-01-01T00:00:00Z', MS],
    ['2024-01-01T00:00:00.5Z', MS + 500],
    ['2024-01-01T00:00:00,25Z', MS + 250],
    ['2024-01-01T00:00:00.123456789Z', MS + 123],
    ['2023-12-31T24:00:00Z', MS],
    ['2024-02-29T00:00:00Z', 1709164800000],
    ['1969-12-31T23:59:59.999Z', -1],
    ['0001-01-01T00:00:00Z', -62135596800000],
  ])('reads %s as %d', (text, expected) => {
    expect(parseIsoTime(text)).toBe(expected)
  })

  test.each([
    '',
    'yesterday',
    '1704067200000',
    '2023-02-29',
    '2100-02-29',
    '2024-13-01',
    '2024-04-31',
    '2024-01-00',
    '2024-01-01T',
    '2024-01-01T25:00:00Z',
    '2024-01-01T24:00:01Z',
    '2024-01-01T00:60:00Z',
    '2024-01-01T00:00:60Z',
    '2024-01-01T00:00:00+24:00',
    '2024-01-01T00:00:00+05:60',
    '2024-01-01T00:00:00Zjunk',
    '01/01/2024',
    'Mon, 01 Jan 2024 00:00:00 GMT',
  ])('rejects %j', (text) => {
    expect(parseIsoTime(text)).toBeUndefined()
  })

  test('does not depend on the host time zone for zone-less strings', () => {
    expect(parseIsoTime('2024-07-01T12:00:00')).toBe(Date.UTC(2024, 6, 1, 12))
  })
})

describe('toEpochMillis', () => {
  test('keeps whole numbers, floors fractions and rejects non-finite numbers', () => {
    expect(toEpochMillis(MS)).toBe(MS)
    expect(toEpochMillis(MS + 0.9)).toBe(MS)
    expect(toEpochMillis(-5)).toBe(-5)
    expect(toEpochMillis(Number.NaN)).toBeUndefined()
    expect(toEpochMillis(Infinity)).toBeUndefined()
  })
})

describe('eventTime', () => {
  test('prefers timestamp and reports nothing when it is valid', () => {
    const issues: Issue[] = []
    expect(eventTime({ timestamp: MS, originalTimestamp: '2020-01-01' }, issues)).toBe(MS)
    expect(issues).toStrictEqual([])
  })

  test('warns at each invalid source and returns undefined when none is valid', () => {
    const issues: Issue[] = []
    expect(eventTime({ timestamp: 'x', originalTimestamp: Number.NaN }, issues)).toBeUndefined()
    expect(issues.map(({ severity, code, path }) => ({ severity, code, path }))).toStrictEqual([
      { severity: 'warning', code: 'invalid_timestamp', path: 'timestamp' },
      { severity: 'warning', code: 'invalid_timestamp', path: 'originalTimestamp' },
    ])
  })
})
