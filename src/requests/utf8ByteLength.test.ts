import { describe, expect, test } from 'vitest'
import { utf8ByteLength } from './utf8ByteLength.js'

describe('utf8ByteLength', () => {
  test.each([
    ['', 0],
    ['ascii', 5],
    ['é', 2],
    ['日本', 6],
    ['😀', 4],
    ['a😀é日', 1 + 4 + 2 + 3],
    ['\ud800', 3],
    ['\udc00x', 4],
  ])('counts %j as %i bytes', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes)
  })
})
