import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { arbHostileInput, arbSegmentMessage } from '../../src/testing/index.js'
import { actions } from './actions.js'

const KEYS_NOT_COPIED = ['use_batch_endpoint', 'products', 'device_type', 'insert_id']

describe('the Actions profile, for any message', () => {
  test('never mutates the message', () => {
    fc.assert(
      fc.property(arbSegmentMessage, (message) => {
        const before = JSON.stringify(message)
        actions(message)
        expect(JSON.stringify(message)).toBe(before)
      }),
    )
  })

  test('never throws, even on hostile input', () => {
    fc.assert(
      fc.property(arbHostileInput, (message) => {
        expect(() => actions(message)).not.toThrow()
      }),
    )
  })

  test('returns JSON payloads: nothing undefined, nothing JSON would change', () => {
    fc.assert(
      fc.property(arbSegmentMessage, (message) => {
        const result = actions(message)
        if (result.ok) expect(JSON.parse(JSON.stringify(result.calls))).toStrictEqual(result.calls)
      }),
    )
  })

  test("never sends Segment's artefacts: use_batch_endpoint, products, device_type, or an insert_id the presets do not map", () => {
    fc.assert(
      fc.property(arbSegmentMessage, (message) => {
        const result = actions(message)
        if (!result.ok) return
        for (const call of result.calls) {
          const payload = call.api === 'event' ? call.event : call.api === 'usermap' ? call.mapping : call.identification
          for (const key of KEYS_NOT_COPIED) expect(Object.keys(payload)).not.toContain(key)
        }
      }),
    )
  })

  test('errors only with a reason, and sends a group identify for every group call with a groupId', () => {
    fc.assert(
      fc.property(arbSegmentMessage, (message) => {
        const result = actions(message)
        if (!result.ok) {
          expect(result.issues.some((issue) => issue.severity === 'error')).toBe(true)
          return
        }
        if (message.type === 'group' && result.calls.length > 0) expect(result.calls.at(-1)?.api).toBe('groupidentify')
      }),
    )
  })
})
