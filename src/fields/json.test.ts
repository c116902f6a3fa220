import { describe, expect, test } from 'vitest'
import type { Issue } from '../issues/issue.js'
import { MAX_DEPTH, toJsonObject } from './json.js'

describe('toJsonObject', () => {
  test('returns clean input itself, without copying', () => {
    const clean = { a: 1, b: [1, 'two', null], c: { d: true } }
    expect(toJsonObject(clean, 'properties', [])).toBe(clean)
  })

  test('turns -0 into 0, a Date into its ISO string and a bigint into its decimal string', () => {
    expect(toJsonObject({ z: -0, at: new Date(Date.UTC(2024, 0, 1)), n: 10n }, 'properties', [])).toStrictEqual({
      z: 0,
      at: '2024-01-01T00:00:00.000Z',
      n: '10',
    })
  })

  test('turns a boxed primitive into the primitive and a class instance into a plain object, as JSON writes them', () => {
    class Point {
      constructor(readonly x: number) {}
    }
    const issues: Issue[] = []
    const result = toJsonObject({ s: Object('text'), f: Object(false), n: Object(-0), p: new Point(1) }, 'properties', issues)
    expect(result).toStrictEqual({ s: 'text', f: false, n: 0, p: { x: 1 } })
    expect(Object.getPrototypeOf(result['p'])).toBe(Object.prototype)
    expect(issues).toStrictEqual([])
  })

  test('drops a Map and a Set with a warning at their path: JSON would write {} and lose their entries', () => {
    const issues: Issue[] = []
    expect(toJsonObject({ m: new Map([['a', 1]]), s: [new Set([1])] }, 'properties', issues)).toStrictEqual({ s: [null] })
    expect(issues.map(({ code, path }) => `${code} ${path}`)).toStrictEqual(['invalid_value properties.m', 'invalid_value properties.s[0]'])
  })

  test('answers an object even for a Date or a boxed primitive given as the whole value, with a warning', () => {
    const issues: Issue[] = []
    expect(toJsonObject(new Date(0) as unknown as Record<string, unknown>, 'properties.products[0]', issues)).toStrictEqual({})
    expect(toJsonObject(Object(3) as Record<string, unknown>, 'traits', issues)).toStrictEqual({})
    expect(issues).toStrictEqual([
      {
        severity: 'warning',
        code: 'invalid_value',
        path: 'properties.products[0]',
        message: 'properties.products[0] is a string in JSON, not an object; it was dropped',
      },
      { severity: 'warning', code: 'invalid_value', path: 'traits', message: 'traits is a number in JSON, not an object; it was dropped' },
    ])
  })

  test('drops undefined object values silently and turns array holes into null, as JSON does', () => {
    const issues: Issue[] = []
    // eslint-disable-next-line no-sparse-arrays
    expect(toJsonObject({ a: undefined, b: [1, , 3] }, 'properties', issues)).toStrictEqual({ b: [1, null, 3] })
    expect(issues).toStrictEqual([])
  })

  test('cuts values nested deeper than Amplitude accepts, with a warning at their path', () => {
    const root: Record<string, unknown> = {}
    let cursor = root
    for (let depth = 0; depth < MAX_DEPTH + 5; depth++) {
      const next: Record<string, unknown> = {}
      cursor['a'] = next
      cursor = next
    }
    const issues: Issue[] = []
    toJsonObject(root, 'properties', issues)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ severity: 'warning', code: 'too_deep' })
    expect(issues[0]?.path).toBe(`properties${'.a'.repeat(MAX_DEPTH)}`)
  })

  test('never mutates its input', () => {
    const input = Object.freeze({ a: Number.NaN, b: Object.freeze([() => 1]) })
    const issues: Issue[] = []
    expect(toJsonObject(input, 'properties', issues)).toStrictEqual({ b: [null] })
    expect(issues.map((issue) => issue.path)).toStrictEqual(['properties.a', 'properties.b[0]'])
  })
})
