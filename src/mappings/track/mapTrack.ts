import type { AmplitudeCall, AmplitudeEvent } from '../../models/amplitude/types.js'
import { classicEventBase, eventProperties } from '../../fields/eventBase.js'
import type { CallMapping } from '../types.js'

/**
 * Classic `track` (SPEC section 4): one event named after `event`, with the message's properties.
 *
 * @example
 * mapTrack({ type: 'track', event: 'Signed Up', userId: 'user-1' }, context)
 * // [{ api: 'event', event: { user_id: 'user-1', event_type: 'Signed Up', session_id: -1, library: 'segment' } }]
 */
export const mapTrack: CallMapping<'track'> = (message, context) => {
  const event = classicEventBase(message, message.event, context)
  if (event === undefined) return undefined
  const properties = eventProperties(message.properties, message, context)
  if (Object.keys(properties).length > 0) event['event_properties'] = properties
  const calls: AmplitudeCall[] = [{ api: 'event', event: event as unknown as AmplitudeEvent }]
  return calls
}
