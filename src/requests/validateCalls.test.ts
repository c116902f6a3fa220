import { describe, expect, test } from 'vitest'
import type { AmplitudeCall, AmplitudeEvent } from '../models/amplitude/types.js'
import type { JsonObject } from '../models/json.js'
import { INVALID_IDS, RESERVED_EVENT_TYPES } from './reservedValues.js'
import { validateCalls } from './validateCalls.js'

function eventCall(fields: Partial<AmplitudeEvent> & Record<string, unknown>): AmplitudeCall {
  return { api: 'event', event: { event_type: 'Signed Up', user_id: 'user-123', ...fields } as AmplitudeEvent }
}

function codes(calls: readonly AmplitudeCall[], minIdLength?: number): [string, string, string][] {
  const options = minIdLength === undefined ? {} : { minIdLength }
  return validateCalls(calls, options).map((issue) => [issue.severity, issue.code, issue.path])
}

function nested(depth: number): JsonObject {
  let value: JsonObject = { leaf: 1 }
  for (let level = 1; level < depth; level++) value = { a: value }
  return value
}

describe('validateCalls', () => {
  test('accepts a well-formed call of each API without issues', () => {
    expect(
      validateCalls([
        eventCall({ time: 1700000000000, session_id: -1, event_id: 3, quantity: 2, groups: { company: ['a', 'b'] } }),
        { api: 'identify', identification: { device_id: 'device-1', user_properties: { $set: { plan: 'pro' } } } },
        { api: 'groupidentify', identification: { group_type: 'company', group_value: 'Acme' } },
        { api: 'usermap', mapping: { user_id: 'anon-456', global_user_id: 'user-123' } },
        { api: 'usermap', mapping: { user_id: 'anon-456', unmap: true } },
      ]),
    ).toEqual([])
  })

  test.each([...INVALID_IDS, 'NULL', 'Anonymous', 'N/A', 'LMY47D'])('rejects the invalid id %j in any case', (id) => {
    expect(codes([eventCall({ user_id: id, device_id: 'device-1' })])).toEqual([['error', 'invalid_id', '[0].event.user_id']])
  })

  test('pins the message of an invalid id', () => {
    expect(validateCalls([eventCall({ user_id: 'undefined' })])).toEqual([
      {
        severity: 'error',
        code: 'invalid_id',
        path: '[0].event.user_id',
        message: 'user_id is "undefined", one of the ids Amplitude rejects; the event was not sent',
      },
    ])
  })

  test('rejects an id that is not a string', () => {
    expect(codes([eventCall({ device_id: 42 as unknown as string })])).toEqual([['error', 'invalid_id', '[0].event.device_id']])
  })

  test('warns about a short id when the other id remains, naming the id Amplitude keeps', () => {
    expect(validateCalls([eventCall({ user_id: 'abc', device_id: 'device-1' })])).toEqual([
      {
        severity: 'warning',
        code: 'short_id',
        path: '[0].event.user_id',
        message: 'user_id "abc" is shorter than 5 characters: Amplitude removes it and keeps the event under device_id',
      },
    ])
  })

  test('rejects a call whose only id is short, as missing_id at that id', () => {
    expect(validateCalls([{ api: 'identify', identification: { user_id: '' } }])).toEqual([
      {
        severity: 'error',
        code: 'missing_id',
        path: '[0].identification.user_id',
        message: 'user_id "" is shorter than 5 characters and the identification has no other id Amplitude keeps; it was not sent',
      },
    ])
  })

  test('rejects an event with neither user_id nor device_id, treating null as absent', () => {
    expect(codes([{ api: 'event', event: { event_type: 'E', user_id: null as unknown as string } }])).toEqual([
      ['error', 'missing_id', '[0].event'],
    ])
  })

  test('measures ids against minIdLength', () => {
    expect(codes([eventCall({ user_id: 'u1' })], 2)).toEqual([])
    expect(codes([eventCall({ user_id: 'user-1', device_id: 'device-1' })], 7)).toEqual([['warning', 'short_id', '[0].event.user_id']])
  })

  test.each([
    ['empty', ''],
    ['whitespace', ' \t '],
  ])('rejects an %s event_type', (_, eventType) => {
    expect(codes([eventCall({ event_type: eventType })])).toEqual([['error', 'invalid_event_type', '[0].event.event_type']])
  })

  test('rejects a missing event_type', () => {
    expect(validateCalls([{ api: 'event', event: { user_id: 'user-123' } as AmplitudeEvent }])).toEqual([
      { severity: 'error', code: 'invalid_event_type', path: '[0].event.event_type', message: 'event_type is missing; the event was not sent' },
    ])
  })

  test.each(RESERVED_EVENT_TYPES)('rejects the reserved event_type %j', (eventType) => {
    expect(codes([eventCall({ event_type: eventType })])).toEqual([['error', 'reserved_event_type', '[0].event.event_type']])
  })

  test('warns about strings over 1,024 characters anywhere, property names included', () => {
    const long = 'x'.repeat(1025)
    const longKey = 'long key '.repeat(120)
    const calls = [
      eventCall({ event_properties: { list: ['ok', long], ok: 'x'.repeat(1024) } }),
      eventCall({ user_properties: { [longKey]: 1 } }),
    ]
    expect(codes(calls)).toEqual([
      ['warning', 'string_too_long', '[0].event.event_properties.list[1]'],
      ['warning', 'string_too_long', `[1].event.user_properties[${JSON.stringify(longKey)}]`],
    ])
  })

  test('accepts 40 levels of nesting and rejects 41, naming the first level too deep', () => {
    expect(codes([eventCall({ event_properties: nested(40) })])).toEqual([])
    const path = `[0].event.event_properties${'.a'.repeat(40)}`
    expect(validateCalls([eventCall({ event_properties: nested(41) })])).toEqual([
      { severity: 'error', code: 'too_deep', path, message: 'nested deeper than the 40 levels Amplitude accepts; the event was not sent' },
    ])
  })

  test('stops at the nesting limit on a cyclic value', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic['self'] = cyclic
    expect(codes([eventCall({ event_properties: cyclic as JsonObject })]).map(([, code]) => code)).toEqual(['too_deep'])
  })

  test('warns about more than 5 group types and more than 10 group values', () => {
    const sixTypes = { a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' }
    const elevenValues = { a: ['1', '2', '3', '4', '5', '6'], b: ['1', '2', '3', '4', '5'] }
    expect(codes([eventCall({ groups: sixTypes }), { api: 'identify', identification: { user_id: 'user-123', groups: elevenValues } }])).toEqual([
      ['warning', 'too_many_group_types', '[0].event.groups'],
      ['warning', 'too_many_group_values', '[1].identification.groups'],
    ])
    expect(codes([eventCall({ groups: { a: '1', b: '2', c: '3', d: '4', e: ['5', '6', '7', '8', '9', '10'] } })])).toEqual([])
  })

  test.each(['time', 'session_id', 'event_id', 'quantity'])('rejects a non-integer %s', (field) => {
    expect(codes([eventCall({ [field]: 1.5 })])).toEqual([['error', 'not_integer', `[0].event.${field}`]])
  })

  test('rejects an ISO timestamp as time', () => {
    expect(validateCalls([eventCall({ time: '2024-01-01T00:00:00Z' as unknown as number })])).toEqual([
      {
        severity: 'error',
        code: 'not_integer',
        path: '[0].event.time',
        message: 'time is "2024-01-01T00:00:00Z", not an integer; Amplitude would reject the event, so it was not sent',
      },
    ])
  })

  test('warns that a NaN or infinite number is sent as null', () => {
    expect(codes([eventCall({ price: Number.NaN, event_properties: { x: Number.POSITIVE_INFINITY } })])).toEqual([
      ['warning', 'non_finite_number', '[0].event.price'],
      ['warning', 'non_finite_number', '[0].event.event_properties.x'],
    ])
  })

  test('rejects a mapping without user_id or global_user_id, or with an invalid one', () => {
    const calls: AmplitudeCall[] = [
      { api: 'usermap', mapping: { user_id: 'anon-456' } as unknown as { user_id: string; global_user_id: string } },
      { api: 'usermap', mapping: { user_id: '', unmap: true } },
      { api: 'usermap', mapping: { user_id: 'anon-456', global_user_id: 'null' } },
      { api: 'usermap', mapping: { user_id: 'abc', global_user_id: 'user-123' } },
    ]
    expect(codes(calls)).toEqual([
      ['error', 'missing_id', '[0].mapping.global_user_id'],
      ['error', 'missing_id', '[1].mapping.user_id'],
      ['error', 'invalid_id', '[2].mapping.global_user_id'],
      ['warning', 'short_id', '[3].mapping.user_id'],
    ])
  })

  test('rejects a group identification without group_type or with an empty group_value', () => {
    const calls = [
      { api: 'groupidentify', identification: { group_value: 'Acme' } },
      { api: 'groupidentify', identification: { group_type: 'company', group_value: '' } },
    ] as AmplitudeCall[]
    expect(codes(calls)).toEqual([
      ['error', 'missing_group', '[0].identification.group_type'],
      ['error', 'missing_group', '[1].identification.group_value'],
    ])
  })

  test('reads payload fields as property access does: through getters, proxies and prototypes', () => {
    const proxied = new Proxy({ event_type: 'E' }, { get: (target, key) => (key === 'user_id' ? 'null' : Reflect.get(target, key)) })
    const withGetter = {
      event_type: 'E',
      user_id: 'user-123',
      get device_id(): string {
        return 'abc'
      },
    }
    const inherited = Object.assign(Object.create({ event_type: '$identify' }) as object, { user_id: 'user-123' }) as AmplitudeEvent
    expect(codes([{ api: 'event', event: proxied as AmplitudeEvent }, { api: 'event', event: withGetter }, { api: 'event', event: inherited }])).toEqual([
      ['error', 'invalid_id', '[0].event.user_id'],
      ['warning', 'short_id', '[1].event.device_id'],
      ['error', 'reserved_event_type', '[2].event.event_type'],
    ])
  })

  test('rejects a value that is not a call', () => {
    const calls = [null, { api: 'track', event: {} }, { api: 'event' }] as unknown as AmplitudeCall[]
    expect(codes(calls)).toEqual([
      ['error', 'invalid_call', '[0]'],
      ['error', 'invalid_call', '[1]'],
      ['error', 'invalid_call', '[2]'],
    ])
  })

  test('throws on an invalid minIdLength', () => {
    expect(() => validateCalls([], { minIdLength: 2.5 })).toThrow(RangeError)
  })
})
