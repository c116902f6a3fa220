import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentData } from '../models/segment/types.js'
import { fields, optional, weighted } from './internal/fields.js'
import { arbFiniteNumber, arbHex32, arbJsonValue, arbPropertyKey, arbText, formatDollars, toObject } from './internal/values.js'

// Revenue as senders write it: dollars as a number (refunds negative), sometimes a string.
const arbRevenue = weighted<unknown>(
  [12, fc.integer({ min: 1, max: 500_000 }).map((c) => c / 100)],
  [2, fc.integer({ min: -50_000, max: -1 }).map((c) => c / 100)],
  [2, fc.integer({ min: 0, max: 500_000 }).map(formatDollars)],
  [1, fc.constantFrom('19.99', '0', 'free', '')],
  [1, fc.constant(0)],
)

const arbRevenueFields = fields<Record<string, unknown>>({
  revenue: arbRevenue,
  currency: optional(fc.constantFrom('USD', 'EUR', 'GBP', 'JPY'), 50),
  price: optional(fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100), 30),
  quantity: optional(weighted<unknown>([9, fc.integer({ min: 1, max: 10 })], [1, fc.constantFrom(1.5, '3')]), 30),
  productId: optional(arbHex32.map((hex) => hex.slice(0, 12)), 15),
  product_id: optional(arbHex32.map((hex) => hex.slice(0, 12)), 10),
  revenueType: optional(fc.constantFrom('Purchase', 'Refund', 'Subscription'), 15),
  revenue_type: optional(fc.constantFrom('purchase', 'refund'), 5),
})

const arbCommonProperties = fields<Record<string, unknown>>({
  plan: optional(fc.constantFrom('free', 'pro', 'enterprise'), 20),
  title: optional(fc.constantFrom('Blue in Green', 'So What', 'Getting started', 'Checkout'), 20),
  category: optional(fc.constantFrom('Music', 'Docs', 'Onboarding', 'Shoes'), 15),
  label: optional(arbText, 15),
  value: optional(arbFiniteNumber, 10),
  duration_ms: optional(fc.integer({ min: 0, max: 3_600_000 }), 10),
  position: optional(fc.integer({ min: 0, max: 50 }), 8),
  success: optional(fc.boolean(), 10),
  url: optional(fc.constantFrom('https://www.example.com/pricing', 'https://shop.acme.io/cart'), 8),
  items: optional(fc.array(fc.constantFrom('a', 'b', 'c', 42), { maxLength: 4 }), 8),
  metadata: optional(arbJsonValue, 8),
  empty_string: optional(fc.constant(''), 3),
  nothing: optional(fc.constant(null), 3),
})

const arbCustomProperties = fc.array(fc.tuple(arbPropertyKey, arbJsonValue), { maxLength: 3 }).map(toObject)

/**
 * `properties` of a track call: common property names (`plan`, `title`, `category`, `value`,
 * `success`, arrays, nested objects, `null`, `""`), sometimes revenue fields (`revenue` as a
 * number, a negative refund, or a string like `"$1,234.50"`; `currency`, `price`, `quantity`,
 * `productId`/`product_id`, `revenueType`/`revenue_type`), and sometimes free-form keys.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbProperties } from 'segment-amplitude/testing'
 * fc.sample(arbProperties, { seed: 11, numRuns: 1 }) // e.g. [{ plan: 'pro', revenue: 29.99, currency: 'USD' }]
 */
export const arbProperties: Arbitrary<SegmentData> = fc
  .tuple(arbCommonProperties, fc.nat({ max: 9 }), arbRevenueFields, fc.nat({ max: 3 }), arbCustomProperties)
  .map(([common, revenueRoll, revenue, customRoll, custom]) => ({
    ...common,
    ...(revenueRoll < 2 ? revenue : {}),
    ...(customRoll === 0 ? custom : {}),
  }))
