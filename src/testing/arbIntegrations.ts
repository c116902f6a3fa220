import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentData, SegmentIntegrations } from '../models/segment/types.js'
import { arbSessionId } from './arbSessionId.js'
import { arbUserId } from './arbUserId.js'
import { fields, optional, weighted } from './internal/fields.js'
import { COMPANY_NAMES } from './internal/people.js'

const arbGroups = fields<SegmentData>({
  company: fc.oneof(
    fc.constantFrom(...COMPANY_NAMES),
    fc.uniqueArray(fc.constantFrom(...COMPANY_NAMES), { minLength: 1, maxLength: 3 }),
  ),
  team: optional(fc.constantFrom('growth', 'platform', 'design'), 40),
  org_id: optional(fc.integer({ min: 1, max: 9_999 }), 20),
})

/** `integrations.Amplitude` as an options object (the Classic destination's options). */
const arbAmplitudeOptions = fields<SegmentData>({
  session_id: optional(arbSessionId, 85),
  event_id: optional(fc.integer({ min: 0, max: 100_000 }), 15),
  groups: optional(arbGroups, 20),
  unmap: optional(fc.oneof(fc.constant(true), arbUserId.map(String)), 3),
  paying: optional(fc.boolean(), 8),
  start_version: optional(fc.constantFrom('1.0.0', '2.3.1', '10.0'), 8),
})

const arbActionsOptions = fields<SegmentData>({ session_id: optional(arbSessionId, 95) })

/**
 * An `integrations` object: routing flags and destination options. Mostly messages for
 * Amplitude (`{}`, `All: true`, `Amplitude: true`, `Amplitude: {session_id, event_id, groups,
 * unmap, paying, start_version}`, `"Actions Amplitude": {session_id}`), sometimes other
 * destinations' options, and in about 1 object in 10 a message not for Amplitude
 * (`Amplitude: false`, or `All: false` without `Amplitude`).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbIntegrations } from 'segment-amplitude/testing'
 * fc.sample(arbIntegrations, { seed: 5, numRuns: 1 }) // e.g. [{ Amplitude: { session_id: 1700000000000 } }]
 */
export const arbIntegrations: Arbitrary<SegmentIntegrations> = weighted<SegmentIntegrations>(
  [6, fc.constant(null).map(() => ({}))],
  [6, fc.constant(null).map(() => ({ All: true }))],
  [3, fc.constant(null).map(() => ({ Amplitude: true }))],
  [40, arbAmplitudeOptions.map((options) => ({ Amplitude: options }))],
  [12, arbActionsOptions.map((options) => ({ 'Actions Amplitude': options }))],
  [5, arbAmplitudeOptions.map((options) => ({ All: false, Amplitude: options }))],
  [4, fc.constant(null).map(() => ({ All: false, Amplitude: true }))],
  [6, fc.constant(null).map(() => ({ Salesforce: false, 'Google Analytics': { clientId: '1033501218.1368477899' } }))],
  [4, fc.constant(null).map(() => ({ All: false }))],
  [4, fc.constant(null).map(() => ({ Amplitude: false }))],
  [1, fc.constant(null).map(() => ({ All: false, 'Actions Amplitude': true }))],
)
