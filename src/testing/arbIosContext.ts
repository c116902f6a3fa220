import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentContext } from '../models/segment/types.js'
import { arbMobileFields } from './internal/contextParts.js'
import { fields, optional, weighted } from './internal/fields.js'

const DEVICES = [
  { model: 'iPhone16,2', name: 'iPhone', os: 'iOS', screen: { width: 430, height: 932, density: 3 } },
  { model: 'iPhone15,3', name: 'iPhone', os: 'iOS', screen: { width: 430, height: 932, density: 3 } },
  { model: 'iPhone14,5', name: 'iPhone', os: 'iOS', screen: { width: 390, height: 844, density: 3 } },
  { model: 'iPhone12,8', name: 'iPhone', os: 'iOS', screen: { width: 375, height: 667, density: 2 } },
  { model: 'iPad13,18', name: 'iPad', os: 'iPadOS', screen: { width: 820, height: 1180, density: 2 } },
  { model: 'arm64', name: 'iPhone 15 Pro', os: 'iOS', screen: { width: 393, height: 852, density: 3 } },
] as const

const LIBRARIES = [
  { name: 'analytics-ios', version: '4.1.8' },
  { name: 'analytics-ios', version: '3.7.1' },
  { name: 'analytics-swift', version: '1.5.11' },
] as const

// With App Tracking Transparency denied, iOS reports an all-zero advertising id.
const arbAdvertisingId = weighted<string>(
  [3, fc.uuid({ version: 4 }).map((uuid) => uuid.toUpperCase())],
  [1, fc.constant('00000000-0000-0000-0000-000000000000')],
)

const arbDevice = fields<Record<string, unknown>>({
  id: optional(fc.uuid({ version: 4 }).map((uuid) => uuid.toUpperCase()), 95),
  advertisingId: optional(arbAdvertisingId, 40),
  adTrackingEnabled: optional(fc.boolean(), 60),
  token: optional(fc.constant('ff15bc0c20c4aa6cd50854ff165fd265c838e5405bfeb9571066395b8c9da449'), 10),
})

/**
 * An iOS app's `context`, as analytics-ios and analytics-swift fill it: `library`, `app`,
 * `device` (`id` = IDFV, sometimes `advertisingId`, all zeros when tracking is denied,
 * `manufacturer` `Apple`, hardware `model` such as `iPhone16,2`, `type` `ios`), `os` (`iOS` or
 * `iPadOS` with a version), `network`, `screen`, `locale`, `timezone`, sometimes `location`,
 * `ip` and `traits`.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbIosContext } from 'segment-amplitude/testing'
 * fc.assert(fc.property(arbIosContext, (context) => context.device?.manufacturer === 'Apple'))
 */
export const arbIosContext: Arbitrary<SegmentContext> = fc
  .tuple(
    fc.constantFrom(...LIBRARIES),
    fc.constantFrom(...DEVICES),
    fc.constantFrom('17.4.1', '17.2', '16.6.1', '15.8'),
    arbDevice,
    arbMobileFields,
  )
  .map(([library, device, osVersion, ids, context]) => ({
    library: { ...library },
    ...context,
    device: { ...ids, manufacturer: 'Apple', model: device.model, name: device.name, type: 'ios' },
    os: { name: device.os, version: osVersion },
    screen: { ...device.screen },
  }))
