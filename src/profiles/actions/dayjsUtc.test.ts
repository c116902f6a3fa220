import { describe, expect, test } from 'vitest'
import { dateLikeTime, dayjsUtc, isDateLike } from './dayjsUtc.js'

describe('dayjsUtc', () => {
  test.each([
    ['2021-08-17T15:21:15.449Z', 1629213675449],
    ['2021-08-17T17:21:15.449+02:00', 1629213675449],
    ['2021-08-17T15:21:15', 1629213675000],
    ['2021-08-17 15:21:15', 1629213675000],
    ['2021-08-17', 1629158400000],
    ['2021-08-17T15:21:15.449999Z', 1629213675449],
    ['2021-13-45', 1644796800000],
    ['1629213675449', -10705032951000],
    ['2021-08-17T15:21:15.4', 1629213675004],
    ['2024-02-30T00:00:00Z', 1709251200000],
    ['2021-08-17T24:00:00Z', 1629244800000],
    ['2021-08-17T17:21:15+0200', 1629213675000],
    ['2000-10-31T01:30:00.000-05:00', 972973800000],
  ])('reads %j as dayjs.utc does: %d', (text, time) => {
    expect(dayjsUtc(text)).toBe(time)
  })

  test.each(['yesterday', '2024-13-45T25:61:00Z', '', '-1', '1.5', 'August 17, 2021', '0099-08-17T00:00:00Z', '2021-08-17T15:21:15+24:00'])(
    'gives NaN for %j, which dayjs rejects or only the engine reads',
    (text) => {
      expect(dayjsUtc(text)).toBeNaN()
    },
  )

  test('truncates a fractional number of milliseconds and refuses one beyond the Date range', () => {
    expect(dayjsUtc(1629213675449.7)).toBe(1629213675449)
    expect(dayjsUtc(-1.5)).toBe(-1)
    expect(dayjsUtc(8.64e15 + 1)).toBeNaN()
  })
})

describe('isDateLike', () => {
  test('reads canonical numeric text as epoch seconds, so a 13-digit millisecond string passes', () => {
    expect(isDateLike('1629213675449')).toBe(true)
    expect(isDateLike('9000000000000')).toBe(false)
  })

  test('reads other text as dayjs does', () => {
    expect(isDateLike('2021-08-17')).toBe(true)
    expect(isDateLike('yesterday')).toBe(false)
  })
})

describe('dateLikeTime', () => {
  test.each([
    ['2021-08-17T15:21:15.449Z', 1629213675449],
    ['2021-08-17T15:21:15Z', 1629213675000],
    ['1629213675449', -10705032951000],
    ['9000000000000', Number.NaN],
    ['-1', Number.NaN],
    ['yesterday', Number.NaN],
  ])('gives for %j what isDateLike and then dayjsUtc give: %d', (text, time) => {
    expect(dateLikeTime(text)).toBe(time)
    expect(dateLikeTime(text)).toBe(isDateLike(text) ? dayjsUtc(text) : Number.NaN)
  })
})
