import type { SegmentContext } from '../../models/segment/types.js'
import { isPlainObject, own } from '../../util/object.js'
import { withoutNegativeZero } from '../../fields/withoutNegativeZero.js'
import { actionsPlatform } from './actionsPlatform.js'

/** `value[key]` when `value` is an object and the key its own, as a field rule reads a path. */
function childOf(value: unknown, key: string): unknown {
  return isPlainObject(value) ? own(value, key) : undefined
}

/** Writes `target[key]` when `value` is one a field takes: non-empty text, or a finite number (`-0` as `0`). */
function putUsable(target: Record<string, unknown>, key: string, value: unknown): void {
  if (typeof value === 'string' ? value !== '' : typeof value === 'number' && Number.isFinite(value)) {
    target[key] = typeof value === 'number' ? withoutNegativeZero(value) : value
  }
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
  putUsable(target, 'app_version', childOf(app, 'version'))
  putUsable(target, 'os_name', childOf(os, 'name'))
  putUsable(target, 'os_version', childOf(os, 'version'))
  putUsable(target, 'device_brand', childOf(device, 'brand'))
  putUsable(target, 'device_manufacturer', childOf(device, 'manufacturer'))
  putUsable(target, 'device_model', childOf(device, 'model'))
  putUsable(target, 'carrier', childOf(childOf(context, 'network'), 'carrier'))
  putUsable(target, 'country', childOf(location, 'country'))
  putUsable(target, 'region', childOf(location, 'region'))
  putUsable(target, 'city', childOf(location, 'city'))
  putUsable(target, 'language', childOf(context, 'locale'))
  if (event) writeEventOnlyFields(target, context, location)
}

function writeEventOnlyFields(target: Record<string, unknown>, context: SegmentContext | undefined, location: unknown): void {
  putUsable(target, 'location_lat', childOf(location, 'latitude'))
  putUsable(target, 'location_lng', childOf(location, 'longitude'))
  putUsable(target, 'ip', childOf(context, 'ip'))
  const device = context?.device
  const advertisingId = device?.advertisingId ?? device?.idfa
  if (advertisingId !== undefined) target['idfa'] = advertisingId
  if (device?.id !== undefined) target['idfv'] = device.id
  if (advertisingId !== undefined) target['adid'] = advertisingId
}
