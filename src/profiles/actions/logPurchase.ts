import type { AmplitudeCall, AmplitudeEvent } from '../../models/amplitude/types.js'
import type { JsonObject } from '../../models/json.js'
import type { SegmentTrack } from '../../models/segment/types.js'
import type { MappingContext } from '../../mappings/types.js'
import { PRODUCT_PURCHASED } from '../../mappings/track/mapTrack.js'
import { actionsEventBase } from './actionsEventBase.js'
import { productItems } from './productItems.js'
import { revenueFields, revenueProperties } from './revenueFields.js'
import { withCampaignMerged } from './withCampaignMerged.js'

/**
 * Segment's logPurchase action with the "Order Completed Calls" preset: the order event
 * (user-agent keys, the mapped fields, `user_properties` merged with the campaign and referrer
 * ({@link withCampaignMerged}), the revenue of `properties` ({@link revenueProperties})), then one
 * `Product Purchased` event per item of `properties.products`. A product event has the order's
 * fields but no user-agent keys, `event_properties` = the item's revenue fields, and its own
 * revenue only with `trackRevenuePerProduct` (which, with products, takes the order's revenue
 * away). A field Segment cannot coerce is left out with a warning.
 *
 * @example
 * logPurchase({ type: 'track', event: 'Order Completed', userId: 'user-1', properties: { revenue: 20 } }, context)
 * // [{ api: 'event', event: { user_id: 'user-1', event_type: 'Order Completed', …, revenue: 20, revenueType: 'Purchase' } }]
 */
export function logPurchase(message: SegmentTrack, context: MappingContext): AmplitudeCall[] | undefined {
  const { settings, issues } = context
  const base = actionsEventBase(message, message.event, context)
  if (base === undefined) return undefined
  const consequence = 'it is left out of the revenue fields'
  const revenue = revenueFields(message.properties ?? {}, 'root', 'properties', { code: 'invalid_revenue_field', consequence }, issues)
  const items = productItems(message.properties, { code: 'invalid_product_field', consequence: 'it is left out of that Product Purchased event' }, issues)
  const fields = { ...base.fields }
  const user = withCampaignMerged(fields['user_properties'] as JsonObject | undefined, message.context, true)
  if (user !== undefined) fields['user_properties'] = user
  const library = base.library === undefined ? {} : { library: base.library }
  const perProduct = settings.trackRevenuePerProduct
  const order = { ...base.userAgent, ...fields, ...(items.length > 0 && perProduct ? {} : revenueProperties(revenue)), ...library }
  const calls: AmplitudeCall[] = [{ api: 'event', event: order as unknown as AmplitudeEvent }]
  for (const item of items) {
    const event = {
      ...fields,
      ...(perProduct ? revenueProperties(item) : {}),
      event_properties: item,
      event_type: PRODUCT_PURCHASED,
      ...library,
    }
    calls.push({ api: 'event', event: event as unknown as AmplitudeEvent })
  }
  return calls
}
