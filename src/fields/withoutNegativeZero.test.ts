import { expect, test } from 'vitest'
import { withoutNegativeZero } from './withoutNegativeZero.js'

test('withoutNegativeZero turns -0 into 0 and leaves every other number as it is', () => {
  expect(Object.is(withoutNegativeZero(-0), 0)).toBe(true)
  expect(Object.is(withoutNegativeZero(0), 0)).toBe(true)
  expect(withoutNegativeZero(-1.5)).toBe(-1.5)
  expect(withoutNegativeZero(Number.MIN_VALUE)).toBe(Number.MIN_VALUE)
})
