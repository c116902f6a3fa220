import type { AmplitudeCall, AmplitudeEvent } from '../../models/amplitude/types.js'
import type { JsonObject } from '../../models/json.js'
import type { SegmentMessage } from '../../models/segment/types.js'
import type { MappingContext } from '../../mappings/types.js'
import { actionsEventBase } from './actionsEventBase.js'
import { productItems } from './productItems.js'
import { type RejectionReport, revenueFields } from './revenueFields.js'
import { withSetOnceAndSetAlways } from './withSetOnceAndSetAlways.js'

const STILL_SENT: RejectionReport = {
  code: 'invalid_revenue_field',
  consequence: 'the event is sent, with the value in event_properties only',
}

/**
 * Segment's logEventV2 action with the "Track Calls" (and "Page Calls", "Screen Calls") preset:
 * one event, user-agent keys first, then the mapped fields, `user_properties` with `$setOnce` and
 * `$set` from the campaign and referrer ({@link withSetOnceAndSetAlways}), and `library`. Revenue
 * is never sent: `revenue`, `price`, `quantity`, `productId` and `revenueType` stay in
 * `event_properties` only. Values Segment would reject there only warn.
 *
 * @example
 * logEventV2({ type: 'track', event: 'Song Played', userId: 'user-1' }, 'Song Played', context)
 * // [{ api: 'event', event: { user_id: 'user-1', event_type: 'Song Played' } }]
 */
export function logEventV2(message: SegmentMessage, eventType: string, context: MappingContext): AmplitudeCall[] | undefined {
  const base = actionsEventBase(message, eventType, context)
  if (base === undefined) return undefined
  const properties = 'properties' in message ? message.properties : undefined
  revenueFields(properties ?? {}, 'root', 'properties', STILL_SENT, context.issues)
  productItems(properties, { ...STILL_SENT, code: 'invalid_product_field' }, context.issues)
  const user = withSetOnceAndSetAlways(base.fields['user_properties'] as JsonObject | undefined, message.context)
  const event: Record<string, unknown> = { ...base.userAgent, ...base.fields }
  if (user !== undefined) event['user_properties'] = user
  if (base.library !== undefined) event['library'] = base.library
  return [{ api: 'event', event: event as unknown as AmplitudeEvent }]
}
