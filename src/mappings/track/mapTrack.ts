import type { AmplitudeCall, AmplitudeEvent } from '../../models/amplitude/types.js'
import { classicEventBase, eventProperties } from '../../fields/eventBase.js'
import { toJsonObject } from '../../fields/json.js'
import {
  DEFAULT_REVENUE_TYPE,
  eventRevenue,
  isOrderCompleted,
  orderRevenueDefaults,
  priceAndQuantity,
  writeRevenueFields,
} from '../../fields/revenue.js'
import { appendFields } from '../../fields/appendFields.js'
import { joinPath } from '../../issues/path.js'
import type { JsonObject } from '../../models/json.js'
import type { SegmentData, SegmentTrack } from '../../models/segment/types.js'
import { hasKeys, isDataObject, own } from '../../util/object.js'
import type { CallMapping, MappingContext } from '../types.js'

/** The event each product of a completed order becomes. */
export const PRODUCT_PURCHASED = 'Product Purchased'

const NO_PROPERTIES: SegmentData = Object.freeze({})
const ORDER_DEFAULTS = Object.freeze({ revenueType: DEFAULT_REVENUE_TYPE })
const NO_DEFAULTS = Object.freeze({})

/**
 * Classic `track` (SPEC sections 4 and 5): one event named after `event`, with the message's
 * properties and, when it has revenue, the revenue fields Amplitude's `logRevenueV2` books. An
 * order-completed event with a `products` array fans out into `Product Purchased` events
 * according to `trackProductsOnce` and `trackRevenuePerProduct`.
 *
 * @example
 * mapTrack({ type: 'track', event: 'Signed Up', userId: 'user-1' }, context)
 * // [{ api: 'event', event: { user_id: 'user-1', event_type: 'Signed Up', session_id: -1, library: 'segment' } }]
 */
export const mapTrack: CallMapping<'track'> = (message, context) => {
  const { settings, issues } = context
  const base = classicEventBase(message, message.event, context)
  if (base === undefined) return undefined
  const sent = message.properties
  const raw = sent ?? NO_PROPERTIES
  const isOrder = isOrderCompleted(message.event)
  const products = isOrder ? productsOf(raw, issues) : undefined
  // With no product to carry it, per-product revenue would book nothing: the order keeps its own.
  const perProduct = products !== undefined && products.length > 0 && settings.trackRevenuePerProduct
  const fanOut = products !== undefined && (!settings.trackProductsOnce || settings.trackRevenuePerProduct)

  let properties = eventProperties(sent, message, context)
  // The products as cleaned with the properties: when that is the very array sent, every product
  // was already clean, and cleaning each again would return it as is, with no issue.
  const cleanProducts = products !== undefined && own(properties, 'products') === products
  if (products !== undefined && !settings.trackProductsOnce) {
    properties = withoutProducts(properties)
    issues.push({
      severity: 'info',
      code: 'products_fanned_out',
      path: 'properties.products',
      message: `the order's ${products.length} products are sent as ${PRODUCT_PURCHASED} events, not in the order's event_properties`,
    })
  }
  // The order event is the base itself; product events start from the shared fields as they are
  // before the order's own are added, so only an order that fans out needs a copy of them.
  const order = base
  const shared = fanOut ? { ...base } : base
  if (hasKeys(properties)) order['event_properties'] = properties
  if (!perProduct) {
    const revenue = eventRevenue(raw, isOrder, issues)
    if (revenue !== undefined) {
      writeRevenueFields(order, revenue, raw, 'properties', isOrder ? ORDER_DEFAULTS : NO_DEFAULTS, issues)
    }
  }
  const calls: AmplitudeCall[] = [{ api: 'event', event: order as unknown as AmplitudeEvent }]
  if (fanOut) pushProductEvents(calls, shared, products, cleanProducts, raw, perProduct, message, context)
  return calls
}

function productsOf(properties: SegmentData, issues: MappingContext['issues']): readonly unknown[] | undefined {
  const products = own(properties, 'products')
  if (products === undefined || products === null) return undefined
  if (Array.isArray(products)) return products
  issues.push({
    severity: 'warning',
    code: 'invalid_products',
    path: 'properties.products',
    message: 'properties.products is not an array; no Product Purchased events were sent',
  })
  return undefined
}

function withoutProducts(properties: JsonObject): JsonObject {
  // Rest, not spread and delete: a deleted key turns the copy into a slow dictionary object.
  const { products: _products, ...copy } = properties
  return copy
}

// Built only when a product needs it (an issue, a cleaning or its revenue), not for every product.
function productPath(index: number): string {
  return joinPath('properties.products', index)
}

// One Product Purchased event per object product, after the order's event and its issues.
function pushProductEvents(
  calls: AmplitudeCall[],
  shared: Readonly<Record<string, unknown>>,
  products: readonly unknown[],
  clean: boolean,
  order: SegmentData,
  perProduct: boolean,
  message: SegmentTrack,
  context: MappingContext,
): void {
  const { settings, issues } = context
  const defaults = perProduct ? orderRevenueDefaults(order) : undefined
  for (let i = 0; i < products.length; i++) {
    const product = products[i]
    if (!isDataObject(product)) {
      const path = productPath(i)
      issues.push({
        severity: 'warning',
        code: 'invalid_product',
        path,
        message: `${path} is not an object; no ${PRODUCT_PURCHASED} event was sent for it`,
      })
      continue
    }
    const event: Record<string, unknown> = { ...shared, event_type: PRODUCT_PURCHASED }
    if (message.messageId !== undefined) event['insert_id'] = `${message.messageId}-${i + 1}`
    const cleaned = clean ? (product as JsonObject) : toJsonObject(product, productPath(i), issues)
    const properties = appendFields(cleaned, message, settings.appendFieldsToEventProps, issues)
    if (hasKeys(properties)) event['event_properties'] = properties
    if (defaults !== undefined) {
      const path = productPath(i)
      const pq = priceAndQuantity(product, path, issues)
      const revenue = pq === undefined ? undefined : pq.price * pq.quantity
      if (revenue !== undefined && !Number.isFinite(revenue)) {
        issues.push({
          severity: 'warning',
          code: 'invalid_revenue',
          path,
          message: `${path} price times quantity is beyond the number range; no revenue was booked for it`,
        })
      } else if (revenue !== undefined) {
        writeRevenueFields(event, revenue, product, path, defaults, issues)
      }
    }
    calls.push({ api: 'event', event: event as unknown as AmplitudeEvent })
  }
}
