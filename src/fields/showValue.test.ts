import { describe, expect, test } from 'vitest'
import { showValue } from './showValue.js'

describe('showValue', () => {
  test('quotes JSON values as JSON', () => {
    expect(showValue('ten')).toBe('"ten"')
    expect(showValue({ a: [1, null] })).toBe('{"a":[1,null]}')
  })

  test('names the type of values JSON has no text for', () => {
    expect(showValue(undefined)).toBe('undefined')
    expect(showValue(() => 1)).toBe('function')
    expect(showValue(Symbol('s'))).toBe('symbol')
  })

  test('never throws: a bigint is shown with its n, a circular object by its type', () => {
    const circular: Record<string, unknown> = {}
    circular['self'] = circular
    expect(showValue(10n)).toBe('10n')
    expect(showValue(circular)).toBe('an object JSON cannot write')
    expect(showValue({ amount: 10n })).toBe('an object JSON cannot write')
  })
})
