import fc from 'fast-check'
import { expect, test } from 'vitest'
import { utf8ByteLength } from './utf8ByteLength.js'

// The core tsconfig has no DOM types; the tests run where this global exists.
declare const TextEncoder: new () => { encode(text: string): Uint8Array }

const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string())

test('utf8ByteLength agrees with TextEncoder on any string, lone surrogates included', () => {
  const encoder = new TextEncoder()
  fc.assert(
    fc.property(anyText, (text) => {
      expect(utf8ByteLength(text)).toBe(encoder.encode(text).length)
    }),
  )
})

test('utf8ByteLength agrees with TextEncoder on strings around and beyond 16,384 units, counted without scratch space', () => {
  const encoder = new TextEncoder()
  fc.assert(
    fc.property(anyText, anyText, fc.integer({ min: 16_300, max: 16_500 }), (head, tail, filler) => {
      const text = head + 'x'.repeat(filler) + tail
      expect(utf8ByteLength(text)).toBe(encoder.encode(text).length)
    }),
  )
})
