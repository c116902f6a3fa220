import { describe, expect, test } from 'vitest'
import type { Issue } from '../issues/issue.js'
import { userProperties } from './userProperties.js'

const NO_LISTS = { $add: [], $setOnce: [], $append: [], $prepend: [] }

describe('userProperties', () => {
  test('returns the traits object itself when there is no operation', () => {
    const traits = { plan: 'pro' }
    expect(userProperties(traits, NO_LISTS, undefined, 'traits', [])).toBe(traits)
  })

  test('returns undefined for no traits and no operations', () => {
    expect(userProperties(undefined, undefined, undefined, 'context.traits', [])).toBeUndefined()
    expect(userProperties({}, NO_LISTS, undefined, 'traits', [])).toBeUndefined()
  })

  test('puts every property in exactly one operation and never mixes plain keys with operations', () => {
    const issues: Issue[] = []
    const result = userProperties(
      { a: 1, b: '2', c: 'x', d: ['y'], e: 'z', utm_source: 'trait' },
      { $add: ['a', 'b', 'c'], $setOnce: ['c', 'd'], $append: ['d', 'e'], $prepend: ['e'] },
      { $set: { utm_source: 'campaign' }, $setOnce: { initial_utm_source: 'campaign' } },
      'traits',
      issues,
    )
    expect(result).toStrictEqual({
      $set: { utm_source: 'trait' },
      $setOnce: { c: 'x', d: ['y'], initial_utm_source: 'campaign' },
      $add: { a: 1, b: 2 },
      $append: { e: 'z' },
    })
    expect(issues.map(({ severity, code, path }) => ({ severity, code, path }))).toStrictEqual([
      { severity: 'warning', code: 'invalid_increment', path: 'traits.c' },
      { severity: 'info', code: 'user_property_conflict', path: 'traits.utm_source' },
    ])
  })

  test('keeps a __proto__ trait as an own key under $set', () => {
    const traits = JSON.parse('{"__proto__":{"admin":true}}') as Record<string, never>
    const result = userProperties(traits, NO_LISTS, { $set: { utm_source: 's' }, $setOnce: {} }, 'traits', []) as Record<string, Record<string, unknown>>
    expect(Object.keys(result['$set'] ?? {})).toStrictEqual(['__proto__', 'utm_source'])
    expect(Object.getPrototypeOf(result['$set'])).toBe(Object.prototype)
    expect(result).not.toHaveProperty('$setOnce')
  })
})
