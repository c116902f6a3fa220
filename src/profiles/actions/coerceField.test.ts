import { describe, expect, test } from 'vitest'
import { coerceField, REJECTED } from './coerceField.js'

describe('coerceField', () => {
  test('treats null and "" as absent at the root, and coerces null inside a product item', () => {
    expect(coerceField('number', null, 'root')).toBeUndefined()
    expect(coerceField('string', '', 'root')).toBeUndefined()
    expect(coerceField('string', '', 'nested')).toBe('')
    expect(coerceField('number', '', 'nested')).toBeUndefined()
    expect(coerceField('number', null, 'item')).toBe(0)
    expect(coerceField('string', null, 'item')).toBe('')
  })

  test.each([
    ['number', '12.5', 12.5],
    ['number', ' 5 ', 5],
    ['number', '0x10', 16],
    ['number', true, 1],
    ['number', [7], 7],
    ['integer', '3', 3],
    ['string', 7, '7'],
    ['string', false, 'false'],
    ['string', ['x'], 'x'],
  ] as const)('coerces a %s field from %j to %j as ajv does', (kind, value, expected) => {
    expect(coerceField(kind, value, 'root')).toBe(expected)
  })

  test.each([
    ['number', 'abc'],
    ['number', '$5'],
    ['number', {}],
    ['number', [1, 2]],
    ['integer', 2.5],
    ['integer', '2.5'],
    ['string', { id: 1 }],
  ] as const)('rejects a %s field of %j', (kind, value) => {
    expect(coerceField(kind, value, 'root')).toBe(REJECTED)
  })

  test('rejects "" for a number inside a product item, where nothing cleans it away', () => {
    expect(coerceField('number', '', 'item')).toBe(REJECTED)
  })
})
