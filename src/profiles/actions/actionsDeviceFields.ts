import type { SegmentContext } from '../../models/segment/types.js'
import { applyFieldRules, DEVICE_FIELD_RULES, type FieldRule } from '../../fields/deviceFields.js'
import { actionsPlatform } from './actionsPlatform.js'

/** The fields identifyUser does not map: logEventV2 and logPurchase only. */
const EVENT_ONLY: ReadonlySet<string> = new Set(['location_lat', 'location_lng', 'ip'])

// The Classic table's rows without their address fallbacks, derived once at load: a new row in
// DEVICE_FIELD_RULES reaches both profiles.
const EVENT_RULES: readonly FieldRule[] = DEVICE_FIELD_RULES.map((rule) => ({
  to: rule.to,
  from: rule.from.filter((source) => source[0] === 'context'),
}))
const IDENTIFY_RULES: readonly FieldRule[] = EVENT_RULES.filter((rule) => !EVENT_ONLY.has(rule.to))

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
  applyFieldRules(target, event ? EVENT_RULES : IDENTIFY_RULES, context, undefined)
  if (event) writeAdvertisingIds(target, context)
}

function writeAdvertisingIds(target: Record<string, unknown>, context: SegmentContext | undefined): void {
  const device = context?.device
  const advertisingId = device?.advertisingId ?? device?.idfa
  if (advertisingId !== undefined) target['idfa'] = advertisingId
  if (device?.id !== undefined) target['idfv'] = device.id
  if (advertisingId !== undefined) target['adid'] = advertisingId
}
