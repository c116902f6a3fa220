import type { AmplitudeCall, AmplitudeEvent } from '../../models/amplitude/types.js'
import type { SegmentTrack } from '../../models/segment/types.js'
import type { MappingContext } from '../../mappings/types.js'
import { PRODUCT_PURCHASED } from '../../mappings/track/mapTrack.js'
import { actionsEventBase, writeActionsEventBase } from './actionsEventBase.js'
import { writeActionsUserAgentFields } from './actionsUserAgentFields.js'
import { productItems } from './productItems.js'
import { type RejectionReport, revenueFields, writeRevenueProperties } from './revenueFields.js'
import { withCampaignMerged } from './withCampaignMerged.js'

const ORDER_REPORT: RejectionReport = { code: 'invalid_revenue_field', consequence: 'it is left out of the revenue fields' }
const PRODUCT_REPORT: RejectionReport = { code: 'invalid_product_field', consequence: 'it is left out of that Product Purchased event' }

/**
 * Segment's logPurchase action with the "Order Completed Calls" preset: the order event
 * (user-agent keys, the mapped fields, `user_properties` merged with the campaign and referrer
 * ({@link withCampaignMerged}), the revenue of `properties` ({@link writeRevenueProperties})), then
 * one `Product Purchased` event per item of `properties.products`. A product event has the
 * order's fields but no user-agent keys, `event_properties` = the item's revenue fields, and its
 * own revenue only with `trackRevenuePerProduct` (which, with products, takes the order's revenue
 * away). A field Segment cannot coerce is left out with a warning.
 *
 * @example
 * logPurchase({ type: 'track', event: 'Order Completed', userId: 'user-1', properties: { revenue: 20 } }, context)
 * // [{ api: 'event', event: { user_id: 'user-1', event_type: 'Order Completed', …, revenue: 20, revenueType: 'Purchase' } }]
 */
export function logPurchase(message: SegmentTrack, { settings, issues }: MappingContext): AmplitudeCall[] | undefined {
  const base = actionsEventBase(message, issues)
  if (base === undefined) return undefined
  const context = message.context
  const order: Record<string, unknown> = {}
  writeActionsUserAgentFields(order, context, settings, issues)
  const revenue = revenueFields(message.properties ?? {}, undefined, ORDER_REPORT, issues)
  const items = productItems(message.properties, PRODUCT_REPORT, issues)
  const user = withCampaignMerged(base.traits, context, true)
  writeActionsEventBase(order, base, context, message.event, user)
  const perProduct = settings.trackRevenuePerProduct
  if (items.length === 0 || !perProduct) writeRevenueProperties(order, revenue)
  const library = context?.library?.name
  if (library !== undefined) order['library'] = library
  const calls: AmplitudeCall[] = [{ api: 'event', event: order as unknown as AmplitudeEvent }]
  if (items.length === 0) return calls
  for (const item of items) {
    // Written like the order (without its user-agent keys), not cloned from a template: a spread
    // of objects of this many shapes takes V8's slow path and cost more than writing them.
    const event: Record<string, unknown> = {}
    writeActionsEventBase(event, base, context, PRODUCT_PURCHASED, user)
    if (perProduct) writeRevenueProperties(event, item)
    event['event_properties'] = item
    if (library !== undefined) event['library'] = library
    calls.push({ api: 'event', event: event as unknown as AmplitudeEvent })
  }
  return calls
}
