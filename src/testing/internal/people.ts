import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import { fields, optional } from './fields.js'

const FIRST_NAMES = ['Jane', 'Sam', 'Li', 'Ana', 'Omar', 'Priya', 'Zoë', 'Björn', 'Chidi', 'Mei'] as const
const LAST_NAMES = ['Doe', 'Okafor', 'Nguyen', 'García', 'Smith', 'Kowalski', "O'Brien", 'Tanaka'] as const
const MAIL_DOMAINS = ['example.com', 'gmail.com', 'acme.io', 'yahoo.co.uk'] as const

/** A person's first name, last name and email, consistent with each other. */
export interface Person {
  readonly firstName: string
  readonly lastName: string
  readonly email: string
}

export const arbPerson: Arbitrary<Person> = fc
  .tuple(fc.constantFrom(...FIRST_NAMES), fc.constantFrom(...LAST_NAMES), fc.constantFrom(...MAIL_DOMAINS))
  .map(([firstName, lastName, domain]) => ({
    firstName,
    lastName,
    // Mailboxes are ASCII: Zoë becomes zoe, O'Brien obrien.
    email: `${firstName}.${lastName}@${domain}`.normalize('NFD').toLowerCase().replace(/[^a-z0-9.@]/g, ''),
  }))

const CITIES = [
  { city: 'San Francisco', state: 'CA', country: 'US', postalCode: '94107' },
  { city: 'New York', state: 'NY', country: 'USA', postalCode: '10001' },
  { city: 'Berlin', state: 'Berlin', country: 'Germany', postalCode: '10115' },
  { city: 'London', state: 'England', country: 'GB', postalCode: 'SW1A 1AA' },
  { city: 'São Paulo', state: 'SP', country: 'Brazil', postalCode: '01000-000' },
  { city: 'Tokyo', state: 'Tokyo', country: 'JP', postalCode: '100-0001' },
] as const

/** A postal address as the Spec's `address` trait: street, city, state, postalCode, country. */
export const arbAddress: Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.constantFrom(...CITIES),
    fc.constantFrom('1 Market St', '221B Baker Street', 'Unter den Linden 5', '742 Evergreen Terrace'),
    fc.nat({ max: 31 }),
  )
  .map(([place, street, mask]) => {
    // A random subset of the parts: senders rarely fill all of them.
    const parts: Record<string, unknown> = { street, city: place.city, state: place.state, postalCode: place.postalCode, country: place.country }
    const address: Record<string, unknown> = {}
    Object.keys(parts).forEach((key, bit) => {
      if ((mask & (1 << bit)) === 0 || key === 'city') address[key] = parts[key]
    })
    return address
  })

export const COMPANY_NAMES = ['Acme Inc', 'Globex', 'Initech', 'Umbrella Corp', 'Hooli', 'Stark Industries'] as const
export const INDUSTRIES = ['Technology', 'Retail', 'Finance', 'Healthcare', 'Education'] as const
export const PLANS = ['free', 'pro', 'enterprise', 'Premium', 'trial'] as const

/** The `company` trait of the Spec. */
export const arbCompany: Arbitrary<Record<string, unknown>> = fields({
  name: fc.constantFrom(...COMPANY_NAMES),
  id: optional(fc.oneof(fc.integer({ min: 1, max: 99_999 }).map((n) => `cmp_${n}`), fc.integer({ min: 1, max: 99_999 })), 60),
  industry: optional(fc.constantFrom(...INDUSTRIES), 50),
  employee_count: optional(fc.integer({ min: 1, max: 100_000 }), 40),
  plan: optional(fc.constantFrom(...PLANS), 40),
})
