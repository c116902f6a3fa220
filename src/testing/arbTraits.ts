import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentData } from '../models/segment/types.js'
import { arbTimestamp } from './arbTimestamp.js'
import { fields, optional, weighted } from './internal/fields.js'
import { arbAddress, arbCompany, arbPerson, PLANS } from './internal/people.js'
import { arbJsonValue, arbPropertyKey, toObject } from './internal/values.js'

const GENRES = ['jazz', 'rock', 'hip-hop', 'classical', 'k-pop'] as const

// Name and email come from one person, so they agree; senders send `name`, the parts, or both.
const arbPersonTraits = fc
  .tuple(arbPerson, fc.constantFrom('name', 'name', 'parts', 'both', 'none'), fc.nat({ max: 9 }))
  .map(([person, style, roll]) => {
    const traits: Record<string, unknown> = {}
    if (style === 'name' || style === 'both') traits['name'] = `${person.firstName} ${person.lastName}`
    if (style === 'parts' || style === 'both') {
      traits['firstName'] = person.firstName
      traits['lastName'] = person.lastName
    }
    if (roll < 7) traits['email'] = person.email
    return traits
  })

const arbOtherTraits = fields<Record<string, unknown>>({
  phone: optional(fc.constantFrom('+1-555-0100', '+44 20 7946 0958', '555.0199', '+49 30 901820'), 15),
  username: optional(fc.constantFrom('jdoe', 'sam_k', 'priya88', 'zoe'), 10),
  plan: optional(fc.constantFrom(...PLANS), 45),
  logins: optional(weighted<unknown>([9, fc.integer({ min: 0, max: 500 })], [1, fc.constantFrom('12', 3.5, -1)]), 30),
  credits: optional(fc.integer({ min: -500, max: 50_000 }).map((c) => c / 100), 15),
  age: optional(fc.integer({ min: 13, max: 95 }), 15),
  createdAt: optional(arbTimestamp, 30),
  birthday: optional(fc.constantFrom('1990-04-12', '1985-12-01', '2001-07-30'), 10),
  gender: optional(fc.constantFrom('female', 'male', 'non-binary', 'F', 'M'), 10),
  title: optional(fc.constantFrom('CEO', 'Engineer', 'Product Manager', 'VP Sales'), 15),
  website: optional(fc.constantFrom('https://example.com', 'acme.io', 'https://blog.example.org/me'), 10),
  avatar: optional(fc.constantFrom('https://example.com/avatars/1.png', 'https://i.pravatar.cc/300'), 10),
  address: optional(arbAddress, 25),
  company: optional(arbCompany, 20),
  tags: optional(fc.uniqueArray(fc.constantFrom('beta', 'vip', 'churn-risk', 'newsletter', 'admin'), { maxLength: 4 }), 20),
  favorite_genres: optional(
    weighted<unknown>([4, fc.uniqueArray(fc.constantFrom(...GENRES), { maxLength: 3 })], [1, fc.constantFrom(...GENRES)]),
    10,
  ),
  paying: optional(fc.boolean(), 10),
  initial_referrer: optional(fc.constantFrom('https://www.google.com/', 'https://news.ycombinator.com/'), 5),
})

const arbCustomTraits = fc.array(fc.tuple(arbPropertyKey, arbJsonValue), { maxLength: 2 }).map(toObject)

/**
 * User traits as identify calls (`traits`) and other calls (`context.traits`) carry them: name
 * and email consistent with each other, `plan`, `logins` (a number, rarely a string), `address`,
 * `company`, arrays (`tags`, `favorite_genres`), timestamps, and now and then a custom trait.
 * The named traits are those of {@link TRAIT_NAMES}. Sometimes empty.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbTraits } from 'segment-amplitude/testing'
 * fc.sample(arbTraits, { seed: 7, numRuns: 1 }) // e.g. [{ name: 'Ana Smith', email: 'ana.smith@acme.io', logins: 4 }]
 */
export const arbTraits: Arbitrary<SegmentData> = weighted<SegmentData>(
  [
    9,
    fc
      .tuple(arbPersonTraits, arbOtherTraits, fc.nat({ max: 9 }), arbCustomTraits)
      .map(([person, other, roll, custom]) => (roll === 0 ? { ...person, ...other, ...custom } : { ...person, ...other })),
  ],
  [1, fc.constant(null).map(() => ({}))],
)
