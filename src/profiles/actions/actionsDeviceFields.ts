import type { SegmentContext } from '../../models/segment/types.js'
import { isPlainObject, own } from '../../util/object.js'
import { withoutNegativeZero } from '../../fields/withoutNegativeZero.js'
import { actionsPlatform } from './actionsPlatform.js'

/** `value[key]` when `value` is an object and the key its own, as a field rule reads a path. */
function childOf(value: unknown, key: string): unknown {
  return isPlainObject(value) ? own(value, key) : undefined
}

/** A context value a field takes: non-empty text, or a finite number (`-0` as `0`). */
function usable(value: unknown): string | number | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value
  return typeof value === 'number' && Number.isFinite(value) ? withoutNegativeZero(value) : undefined
}

/**
 * Writes what the Actions profile reads from `context` into `target`: `platform`
 * ({@link actionsPlatform}), then the rows of the Classic field-rule table (`DEVICE_FIELD_RULES`)
 * without their address fallbacks, since Segment's Actions mappings read `context` only
 * (`context.location.country`, never `traits.address.country`). With `event` (logEventV2,
 * logPurchase), also `location_lat`, `location_lng` and `ip`, then `idfa` and `adid` (both
 * `context.device.advertisingId`, else `context.device.idfa`, whatever the OS) and `idfv`
 * (`context.device.id`, whatever the OS); identifyUser maps none of these.
 *
 * @example
 * writeActionsDeviceFields(event, message.context, true)
 */
export function writeActionsDeviceFields(target: Record<string, unknown>, context: SegmentContext | undefined, event: boolean): void {
  const platform = actionsPlatform(context)
  if (platform !== undefined) target['platform'] = platform
  // The table's rows written out, each parent object read once: a loop over the rows read every
  // path from `context` again and cost more than the rest of the event.
  const app = childOf(context, 'app')
  const os = childOf(context, 'os')
  const device = childOf(context, 'device')
  const location = childOf(context, 'location')
  const appVersion = usable(childOf(app, 'version'))
  if (appVersion !== undefined) target['app_version'] = appVersion
  const osName = usable(childOf(os, 'name'))
  if (osName !== undefined) target['os_name'] = osName
  const osVersion = usable(childOf(os, 'version'))
  if (osVersion !== undefined) target['os_version'] = osVersion
  const brand = usable(childOf(device, 'brand'))
  if (brand !== undefined) target['device_brand'] = brand
  const manufacturer = usable(childOf(device, 'manufacturer'))
  if (manufacturer !== undefined) target['device_manufacturer'] = manufacturer
  const model = usable(childOf(device, 'model'))
  if (model !== undefined) target['device_model'] = model
  const carrier = usable(childOf(childOf(context, 'network'), 'carrier'))
  if (carrier !== undefined) target['carrier'] = carrier
  const country = usable(childOf(location, 'country'))
  if (country !== undefined) target['country'] = country
  const region = usable(childOf(location, 'region'))
  if (region !== undefined) target['region'] = region
  const city = usable(childOf(location, 'city'))
  if (city !== undefined) target['city'] = city
  const language = usable(childOf(context, 'locale'))
  if (language !== undefined) target['language'] = language
  if (event) writeEventOnlyFields(target, context, location)
}

function writeEventOnlyFields(target: Record<string, unknown>, context: SegmentContext | undefined, location: unknown): void {
  const latitude = usable(childOf(location, 'latitude'))
  if (latitude !== undefined) target['location_lat'] = latitude
  const longitude = usable(childOf(location, 'longitude'))
  if (longitude !== undefined) target['location_lng'] = longitude
  const ip = usable(childOf(context, 'ip'))
  if (ip !== undefined) target['ip'] = ip
  const device = context?.device
  const advertisingId = device?.advertisingId ?? device?.idfa
  if (advertisingId !== undefined) target['idfa'] = advertisingId
  if (device?.id !== undefined) target['idfv'] = device.id
  if (advertisingId !== undefined) target['adid'] = advertisingId
}
