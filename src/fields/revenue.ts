import type { Issue } from '../issues/issue.js'
import { joinPath } from '../issues/path.js'
import type { SegmentData } from '../models/segment/types.js'
import { own } from '../util/object.js'
import { showValue } from './showValue.js'
import { withoutNegativeZero } from './withoutNegativeZero.js'

// "Order Completed" or "Completed Order", any case, words joined by spaces or underscores.
const ORDER_COMPLETED = /^[\s_]*(?:order[\s_]*completed|completed[\s_]*order)[\s_]*$/i
const MONEY = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/
const MONEY_NOISE = /[\s$,]/g

/** The revenue type Amplitude books order revenue under by default. */
export const DEFAULT_REVENUE_TYPE = 'Purchase'

/**
 * Whether an event name is Segment's e-commerce order completion (SPEC section 5).
 *
 * @example
 * isOrderCompleted('order_completed') // true
 * isOrderCompleted('Completed Order') // true
 */
export function isOrderCompleted(event: string): boolean {
  return mayStartOrderCompleted(event.charCodeAt(0)) && ORDER_COMPLETED.test(event)
}

// Most event names are ruled out by their first character, without running the pattern: it
// starts with o, c, _ or a space (anything at or below U+0020, or beyond ASCII: \s is wide).
function mayStartOrderCompleted(code: number): boolean {
  const lower = code | 0x20
  return lower === 0x6f || lower === 0x63 || code === 0x5f || code <= 0x20 || code >= 0x80 || Number.isNaN(code)
}

/**
 * A money amount: a finite number, or a string with `$`, thousands separators and spaces
 * stripped. `null` when the value cannot be read (the caller warns); `undefined` when absent.
 *
 * @example
 * parseMoney('$1,234.50') // 1234.5
 * parseMoney('ten') // null
 */
export function parseMoney(value: unknown): number | null | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value !== 'string') return null
  const text = value.replace(MONEY_NOISE, '')
  if (text === '') return undefined
  if (!MONEY.test(text)) return null
  // "1e400" matches the pattern but is no amount JSON can carry.
  const amount = Number(text)
  return Number.isFinite(amount) ? amount : null
}

function money(properties: SegmentData, key: string, path: string, issues: Issue[]): number | undefined {
  const raw = own(properties, key)
  const value = parseMoney(raw)
  if (value === null) {
    issues.push({
      severity: 'warning',
      code: 'invalid_revenue',
      path: joinPath(path, key),
      message: `${joinPath(path, key)} ${showValue(raw)} is not an amount; no revenue was booked from it`,
    })
    return undefined
  }
  // 0 means "no revenue" (as Segment's Classic destination reads it).
  return value === 0 ? undefined : value
}

/**
 * The revenue of an event (SPEC section 5): `properties.revenue`; on an order-completed event a
 * missing (or zero, or unreadable) revenue falls back to `total`. Negative amounts are kept
 * (refunds).
 *
 * @example
 * eventRevenue({ total: '$20.00' }, true, issues) // 20
 */
export function eventRevenue(properties: SegmentData, isOrder: boolean, issues: Issue[]): number | undefined {
  return money(properties, 'revenue', 'properties', issues) ?? (isOrder ? money(properties, 'total', 'properties', issues) : undefined)
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined
}

/**
 * `price` and `quantity` when both are numbers and the quantity is an integer. A non-integer
 * quantity warns and neither is returned.
 *
 * @example
 * priceAndQuantity({ price: 10, quantity: 2 }, 'properties', issues) // { price: 10, quantity: 2 }
 */
export function priceAndQuantity(
  object: SegmentData,
  path: string,
  issues: Issue[],
): { readonly price: number; readonly quantity: number } | undefined {
  const price = own(object, 'price')
  const quantity = own(object, 'quantity')
  if (typeof price !== 'number' || typeof quantity !== 'number' || !Number.isFinite(price) || !Number.isFinite(quantity)) {
    return undefined
  }
  if (!Number.isInteger(quantity)) {
    issues.push({
      severity: 'warning',
      code: 'invalid_quantity',
      path: joinPath(path, 'quantity'),
      message: `${joinPath(path, 'quantity')} ${quantity} is not an integer; price and quantity were not sent as revenue fields`,
    })
    return undefined
  }
  return { price: withoutNegativeZero(price), quantity: withoutNegativeZero(quantity) }
}

/**
 * Writes the revenue fields of SPEC section 5 into `event`: `revenue`, `price` and `quantity`
 * (both numbers, integer quantity), `productId` (`productId` or `product_id`; the reverse for a
 * product, `defaults.inherited`), `revenueType`
 * (`revenueType` or `revenue_type`, else `defaults.revenueType`), and `currency` (else
 * `defaults.currency`). With `defaults.inherited`, a product's revenue, the order's revenue type
 * and currency win over the product's own (SPEC section 5: "the order's, else Purchase").
 *
 * @example
 * writeRevenueFields(event, 25, { price: 12.5, quantity: 2, productId: 'sku-1' }, 'properties', undefined, issues)
 * // event: { revenue: 25, price: 12.5, quantity: 2, productId: 'sku-1' }
 */
export function writeRevenueFields(
  event: Record<string, unknown>,
  revenue: number,
  source: SegmentData,
  path: string,
  defaults: { readonly revenueType?: string | undefined; readonly currency?: string | undefined; readonly inherited?: boolean },
  issues: Issue[],
): void {
  // A product's price x quantity is -0 for a price of 0 and a negative quantity.
  event['revenue'] = withoutNegativeZero(revenue)
  const pq = priceAndQuantity(source, path, issues)
  if (pq !== undefined) {
    event['price'] = pq.price
    event['quantity'] = pq.quantity
  }
  // SPEC 5: an event reads productId first; an order's product (Segment's e-commerce spec names
  // it product_id) reads product_id first.
  const [first, second] = defaults.inherited ? (['product_id', 'productId'] as const) : (['productId', 'product_id'] as const)
  const productId = text(own(source, first)) ?? text(own(source, second))
  if (productId !== undefined) event['productId'] = productId
  const revenueType = defaults.inherited ? defaults.revenueType : (ownRevenueType(source) ?? defaults.revenueType)
  if (revenueType !== undefined) event['revenueType'] = revenueType
  const currency = defaults.inherited ? defaults.currency : (text(own(source, 'currency')) ?? defaults.currency)
  if (currency !== undefined) event['currency'] = currency
}

/**
 * The revenue type and currency an order passes down to its products' revenue.
 *
 * @example
 * orderRevenueDefaults({ revenue_type: 'Sale', currency: 'EUR' }) // { revenueType: 'Sale', currency: 'EUR', inherited: true }
 */
export function orderRevenueDefaults(properties: SegmentData): {
  readonly revenueType: string
  readonly currency: string | undefined
  readonly inherited: true
} {
  return {
    revenueType: ownRevenueType(properties) ?? DEFAULT_REVENUE_TYPE,
    currency: text(own(properties, 'currency')),
    inherited: true,
  }
}

function ownRevenueType(source: SegmentData): string | undefined {
  return text(own(source, 'revenueType')) ?? text(own(source, 'revenue_type'))
}
