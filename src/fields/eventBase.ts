import type { JsonObject } from '../models/json.js'
import type { SegmentData, SegmentMessage } from '../models/segment/types.js'
import type { MappingContext } from '../mappings/types.js'
import { appendFields } from './appendFields.js'
import { contextOperations } from './campaign.js'
import { writeDeviceFields } from './deviceFields.js'
import { groupsOption } from './groups.js'
import { writeMessageIds } from './identity.js'
import { integerOption, integrationOptions, NO_OPTIONS } from './integrationOptions.js'
import { toJsonObject } from './json.js'
import { OUT_OF_SESSION, sessionOption } from './session.js'
import { eventTime } from './time.js'
import { userProperties } from './userProperties.js'

const OPTIONS_PATH = 'integrations.Amplitude'

/** The library name Classic events carry. */
export const CLASSIC_LIBRARY = 'segment'

/**
 * The fields every Classic event shares (SPEC section 3): ids, `time`, `insert_id`,
 * `session_id` (-1 without a session), `event_id`, `library`, device, OS and location fields,
 * `groups` and `user_properties` from `context.traits` and the campaign. `undefined` (with a
 * `missing_identity` error) when the message has no id.
 *
 * @example
 * const event = classicEventBase(message, 'Signed Up', context)
 */
export function classicEventBase(
  message: SegmentMessage,
  eventType: string,
  { settings, issues }: MappingContext,
): Record<string, unknown> | undefined {
  const event: Record<string, unknown> = {}
  if (!writeMessageIds(event, message, settings.preferAnonymousIdForDeviceId, issues)) return undefined
  const options = integrationOptions(message, 'Amplitude')
  event['event_type'] = eventType
  const time = eventTime(message, issues)
  if (time !== undefined) event['time'] = time
  if (message.messageId !== undefined) event['insert_id'] = message.messageId
  // Most messages carry no Amplitude options: the shared empty object has none to read.
  const hasOptions = options !== NO_OPTIONS
  event['session_id'] = (hasOptions ? sessionOption(options, OPTIONS_PATH, issues) : undefined) ?? OUT_OF_SESSION
  const eventId = hasOptions ? integerOption(options, 'event_id', OPTIONS_PATH, issues) : undefined
  if (eventId !== undefined) event['event_id'] = eventId
  event['library'] = CLASSIC_LIBRARY
  // Read once: each read of a message field costs a lookup across the many shapes messages take.
  const context = message.context
  const traits = context?.traits
  writeDeviceFields(event, context, traits, settings)
  const groups = hasOptions ? groupsOption(options, OPTIONS_PATH, issues) : undefined
  if (groups !== undefined) event['groups'] = groups
  const user = userProperties(
    traits === undefined ? undefined : toJsonObject(traits, 'context.traits', issues),
    undefined,
    contextOperations(context, settings),
    'context.traits',
    issues,
  )
  if (user !== undefined) event['user_properties'] = user
  return event
}

/**
 * Event properties: the message's properties made JSON-safe (lossless otherwise), plus
 * `appendFieldsToEventProps`. Absent when empty.
 *
 * @example
 * eventProperties({ plan: 'pro' }, message, context) // { plan: 'pro' }
 */
export function eventProperties(
  properties: SegmentData | undefined,
  message: SegmentMessage,
  { settings, issues }: MappingContext,
): JsonObject {
  const cleaned = properties === undefined ? EMPTY : toJsonObject(properties, 'properties', issues)
  return appendFields(cleaned, message, settings.appendFieldsToEventProps, issues)
}

const EMPTY: JsonObject = Object.freeze({})
