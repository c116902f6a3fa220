import { describe, expect, test } from 'vitest'
import { parseSegmentMessage } from './parse.js'

describe('parseSegmentMessage', () => {
  test('rejects a value that is not an object with invalid_message at the root', () => {
    expect(parseSegmentMessage('hello')).toEqual({
      ok: false,
      issues: [{ severity: 'error', code: 'invalid_message', path: '', message: 'a Segment message must be an object, got "hello"' }],
    })
  })

  test('rejects a missing type with missing_type', () => {
    const result = parseSegmentMessage({ userId: 'u' })
    expect(result.ok).toBe(false)
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([['missing_type', 'type']])
  })

  test('rejects an unknown type with unknown_type', () => {
    const result = parseSegmentMessage({ type: 'login' })
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([['unknown_type', 'type']])
  })

  test('turns a number id into its decimal string and treats empty ids as absent', () => {
    const result = parseSegmentMessage({ type: 'identify', userId: 42, anonymousId: '   ', messageId: null })
    expect(result).toEqual({ ok: true, message: { type: 'identify', userId: '42' }, issues: [] })
  })

  test('drops a wrongly typed context field with a warning naming its path', () => {
    const input = { type: 'page', anonymousId: 'anon-1', context: { device: { id: { x: 1 }, model: 'iPhone' } } }
    const result = parseSegmentMessage(input)
    expect(result).toEqual({
      ok: true,
      message: { type: 'page', anonymousId: 'anon-1', context: { device: { model: 'iPhone' } } },
      issues: [
        {
          severity: 'warning',
          code: 'invalid_type',
          path: 'context.device.id',
          message: 'context.device.id is an object, expected a string or number id; it was dropped',
        },
      ],
    })
    expect(input.context.device.id).toEqual({ x: 1 })
  })

  test('drops properties and traits that are a Date or a boxed primitive, which JSON writes as no object', () => {
    const input = { type: 'identify', userId: 'user-1', traits: new Date(0), context: { traits: Object('vip') } }
    expect(parseSegmentMessage(input)).toStrictEqual({
      ok: true,
      message: { type: 'identify', userId: 'user-1', context: {} },
      issues: [
        { severity: 'warning', code: 'invalid_type', path: 'context.traits', message: 'context.traits is a boxed string, expected an object; it was dropped' },
        { severity: 'warning', code: 'invalid_type', path: 'traits', message: 'traits is a Date, expected an object; it was dropped' },
      ],
    })
  })

  test('keeps class instances as properties: JSON writes their own keys as an object', () => {
    class Cart {
      constructor(readonly total: number) {}
    }
    const properties = new Cart(3)
    const result = parseSegmentMessage({ type: 'track', event: 'E', userId: 'user-1', properties })
    expect(result.ok && result.message.type === 'track' && result.message.properties).toBe(properties)
  })

  test('turns numeric latitude strings into numbers', () => {
    const result = parseSegmentMessage({ type: 'page', userId: 'user-1', context: { location: { latitude: '52.5' } } })
    expect(result.ok && result.message.context?.location?.latitude).toBe(52.5)
  })

  test('requires a non-empty event name on track', () => {
    const result = parseSegmentMessage({ type: 'track', userId: 'user-1', event: ' ' })
    expect(result).toEqual({
      ok: false,
      issues: [{ severity: 'error', code: 'missing_event', path: 'event', message: 'a track call needs a non-empty event name' }],
    })
  })

  test('keeps __proto__ keys in properties as plain data', () => {
    const input = JSON.parse('{"type":"track","event":"E","userId":"user-1","properties":{"__proto__":{"polluted":true}}}') as unknown
    const result = parseSegmentMessage(input)
    expect(result.ok && Object.keys(result.message.type === 'track' ? (result.message.properties ?? {}) : {})).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})
