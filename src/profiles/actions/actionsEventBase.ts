import type { Issue } from '../../issues/issue.js'
import { identity, requireIdentity, writeIds } from '../../fields/identity.js'
import { toJsonObject } from '../../fields/json.js'
import type { JsonObject } from '../../models/json.js'
import type { SegmentContext, SegmentMessage } from '../../models/segment/types.js'
import { writeActionsDeviceFields } from './actionsDeviceFields.js'
import { actionsEventTime, actionsSessionId } from './actionsTime.js'
import { actionsTraits } from './actionsTraits.js'

/** What every Actions event reads from its message, read once (the issues are reported then). */
export interface ActionsEventBase {
  readonly user_id: string | undefined
  readonly device_id: string | undefined
  /** The properties as sent (`{}` included), absent without `properties`. */
  readonly eventProperties: JsonObject | undefined
  /** The top-level `traits`, which become `user_properties` ({@link actionsTraits}). */
  readonly traits: JsonObject | undefined
  readonly time: number | undefined
  readonly session: number | undefined
}

/**
 * The values every Actions event shares (logEventV2 and logPurchase with the preset mappings):
 * `user_id`, `device_id` (`context.device.id`, else `anonymousId`), the properties, the
 * top-level `traits`, `time` and `session_id`, with their issues in that order. `undefined`
 * (with a `missing_identity` error) when the message has no id, which Amplitude would reject.
 *
 * @example
 * const base = actionsEventBase(message, issues)
 * // { user_id: 'user-1', device_id: undefined, eventProperties: {}, traits: undefined, time: 1629213675449, session: undefined }
 */
export function actionsEventBase(message: SegmentMessage, issues: Issue[]): ActionsEventBase | undefined {
  const ids = identity(message, false)
  if (!requireIdentity(ids, issues)) return undefined
  const properties = 'properties' in message ? message.properties : undefined
  return {
    user_id: ids.user_id,
    device_id: ids.device_id,
    eventProperties: properties === undefined ? undefined : toJsonObject(properties, 'properties', issues),
    traits: actionsTraits(message, issues),
    time: actionsEventTime(message, issues),
    session: actionsSessionId(message, issues),
  }
}

/**
 * Writes the mapped fields of an Actions event into `target`, in Segment's order: `user_id`,
 * `device_id`, `event_type`, `event_properties`, `user_properties` (`user`, where the traits
 * were, else after `session_id`), the context fields, `idfa`/`idfv`/`adid`, `time` and
 * `session_id`. No `insert_id`, no `-1` session default, no `groups`: the presets map none.
 *
 * @example
 * const event = {}
 * writeActionsEventBase(event, base, message.context, 'Song Played', base.traits)
 */
export function writeActionsEventBase(
  target: Record<string, unknown>,
  base: ActionsEventBase,
  context: SegmentContext | undefined,
  eventType: string,
  user: JsonObject | undefined,
): void {
  writeIds(target, base)
  target['event_type'] = eventType
  if (base.eventProperties !== undefined) target['event_properties'] = base.eventProperties
  if (base.traits !== undefined) target['user_properties'] = user ?? base.traits
  writeActionsDeviceFields(target, context, true)
  if (base.time !== undefined) target['time'] = base.time
  if (base.session !== undefined) target['session_id'] = base.session
  // User properties made from the campaign alone come after the fields, as Segment adds them.
  if (base.traits === undefined && user !== undefined) target['user_properties'] = user
}
