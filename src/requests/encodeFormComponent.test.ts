import { describe, expect, test } from 'vitest'
import { encodeFormComponent } from './encodeFormComponent.js'

describe('encodeFormComponent', () => {
  test('keeps only A-Z a-z 0-9 * - . _, writes a space as + and percent-encodes the rest as UTF-8', () => {
    expect(encodeFormComponent("Az09*-._ !'()~+&=%/é😀")).toBe('Az09*-._+%21%27%28%29%7E%2B%26%3D%25%2F%C3%A9%F0%9F%98%80')
  })

  test('writes every space as + in a text without any of !\'()~', () => {
    expect(encodeFormComponent('{"a":"b  c d"}')).toBe('%7B%22a%22%3A%22b++c+d%22%7D')
  })

  test('writes a lone surrogate as U+FFFD instead of throwing', () => {
    expect(encodeFormComponent('a\ud800 b')).toBe('a%EF%BF%BD+b')
  })
})
