import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { eventArbitrary, textArbitrary } from '../../test/arbitraries/calls.js'
import { joinPath } from '../issues/path.js'
import type { AmplitudeCall, AmplitudeEvent } from '../models/amplitude/types.js'
import { INVALID_IDS, RESERVED_EVENT_TYPES } from './reservedValues.js'
import { validateCalls } from './validateCalls.js'

// validateCall first checks a call without reporting and reports only when something is found:
// these properties pin that the quick check finds everything the reporting one does.

const INVALID = new Set(INVALID_IDS)
const RESERVED = new Set(RESERVED_EVENT_TYPES)

/** Each character as itself, its capital, or (for `k`) the Kelvin sign, which lowercases to `k`. */
function caseVariants(text: string): fc.Arbitrary<string> {
  const characters = [...text].map((c) => fc.constantFrom(...new Set([c, c.toUpperCase(), ...(c === 'k' ? ['\u212a'] : [])])))
  return fc.tuple(...characters).map((chosen) => chosen.join(''))
}

const idArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...INVALID_IDS).chain(caseVariants),
  fc.constantFrom(...INVALID_IDS).map((id) => `${id}x`),
  fc.constantFrom('\u0130nil', 'nİl', 'unknown\u0307'),
  fc.uuid(),
  textArbitrary,
)

const eventTypeArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...RESERVED_EVENT_TYPES),
  fc.constantFrom(...RESERVED_EVENT_TYPES).chain(caseVariants),
  fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'x', '[', '$') }),
  textArbitrary,
)

/** Objects nested `depth` levels deep. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: 1 }
  for (let level = 1; level < depth; level++) value = { a: value }
  return value
}

function event(fields: Record<string, unknown>): AmplitudeCall {
  return { api: 'event', event: { event_type: 'Signed Up', user_id: 'user-123', ...fields } as AmplitudeEvent }
}

function codesOf(call: AmplitudeCall): string[] {
  return validateCalls([call]).map((issue) => issue.code)
}

/** A value `validateCalls` reports wherever it sits, with the issue's code. */
const findingArbitrary: fc.Arbitrary<{ value: unknown; code: string }> = fc.constantFrom(
  { value: 'x'.repeat(1025), code: 'string_too_long' },
  { value: Number.NaN, code: 'non_finite_number' },
  { value: -Infinity, code: 'non_finite_number' },
)

/** Puts `value` somewhere inside `container`, following `steps`, and returns its path from `root`. */
function plant(container: Record<string, unknown> | unknown[], steps: readonly number[], value: unknown, root: string): string {
  const keys = Array.isArray(container) ? container.map((_, i) => i) : Object.keys(container)
  const step = steps[0]
  const children = keys.filter((key) => {
    const child = (container as Record<string | number, unknown>)[key]
    return typeof child === 'object' && child !== null
  })
  if (step === undefined || children.length === 0) {
    const key = Array.isArray(container) ? container.length : `planted${keys.length}`
    ;(container as Record<string | number, unknown>)[key] = value
    return joinPath(root, key)
  }
  const key = children[step % children.length] as string | number
  const child = (container as Record<string | number, unknown>)[key] as Record<string, unknown> | unknown[]
  return plant(child, steps.slice(1), value, joinPath(root, key))
}

describe('validateCalls', () => {
  test('rejects an id exactly when it lowercases to one of the ids Amplitude rejects', () => {
    fc.assert(
      fc.property(idArbitrary, (id) => {
        const invalid = codesOf(event({ user_id: id, device_id: 'device-1' })).includes('invalid_id')
        expect(invalid).toBe(INVALID.has(id.toLowerCase()))
      }),
    )
  })

  test('rejects an event_type exactly when it is blank or reserved', () => {
    fc.assert(
      fc.property(eventTypeArbitrary, (eventType) => {
        const codes = codesOf(event({ event_type: eventType }))
        expect(codes.includes('invalid_event_type')).toBe(/^\s*$/.test(eventType))
        expect(codes.includes('reserved_event_type')).toBe(RESERVED.has(eventType))
      }),
    )
  })

  test('finds a long string or a non-finite number wherever it sits in a valid event', () => {
    fc.assert(
      fc.property(eventArbitrary, findingArbitrary, fc.array(fc.nat(), { maxLength: 4 }), (valid, finding, steps) => {
        const copy = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>
        const path = plant(copy, steps, finding.value, '[0].event')
        const issues = validateCalls([{ api: 'event', event: copy as unknown as AmplitudeEvent }])
        expect(issues.map((issue) => [issue.code, issue.path])).toContainEqual([finding.code, path])
      }),
    )
  })

  test('finds a property name over 1,024 characters or an excess of nesting wherever it sits in a valid event', () => {
    const longName = 'k'.repeat(1025)
    fc.assert(
      fc.property(eventArbitrary, fc.boolean(), fc.array(fc.nat(), { maxLength: 4 }), (valid, tooDeep, steps) => {
        const copy = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>
        const path = plant(copy, steps, tooDeep ? nested(41) : { [longName]: 1 }, '[0].event')
        const issues = validateCalls([{ api: 'event', event: copy as unknown as AmplitudeEvent }])
        const expected = tooDeep ? 'too_deep' : ['string_too_long', joinPath(path, longName)]
        const found = issues.map((issue) => (tooDeep ? issue.code : [issue.code, issue.path]))
        expect(found).toContainEqual(expected)
      }),
    )
  })
})
