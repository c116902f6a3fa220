import { expect, test } from 'vitest'
import { redact } from './redact.js'

test('replaces every occurrence of every secret, longest first, and ignores empty ones', () => {
  const hide = redact(['abc', 'abcdef', ''])
  expect(hide('key abcdef, again abcdef, short abc')).toBe('key ***, again ***, short ***')
  expect(hide('nothing here')).toBe('nothing here')
})
