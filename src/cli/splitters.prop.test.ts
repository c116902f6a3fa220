import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createJsonArraySplitter } from './createJsonArraySplitter.js'
import { createLineSplitter } from './createLineSplitter.js'
import type { InputRecord, RecordSplitter } from './inputRecord.js'

/** Cuts `text` at the given positions (any order, duplicates allowed). */
function cut(text: string, positions: readonly number[]): string[] {
  const points = [...new Set(positions.map((p) => p % (text.length + 1)))].sort((a, b) => a - b)
  const chunks: string[] = []
  let from = 0
  for (const point of points) {
    chunks.push(text.slice(from, point))
    from = point
  }
  chunks.push(text.slice(from))
  return chunks
}

function splitAll(splitter: RecordSplitter, chunks: readonly string[]): InputRecord[] {
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()]
}

const texts = (records: readonly InputRecord[]): unknown[] => records.map((record) => ('text' in record ? JSON.parse(record.text) : record.issue))

describe('record splitters', () => {
  test('a JSON array, pretty-printed or not and cut anywhere, yields exactly its elements', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.constantFrom(undefined, 1, 2, '\t'), fc.array(fc.nat()), (elements, indent, positions) => {
        const text = JSON.stringify(elements, null, indent)
        const records = splitAll(createJsonArraySplitter(), cut(text, positions))
        expect(texts(records)).toStrictEqual(JSON.parse(text))
      }),
    )
  })

  test('each array element is reported on the line where it starts', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1 }), fc.array(fc.nat()), (elements, positions) => {
        const text = JSON.stringify(elements, null, 2)
        const records = splitAll(createJsonArraySplitter(), cut(text, positions))
        // With two-space indentation every element starts on its own line: line 2, then after the
        // lines the previous element spans.
        let line = 2
        records.forEach((record, i) => {
          expect(record.line).toBe(line)
          line += JSON.stringify(elements[i], null, 2).split('\n').length
        })
      }),
    )
  })

  test('NDJSON cut anywhere yields every line, numbered from 1', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.constantFrom('\n', '\r\n'), fc.array(fc.nat()), (values, newline, positions) => {
        const text = values.map((value) => JSON.stringify(value)).join(newline) + newline
        const records = splitAll(createLineSplitter(), cut(text, positions))
        expect(texts(records)).toStrictEqual(JSON.parse(JSON.stringify(values)))
        expect(records.map((record) => record.line)).toStrictEqual(values.map((_, i) => i + 1))
      }),
    )
  })
})
