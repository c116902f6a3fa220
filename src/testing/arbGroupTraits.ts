import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentData } from '../models/segment/types.js'
import { arbTimestamp } from './arbTimestamp.js'
import { fields, optional } from './internal/fields.js'
import { arbAddress, COMPANY_NAMES, INDUSTRIES, PLANS } from './internal/people.js'

/**
 * Group traits as group calls carry them (the Spec's reserved group traits plus
 * `account_type`/`account_id`, the names {@link GROUP_TRAIT_NAMES} lists), sometimes none at all.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbGroupTraits } from 'segment-amplitude/testing'
 * fc.sample(arbGroupTraits, { seed: 2, numRuns: 1 }) // e.g. [{ name: 'Initech', industry: 'Finance', employees: 120 }]
 */
export const arbGroupTraits: Arbitrary<SegmentData> = fields<SegmentData>({
  name: optional(fc.constantFrom(...COMPANY_NAMES), 75),
  industry: optional(fc.constantFrom(...INDUSTRIES), 45),
  employees: optional(fc.oneof(fc.integer({ min: 1, max: 250_000 }), fc.constantFrom('51-200', '1000+')), 35),
  plan: optional(fc.constantFrom(...PLANS), 40),
  website: optional(fc.constantFrom('https://acme.example', 'globex.com', 'https://initech.io'), 25),
  createdAt: optional(arbTimestamp, 25),
  address: optional(arbAddress, 15),
  account_type: optional(fc.constantFrom('Company', 'Team', 'Workspace', ''), 20),
  account_id: optional(fc.oneof(fc.integer({ min: 1, max: 99_999 }).map((n) => `acct_${n}`), fc.integer({ min: 1, max: 99_999 })), 20),
})
