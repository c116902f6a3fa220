import type { AmplitudeCall, AmplitudeEvent } from '../../models/amplitude/types.js'
import type { SegmentMessage } from '../../models/segment/types.js'
import type { MappingContext } from '../../mappings/types.js'
import { actionsEventBase, writeActionsEventBase } from './actionsEventBase.js'
import { writeActionsUserAgentFields } from './actionsUserAgentFields.js'
import { productItems } from './productItems.js'
import { type RejectionReport, revenueFields } from './revenueFields.js'
import { withSetOnceAndSetAlways } from './withSetOnceAndSetAlways.js'

const STILL_SENT: RejectionReport = {
  code: 'invalid_revenue_field',
  consequence: 'the event is sent, with the value in event_properties only',
}

const PRODUCT_STILL_SENT: RejectionReport = { ...STILL_SENT, code: 'invalid_product_field' }

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
export function logEventV2(message: SegmentMessage, eventType: string, { settings, issues }: MappingContext): AmplitudeCall[] | undefined {
  const base = actionsEventBase(message, issues)
  if (base === undefined) return undefined
  const context = message.context
  const event: Record<string, unknown> = {}
  writeActionsUserAgentFields(event, context, settings, issues)
  writeActionsEventBase(event, base, context, eventType, withSetOnceAndSetAlways(base.traits, context))
  const properties = 'properties' in message ? message.properties : undefined
  // Only for the warnings: without properties there is nothing to warn about.
  if (properties !== undefined) {
    revenueFields(properties, undefined, STILL_SENT, issues)
    productItems(properties, PRODUCT_STILL_SENT, issues)
  }
  const library = context?.library?.name
  if (library !== undefined) event['library'] = library
  return [{ api: 'event', event: event as unknown as AmplitudeEvent }]
}
