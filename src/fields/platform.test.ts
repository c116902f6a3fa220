import { describe, expect, test } from 'vitest'
import { mobileOs, platformOf } from './platform.js'

describe('platformOf', () => {
  test.each([
    [{ library: { name: 'analytics.js' } }, 'Web'],
    [{ library: { name: 'analytics-swift' }, device: { type: 'android' } }, 'iOS'],
    [{ library: { name: 'toString' }, device: { type: 'Android' } }, 'Android'],
    [{ device: { type: 'WEB' } }, 'Web'],
    [{ device: { type: 'hasOwnProperty' } }, 'hasOwnProperty'],
    [{ device: { type: '__proto__' } }, '__proto__'],
    [{ device: { type: '' } }, undefined],
    [{}, undefined],
    [undefined, undefined],
  ] as const)('platformOf(%j) is %j', (context, expected) => {
    expect(platformOf(context)).toBe(expected)
  })
})

describe('mobileOs', () => {
  test.each([
    [{ os: { name: 'iOS' } }, undefined, 'ios'],
    [{ os: { name: 'IPADOS' } }, undefined, 'ios'],
    [{ os: { name: 'iPhone OS' } }, 'Android', 'ios'],
    [{ os: { name: 'Android' } }, 'iOS', 'android'],
    [{ os: { name: 'Mac OS' } }, 'iOS', undefined],
    [{ os: { name: '' } }, 'iOS', 'ios'],
    [{}, 'Android', 'android'],
    [{}, 'Web', undefined],
    [undefined, undefined, undefined],
  ] as const)('mobileOs(%j, %j) is %j', (context, platform, expected) => {
    expect(mobileOs(context, platform)).toBe(expected)
  })
})
