import { applyFieldRules, DEVICE_FIELD_RULES, type FieldRule } from '../../fields/deviceFields.js'
import type { SegmentContext } from '../../models/segment/types.js'
import { actionsPlatform } from './actionsPlatform.js'

/**
 * The Classic field-rule table without the address fallbacks: Segment's Actions mappings read
 * `context` only (`context.location.country`, never `traits.address.country`).
 */
export const ACTIONS_EVENT_FIELD_RULES: readonly FieldRule[] = DEVICE_FIELD_RULES.map((rule) => ({
  to: rule.to,
  from: rule.from.filter((source) => source[0] === 'context'),
}))

const NOT_IN_IDENTIFY: ReadonlySet<string> = new Set(['location_lat', 'location_lng', 'ip'])

/** The rows identifyUser maps: no location coordinates and no ip. */
export const ACTIONS_IDENTIFY_FIELD_RULES: readonly FieldRule[] = ACTIONS_EVENT_FIELD_RULES.filter((rule) => !NOT_IN_IDENTIFY.has(rule.to))

/**
 * Writes what the Actions profile reads from `context` into `target`: `platform`
 * ({@link actionsPlatform}) and the `rules` table. With `advertisingIds` (events), also `idfa` and
 * `adid` (both `context.device.advertisingId`, else `context.device.idfa`, whatever the OS) and
 * `idfv` (`context.device.id`, whatever the OS).
 *
 * @example
 * writeActionsDeviceFields(event, message.context, ACTIONS_EVENT_FIELD_RULES, true)
 */
export function writeActionsDeviceFields(
  target: Record<string, unknown>,
  context: SegmentContext | undefined,
  rules: readonly FieldRule[],
  advertisingIds: boolean,
): void {
  const platform = actionsPlatform(context)
  if (platform !== undefined) target['platform'] = platform
  applyFieldRules(target, rules, context, undefined)
  if (!advertisingIds) return
  const device = context?.device
  const advertisingId = device?.advertisingId ?? device?.idfa
  if (advertisingId !== undefined) target['idfa'] = advertisingId
  if (device?.id !== undefined) target['idfv'] = device.id
  if (advertisingId !== undefined) target['adid'] = advertisingId
}
