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
