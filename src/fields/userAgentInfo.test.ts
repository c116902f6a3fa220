import { describe, expect, test } from 'vitest'
import { resolveSettings } from '../settings/resolveSettings.js'
import { parseUserAgent } from './userAgent.js'
import { userAgentInfo } from './userAgentInfo.js'
import type { UserAgentInfo } from './userAgentTypes.js'

const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'
const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0'

describe('userAgentInfo', () => {
  test('answers what the built-in parser answers, the first time and the next', () => {
    const settings = resolveSettings({})
    const first = userAgentInfo(CHROME_WINDOWS, settings)
    expect(first).toStrictEqual({ browser: 'Chrome', browserVersion: '120', os: 'Windows', osVersion: '10' })
    expect(userAgentInfo(CHROME_WINDOWS, settings)).toStrictEqual(first)
  })

  test('keeps answering correctly after more distinct strings than it remembers', () => {
    const settings = resolveSettings({})
    for (let i = 0; i < 1_200; i++) {
      const ua = `${FIREFOX_LINUX} build/${i}`
      expect(userAgentInfo(ua, settings)).toStrictEqual(parseUserAgent(ua))
    }
    expect(userAgentInfo(CHROME_WINDOWS, settings)).toStrictEqual(parseUserAgent(CHROME_WINDOWS))
  })

  test('parses a string longer than it caches as the parser does', () => {
    const long = `${CHROME_WINDOWS} ${'x'.repeat(600)}`
    expect(userAgentInfo(long, resolveSettings({}))).toStrictEqual(parseUserAgent(long))
  })

  test('hands out a frozen answer, so that no caller can change what the next one reads', () => {
    expect(Object.isFrozen(userAgentInfo(FIREFOX_LINUX, resolveSettings({})))).toBe(true)
  })

  test('calls a custom parser every time, since it may not be pure', () => {
    const seen: string[] = []
    const custom = (ua: string): UserAgentInfo => {
      seen.push(ua)
      return { browser: `Custom ${seen.length}` }
    }
    const settings = resolveSettings({ parseUserAgent: custom })
    expect(userAgentInfo(CHROME_WINDOWS, settings)).toStrictEqual({ browser: 'Custom 1' })
    expect(userAgentInfo(CHROME_WINDOWS, settings)).toStrictEqual({ browser: 'Custom 2' })
    expect(seen).toStrictEqual([CHROME_WINDOWS, CHROME_WINDOWS])
  })
})
