import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { dayjsUtc } from './dayjsUtc.js'

const pad = (value: number, width: number): string => String(value).padStart(width, '0')

describe('dayjsUtc', () => {
  test('reads the shape toISOString writes as the JavaScript engine does, with or without milliseconds', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), fc.boolean(), (date, withMs) => {
        const iso = date.toISOString()
        const text = withMs ? iso : `${iso.slice(0, 19)}Z`
        expect(dayjsUtc(text)).toBe(Date.parse(text))
      }),
    )
  })

  test('reads a date with a numeric offset as the engine does', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -23, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (date, hours, minutes) => {
          const text = `${date.toISOString().slice(0, 23)}${hours < 0 ? '-' : '+'}${pad(Math.abs(hours), 2)}:${pad(minutes, 2)}`
          expect(dayjsUtc(text)).toBe(Date.parse(text))
        },
      ),
    )
  })
})
