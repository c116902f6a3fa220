import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { GeneratedMessage } from './types.js'
import { arbProduct } from './arbProduct.js'
import { arbCommon } from './internal/arbCommon.js'
import { arbContext } from './arbContext.js'
import { weighted } from './internal/fields.js'
import { centsToAmount, formatDollars } from './internal/values.js'

/** Order-completed event names as senders spell them: the v2 name first, then the variants. */
const arbOrderCompletedName = weighted<string>(
  [16, fc.constant('Order Completed')],
  [4, fc.constantFrom('Completed Order', 'order_completed', 'order completed', 'ORDER COMPLETED')],
)

function cents(value: unknown): number {
  if (typeof value === 'number') return Math.round(value * 100)
  if (typeof value === 'string') {
    const parsed = Number(value.replace(/[$,]/g, ''))
    return Number.isFinite(parsed) ? Math.round(parsed * 100) : 0
  }
  return 0
}

function lineCents(product: Readonly<Record<string, unknown>>): number {
  const quantity = product['quantity']
  return cents(product['price']) * (typeof quantity === 'number' ? Math.round(quantity) : 1)
}

/** How a money field is written: a number mostly, sometimes `"$1,234.50"` or `"1234.5"`. */
function money(amountCents: number, form: number): number | string {
  if (form === 1) return formatDollars(amountCents)
  if (form === 2) return String(centsToAmount(amountCents))
  return centsToAmount(amountCents)
}

const arbOrderProperties = fc
  .tuple(
    fc.array(arbProduct, { maxLength: 5 }),
    fc.record({
      shipping: fc.integer({ min: 0, max: 2_500 }),
      taxRate: fc.constantFrom(0, 0.07, 0.19, 0.2),
      discount: fc.constantFrom(0, 0, 0, 500, 1_000),
      // 0: number, 1: "$1,234.50", 2: "1234.5"; weighted towards numbers.
      form: fc.constantFrom(0, 0, 0, 0, 0, 0, 1, 2),
      // Which of revenue/total the sender fills: both, revenue only, total only (revenue falls back to it), none.
      fill: fc.constantFrom('both', 'both', 'revenue', 'total', 'none'),
      currency: fc.constantFrom('USD', 'USD', 'EUR', 'GBP', 'JPY', 'usd', undefined),
      coupon: fc.constantFrom(undefined, undefined, 'SUMMER10', 'hasbros'),
      affiliation: fc.constantFrom(undefined, 'Google Store', 'Web', 'iOS app'),
      orderNumber: fc.integer({ min: 10_000, max: 99_999_999 }),
      productsKey: fc.constantFrom('products', 'products', 'products', 'products', 'none'),
    }, { noNullPrototype: true }),
  )
  .map(([products, o]) => {
    const subtotal = Math.max(0, products.reduce((sum, product) => sum + lineCents(product), 0) - o.discount)
    const tax = Math.round(subtotal * o.taxRate)
    const properties: Record<string, unknown> = {
      checkout_id: `chk_${o.orderNumber.toString(36)}`,
      order_id: String(o.orderNumber),
    }
    if (o.affiliation !== undefined) properties['affiliation'] = o.affiliation
    if (o.fill === 'both' || o.fill === 'total') properties['total'] = money(subtotal + o.shipping + tax, o.form)
    if (o.fill === 'both' || o.fill === 'revenue') properties['revenue'] = money(subtotal, o.form)
    properties['subtotal'] = centsToAmount(subtotal)
    properties['shipping'] = centsToAmount(o.shipping)
    properties['tax'] = centsToAmount(tax)
    if (o.discount > 0) properties['discount'] = centsToAmount(o.discount)
    if (o.coupon !== undefined) properties['coupon'] = o.coupon
    if (o.currency !== undefined) properties['currency'] = o.currency
    if (o.productsKey === 'products') properties['products'] = products
    return properties
  })

/**
 * An e-commerce v2 `Order Completed` track call (sometimes spelt `Completed Order`,
 * `order_completed`…): `order_id`, `checkout_id`, `affiliation`, `subtotal`, `shipping`, `tax`,
 * `discount`, `coupon`, `currency`, and `revenue` and `total` consistent with the products.
 * Money is usually a number, sometimes a string such as `"$1,234.50"`; either of `revenue` and
 * `total` may be missing. `products` holds zero to five {@link arbProduct}s (rarely absent).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbOrderCompleted } from 'segment-amplitude/testing'
 * import { translate } from 'segment-amplitude'
 *
 * fc.assert(fc.property(arbOrderCompleted, (message) => {
 *   translate(message, { trackRevenuePerProduct: true }) // never throws
 * }))
 */
export const arbOrderCompleted: Arbitrary<GeneratedMessage<'track'>> = fc
  .tuple(arbOrderCompletedName, arbOrderProperties, arbCommon(arbContext))
  .map(([event, properties, common]) => ({ type: 'track', event, properties, ...common }))
