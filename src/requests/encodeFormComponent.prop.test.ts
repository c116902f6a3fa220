import fc from 'fast-check'
import { expect, test } from 'vitest'
import { encodeFormComponent } from './encodeFormComponent.js'

// The core tsconfig has no DOM types; the tests run where this global exists.
declare const URLSearchParams: new (init: readonly (readonly [string, string])[] | string) => {
  toString(): string
  get(name: string): string | null
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

test('encodeFormComponent writes what URLSearchParams writes, and URLSearchParams reads the text back', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (text) => {
      const encoded = encodeFormComponent(text)
      expect(`v=${encoded}`).toBe(new URLSearchParams([['v', text]]).toString())
      expect(new URLSearchParams(`v=${encoded}`).get('v')).toBe(text.replace(LONE_SURROGATE, '\ufffd'))
    }),
  )
})

test('encodeFormComponent agrees with URLSearchParams on texts made mostly of spaces and JSON punctuation', () => {
  // Dense in what the fast route depends on: spaces, the five characters that send a text down the
  // general route, and surrogates, paired or lone.
  const unit = fc.constantFrom(' ', ' ', 'a', '"', '{', ':', ',', '+', '%', '*', '!', '~', "'", '(', ')', 'é', '\u2028', '😀', '\ud800', '\udc00')
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
      expect(`v=${encodeFormComponent(text)}`).toBe(new URLSearchParams([['v', text]]).toString())
    }),
  )
})
