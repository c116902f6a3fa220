import { describe, expect, test } from 'vitest'
import { mergeUserProperties } from './mergeUserProperties.js'

describe('mergeUserProperties', () => {
  test('merges left to right, with $set and $setOnce merged key by key', () => {
    expect(
      mergeUserProperties([
        { $set: { utm_source: 'google' }, $setOnce: { initial_utm_source: 'google' } },
        { plan: 'pro', $set: { utm_source: 'trait', k: 1 } },
      ]),
    ).toStrictEqual({ $set: { utm_source: 'trait', k: 1 }, $setOnce: { initial_utm_source: 'google' }, plan: 'pro' })
  })

  test('spreads a $set that is text into its characters, as object spread does', () => {
    expect(mergeUserProperties([{ $set: 'ab' }, { $set: { k: 1 } }])).toStrictEqual({ $set: { 0: 'a', 1: 'b', k: 1 } })
  })

  test('keeps __proto__ as a plain key', () => {
    const traits = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>
    const merged = mergeUserProperties([traits])
    expect(Object.keys(merged)).toStrictEqual(['__proto__'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})
