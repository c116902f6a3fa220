import { describe, expect, test } from 'vitest'
import { createLineSplitter } from './createLineSplitter.js'
import type { InputRecord } from './inputRecord.js'

function splitAll(chunks: readonly string[], maxChars?: number): InputRecord[] {
  const splitter = createLineSplitter(maxChars)
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()]
}

describe('createLineSplitter', () => {
  test('numbers lines from 1, skips blank lines but counts them, and drops a trailing CR', () => {
    expect(splitAll(['{"a":1}\r\n\n  \n{"b":2}\n'])).toStrictEqual([
      { line: 1, text: '{"a":1}' },
      { line: 4, text: '{"b":2}' },
    ])
  })

  test('joins a line split over several chunks', () => {
    expect(splitAll(['{"ty', 'pe":', '"alias"}\n{"x"', ':1}'])).toStrictEqual([
      { line: 1, text: '{"type":"alias"}' },
      { line: 2, text: '{"x":1}' },
    ])
  })

  test('emits the last line without a trailing newline at the end', () => {
    expect(splitAll(['{"a":1}'])).toStrictEqual([{ line: 1, text: '{"a":1}' }])
  })

  test('skips a line longer than the limit with a record_too_long issue and goes on', () => {
    expect(splitAll(['{"a":"', 'xxxxxxxxxx', 'xxxxxxxxxx"}\n{"b":2}\n'], 16)).toStrictEqual([
      {
        line: 1,
        issue: { severity: 'error', code: 'record_too_long', path: '', message: 'the line is longer than 16 characters; skipped' },
      },
      { line: 2, text: '{"b":2}' },
    ])
  })

  test('yields nothing for an empty input', () => {
    expect(splitAll([])).toStrictEqual([])
    expect(splitAll(['\n\n'])).toStrictEqual([])
  })
})
