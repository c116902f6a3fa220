import { describe, expect, test } from 'vitest'
import { actionsPlatform } from './actionsPlatform.js'

describe('actionsPlatform', () => {
  test.each([
    ['IOS', 'iOS'],
    ['android tv', 'Android tv'],
    ['biosphere-android', 'biOSphere-Android'],
    ['web', 'web'],
    ['custom', 'custom'],
    ['ANDROIDios', 'AndroidiOS'],
    ['\u0130OS', '\u0130OS'],
    ['\u0131os', '\u0131os'],
  ])('turns the device type %j into %j', (type, platform) => {
    expect(actionsPlatform({ device: { type }, library: { name: 'analytics.js' } })).toBe(platform)
  })

  test('is Web for analytics.js (exact case) without a device type, and absent otherwise', () => {
    expect(actionsPlatform({ library: { name: 'analytics.js' }, device: { type: '' } })).toBe('Web')
    expect(actionsPlatform({ library: { name: 'Analytics.js' } })).toBeUndefined()
    expect(actionsPlatform({ library: { name: 'analytics-node' } })).toBeUndefined()
    expect(actionsPlatform(undefined)).toBeUndefined()
  })
})
