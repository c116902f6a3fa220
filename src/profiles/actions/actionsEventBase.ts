import { identity, requireIdentity, writeIds } from '../../fields/identity.js'
import { toJsonObject } from '../../fields/json.js'
import type { SegmentMessage } from '../../models/segment/types.js'
import type { MappingContext } from '../../mappings/types.js'
import { ACTIONS_EVENT_FIELD_RULES, writeActionsDeviceFields } from './actionsDeviceFields.js'
import { actionsEventTime, actionsSessionId } from './actionsTime.js'
import { actionsTraits } from './actionsTraits.js'
import { actionsUserAgentFields } from './actionsUserAgentFields.js'

/** An Actions event before the action-specific parts: Segment's three layers of keys. */
export interface ActionsEventBase {
  /** The mapped fields (Segment's `properties` after the platform, time and session rules). */
  readonly fields: Record<string, unknown>
  /** The user-agent keys, which the fields override and "Product Purchased" events do not get. */
  readonly userAgent: Readonly<Record<string, string>>
  /** `library`: `context.library.name` (Segment's `library2` preset), absent without one. */
  readonly library: string | undefined
}

/**
 * The fields every Actions event shares (logEventV2 and logPurchase with the preset mappings):
 * `user_id`, `device_id` (`context.device.id`, else `anonymousId`), `event_type`,
 * `event_properties` (the properties as sent, `{}` included), `user_properties` (top-level
 * `traits`), the context fields, `idfa`/`idfv`/`adid`, `time` and `session_id`. No `insert_id`,
 * no `-1` session default, no `groups`: the presets map none. `undefined` (with a
 * `missing_identity` error) when the message has no id, which Amplitude would reject.
 *
 * @example
 * const base = actionsEventBase(message, 'Song Played', context)
 * const event = { ...base.userAgent, ...base.fields, library: base.library }
 */
export function actionsEventBase(message: SegmentMessage, eventType: string, { settings, issues }: MappingContext): ActionsEventBase | undefined {
  const ids = identity(message, false)
  if (!requireIdentity(ids, issues)) return undefined
  const fields: Record<string, unknown> = {}
  writeIds(fields, ids)
  fields['event_type'] = eventType
  const properties = 'properties' in message ? message.properties : undefined
  if (properties !== undefined) fields['event_properties'] = toJsonObject(properties, 'properties', issues)
  const user = actionsTraits(message, issues)
  if (user !== undefined) fields['user_properties'] = user
  writeActionsDeviceFields(fields, message.context, ACTIONS_EVENT_FIELD_RULES, true)
  const time = actionsEventTime(message, issues)
  if (time !== undefined) fields['time'] = time
  const session = actionsSessionId(message, issues)
  if (session !== undefined) fields['session_id'] = session
  return {
    fields,
    userAgent: actionsUserAgentFields(message.context, settings, issues),
    library: message.context?.library?.name,
  }
}
