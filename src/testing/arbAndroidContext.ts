import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentContext } from '../models/segment/types.js'
import { arbMobileFields } from './internal/contextParts.js'
import { fields, optional, weighted } from './internal/fields.js'
import { arbHex32 } from './internal/values.js'

const DEVICES = [
  { manufacturer: 'samsung', model: 'SM-S918B', name: 'dm3q', build: 'UP1A.231005.007', screen: { width: 1080, height: 2340, density: 2.625 } },
  { manufacturer: 'Google', model: 'Pixel 8', name: 'shiba', build: 'UD1A.230803.041', screen: { width: 1080, height: 2400, density: 2.625 } },
  { manufacturer: 'Google', model: 'Pixel 6a', name: 'bluejay', build: 'TQ3A.230901.001', screen: { width: 1080, height: 2400, density: 2.625 } },
  { manufacturer: 'OnePlus', model: 'CPH2449', name: 'OP591BL1', build: 'TP1A.220905.001', screen: { width: 1240, height: 2772, density: 3.5 } },
  { manufacturer: 'Xiaomi', model: '2201117TG', name: 'spes', build: 'RKQ1.211001.001', screen: { width: 1080, height: 2400, density: 2.75 } },
  { manufacturer: 'motorola', model: 'moto g(60)', name: 'hanoip', build: 'RRIS31.Q1-42-51-12', screen: { width: 1080, height: 2460, density: 2.5 } },
] as const

const LIBRARIES = [
  { name: 'analytics-android', version: '4.11.3' },
  { name: 'analytics-android', version: '4.10.4' },
  { name: 'analytics-kotlin', version: '1.15.0' },
] as const

const arbDeviceIds = fields<Record<string, unknown>>({
  // ANDROID_ID is 16 hex digits; analytics-kotlin may use a UUID instead.
  id: optional(weighted<string>([3, arbHex32.map((hex) => hex.slice(0, 16))], [1, fc.uuid({ version: 4 })]), 95),
  advertisingId: optional(fc.uuid({ version: 4 }), 45),
  adTrackingEnabled: optional(fc.boolean(), 60),
})

/**
 * An Android app's `context`, as analytics-android and analytics-kotlin fill it: `library`, `app`,
 * `device` (`id`, sometimes `advertisingId`, `manufacturer`, `model`, `name`, `type`
 * `android`), `os` (`Android` with a version), `network`, `screen`, often the Dalvik `userAgent`,
 * `locale`, `timezone`, sometimes `location`, `ip` and `traits`.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbAndroidContext } from 'segment-amplitude/testing'
 * fc.assert(fc.property(arbAndroidContext, (context) => context.os?.name === 'Android'))
 */
export const arbAndroidContext: Arbitrary<SegmentContext> = fc
  .tuple(
    fc.constantFrom(...LIBRARIES),
    fc.constantFrom(...DEVICES),
    fc.constantFrom('14', '13', '12', '11', '10'),
    fc.boolean(),
    arbDeviceIds,
    arbMobileFields,
  )
  .map(([library, device, osVersion, withUserAgent, ids, context]) => ({
    library: { ...library },
    ...context,
    device: { ...ids, manufacturer: device.manufacturer, model: device.model, name: device.name, type: 'android' },
    os: { name: 'Android', version: osVersion },
    screen: { ...device.screen },
    ...(withUserAgent ? { userAgent: `Dalvik/2.1.0 (Linux; U; Android ${osVersion}; ${device.model} Build/${device.build})` } : {}),
  }))
