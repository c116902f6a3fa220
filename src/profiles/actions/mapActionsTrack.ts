import type { CallMapping } from '../../mappings/types.js'
import { logEventV2 } from './logEventV2.js'
import { logPurchase } from './logPurchase.js'

/** The event name Segment's "Order Completed Calls" preset routes to logPurchase (exact case). */
export const ORDER_COMPLETED = 'Order Completed'

/**
 * Actions `track`: `Order Completed` (exactly) goes to {@link logPurchase}, every other event to
 * {@link logEventV2}, as Segment's quick-setup presets route them.
 *
 * @example
 * mapActionsTrack({ type: 'track', event: 'order completed', userId: 'user-1' }, context) // logEventV2: no revenue, no product events
 */
export const mapActionsTrack: CallMapping<'track'> = (message, context) =>
  message.event === ORDER_COMPLETED ? logPurchase(message, context) : logEventV2(message, message.event, context)
