import { describe, expect, test } from 'vitest'
import { createJsonArraySplitter } from './createJsonArraySplitter.js'
import type { InputRecord } from './inputRecord.js'

function splitAll(chunks: readonly string[], maxChars?: number): InputRecord[] {
  const splitter = createJsonArraySplitter(maxChars)
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()]
}

describe('createJsonArraySplitter', () => {
  test('yields each top-level element with the line it starts on', () => {
    expect(splitAll(['[\n  {"type":"track","event":"A"},\n  {"type":"alias",\n   "userId":"u"}\n]\n'])).toStrictEqual([
      { line: 2, text: '{"type":"track","event":"A"}' },
      { line: 3, text: '{"type":"alias",\n   "userId":"u"}' },
    ])
  })

  test('ignores commas, brackets and escaped quotes inside strings and nested values', () => {
    const element = '{"event":"a, [b]} \\"c\\",","p":{"list":[1,[2,{"x":"]"}]]}}'
    expect(splitAll([`[${element},1]`])).toStrictEqual([
      { line: 1, text: element },
      { line: 1, text: '1' },
    ])
  })

  test('gives the same elements however the input is cut into chunks', () => {
    const text = '[{"a":"x\\\\"},{"b":[1,2,{"c":"}"}]}, "s" ,\n null]'
    const whole = splitAll([text])
    for (let size = 1; size <= 7; size += 1) {
      const chunks: string[] = []
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size))
      expect(splitAll(chunks)).toStrictEqual(whole)
    }
    expect(whole.map((record) => ('text' in record ? record.text : ''))).toStrictEqual(['{"a":"x\\\\"}', '{"b":[1,2,{"c":"}"}]}', '"s"', 'null'])
  })

  test('reads an empty array as no records, and arrays one after another as one stream', () => {
    expect(splitAll(['[]'])).toStrictEqual([])
    expect(splitAll(['[1]\n[2,\n3]'])).toStrictEqual([
      { line: 1, text: '1' },
      { line: 2, text: '2' },
      { line: 3, text: '3' },
    ])
  })

  test('reports an empty element (a doubled or trailing comma) on its line and goes on', () => {
    expect(splitAll(['[1,,2,]'])).toStrictEqual([
      { line: 1, text: '1' },
      { line: 1, issue: { severity: 'error', code: 'invalid_json', path: '', message: 'empty array element (two commas in a row or a trailing comma)' } },
      { line: 1, text: '2' },
      { line: 1, issue: { severity: 'error', code: 'invalid_json', path: '', message: 'empty array element (two commas in a row or a trailing comma)' } },
    ])
  })

  test('keeps a malformed element for JSON.parse to reject, without losing the next ones', () => {
    expect(splitAll(['[{"a":1}}, {"b":2}]'])).toStrictEqual([
      { line: 1, text: '{"a":1}}' },
      { line: 1, text: '{"b":2}' },
    ])
  })

  test('reports a truncated array after yielding the elements it could read', () => {
    expect(splitAll(['[{"a":1},\n{"b":'])).toStrictEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{"b":' },
      {
        line: 2,
        issue: { severity: 'error', code: 'truncated_array', path: '', message: 'the input ended inside the JSON array (no closing `]`); the elements before were read' },
      },
    ])
  })

  test('stops at content after the closing bracket that is not another array', () => {
    expect(splitAll(['[1]\n{"x":1}\n[2]'])).toStrictEqual([
      { line: 1, text: '1' },
      {
        line: 2,
        issue: { severity: 'error', code: 'trailing_content', path: '', message: 'unexpected content after the closing `]` of the JSON array; the rest of the input was not read' },
      },
    ])
  })

  test('skips an element longer than the limit with a record_too_long issue', () => {
    expect(splitAll(['[{"a":"xxxxxxxx', 'xxxxxxxxxxxx"},\n2]'], 16)).toStrictEqual([
      { line: 1, issue: { severity: 'error', code: 'record_too_long', path: '', message: 'the array element is longer than 16 characters; skipped' } },
      { line: 2, text: '2' },
    ])
  })
})
