/**
 * The contract every call mapping of every profile keeps (issue 6), one `describe` per row of
 * `CALL_CONTRACTS`. Valid messages come from `segment-amplitude/testing`; "hostile" inputs are
 * anything fast-check can build (deep nesting, 100,000-character strings, cycles, `NaN`, `-0`,
 * `__proto__` keys, wrong types, non-objects). Settings cover the whole option space, with the
 * row's profile.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, test } from 'vitest'
import type { AmplitudeCall } from '../../src/models/amplitude/types.js'
import { translate, type TranslateResult } from '../../src/translate.js'
import { CALL_CONTRACTS } from './callContracts.js'
import { cloneDeep } from './cloneDeep.js'
import { expectWellFormed } from './expectWellFormed.js'
import { freezeDeep } from './freezeDeep.js'
import { plainJsonFaults } from './plainJsonFaults.js'
import { prototypeChanges } from './prototypeGuard.js'
import { snapshotOf } from './snapshotOf.js'
import { unexplainedErrors } from './unexplainedErrors.js'

/** Valid messages, and anything at all: the inputs of the properties that hold for any input. */
function anyInput(contract: (typeof CALL_CONTRACTS)[number]): fc.Arbitrary<unknown> {
  return fc.oneof(contract.messages, contract.hostile)
}

/**
 * Half the configured runs (at least one), for the purity properties: each run copies, freezes
 * and snapshots inputs up to 1,000 levels deep, the slowest work of the suite, so `FC_NUM_RUNS`
 * scales them at half rate to keep the nightly run within minutes.
 */
function halfRuns(): { numRuns: number } {
  return { numRuns: Math.max(1, Math.ceil((fc.readConfigureGlobal().numRuns ?? 100) / 2)) }
}

function callsOf(result: TranslateResult): readonly AmplitudeCall[] {
  return result.ok ? result.calls : []
}

for (const contract of CALL_CONTRACTS) {
  describe(`contract: ${contract.profile} profile × ${contract.type}`, () => {
    test('totality: a valid message translates (ok: true), without throwing or failing inside', () => {
      fc.assert(
        fc.property(contract.messages, contract.settings, (message, settings) => {
          const result = translate(message, settings)
          expectWellFormed(result)
          expect(result.ok, JSON.stringify(result.issues)).toBe(true)
        }),
      )
    })

    test('totality: anything fast-check can build gives a well-formed result, never a throw or an internal error', () => {
      fc.assert(
        fc.property(contract.hostile, contract.settings, (input, settings) => {
          expectWellFormed(translate(input, settings))
        }),
      )
    })

    test('purity: the input is left unchanged, and a deep-frozen copy translates the same, without failing', () => {
      fc.assert(
        fc.property(anyInput(contract), contract.settings, (generated, settings) => {
          const input = cloneDeep(generated)
          const before = snapshotOf(input)
          const first = translate(input, settings)
          expect(snapshotOf(input), 'the input is unchanged').toBe(before)
          const frozen = freezeDeep(cloneDeep(generated))
          const second = translate(frozen, settings)
          // Frozen, the copy cannot change: a write would throw, and show as an internal error.
          expectWellFormed(second)
          // Snapshots, not the results: toStrictEqual reads an own `constructor` key as the class.
          expect(snapshotOf(second), 'equal inputs, deep-equal outputs').toBe(snapshotOf(first))
        }),
        halfRuns(),
      )
    })

    test('purity: equal inputs give deep-equal outputs', () => {
      fc.assert(
        fc.property(anyInput(contract), contract.settings, (generated, settings) => {
          const first = translate(cloneDeep(generated), { ...settings })
          const second = translate(cloneDeep(generated), { ...settings })
          expect(snapshotOf(second), 'equal inputs, deep-equal outputs').toBe(snapshotOf(first))
        }),
        halfRuns(),
      )
    })

    test('serialisability: every call is plain JSON (no undefined, -0, NaN, holes, maps…) and survives JSON.parse(JSON.stringify())', () => {
      fc.assert(
        fc.property(anyInput(contract), contract.settings, (input, settings) => {
          const calls = callsOf(translate(input, settings))
          expect(plainJsonFaults(calls, 'calls')).toStrictEqual([])
          expect(JSON.parse(JSON.stringify(calls))).toEqual(calls)
        }),
      )
    })

    test('validity: validateCalls rejects a call only when translate reported why (or the id is the message\'s own, SPEC 7)', () => {
      fc.assert(
        fc.property(anyInput(contract), contract.settings, (input, settings) => {
          const result = translate(input, settings)
          if (!result.ok) return
          expect(unexplainedErrors(result.calls, result.issues, input, settings)).toStrictEqual([])
        }),
      )
    })

    test("identity: user_id is the message's userId and device_id follows the profile's device-id order", () => {
      fc.assert(
        fc.property(contract.messages, contract.settings, (message, settings) => {
          const result = translate(message, settings)
          if (result.ok) contract.expectIdentity(message, settings, result.calls)
        }),
      )
    })

    test(`conservation: ${contract.conservationRule}, unless an issue says otherwise`, () => {
      fc.assert(
        fc.property(contract.messages, contract.settings, (message, settings) => {
          const result = translate(message, settings)
          // A message that opts out of Amplitude has nothing to conserve.
          if (!result.ok || result.issues.some((issue) => issue.code === 'not_for_amplitude')) return
          contract.expectConservation(message, settings, result)
        }),
      )
    })

    test(`session: ${contract.sessionRule}`, () => {
      fc.assert(
        fc.property(anyInput(contract), contract.settings, (input, settings) => {
          const result = translate(input, settings)
          if (result.ok) contract.expectSession(input, result.calls, result.issues)
        }),
      )
    })

    test('prototypes: no built-in prototype is ever modified, whatever the input', () => {
      fc.assert(
        fc.property(anyInput(contract), contract.settings, (input, settings) => {
          translate(input, settings)
          expect(prototypeChanges()).toStrictEqual([])
        }),
      )
    })
  })
}

afterAll(() => {
  expect(prototypeChanges()).toStrictEqual([])
})
