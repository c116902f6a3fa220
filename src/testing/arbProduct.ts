import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentData } from '../models/segment/types.js'
import { weighted } from './internal/fields.js'
import { arbHex32, centsToAmount, formatDollars } from './internal/values.js'

const CATALOG = [
  { name: 'Monopoly: 3rd Edition', category: 'Games', brand: 'Hasbro', variant: undefined },
  { name: 'Uno Card Game', category: 'Games', brand: 'Mattel', variant: undefined },
  { name: 'Blue Running Shoes', category: 'Shoes', brand: 'Acme', variant: '42 EU' },
  { name: 'Noise-Cancelling Headphones', category: 'Electronics', brand: 'Hooli', variant: 'Black' },
  { name: 'Organic Coffee Beans 1kg', category: 'Grocery', brand: undefined, variant: 'Dark roast' },
  { name: 'Café Crème Mug', category: 'Kitchen', brand: 'Acme', variant: undefined },
] as const

/**
 * The price as shops send it: dollars as a number, rarely a numeric string or a `$`-formatted one,
 * rarely absent.
 */
const arbPrice = fc.tuple(fc.integer({ min: 0, max: 250_000 }), fc.nat({ max: 18 })).map(([cents, form]) => {
  if (form < 16) return centsToAmount(cents)
  if (form === 16) return String(centsToAmount(cents))
  return form === 17 ? formatDollars(cents) : undefined
})

// Quantities are whole numbers, except the odd sender who sends 1.5 or "2".
const arbQuantity = weighted<unknown>(
  [16, fc.integer({ min: 1, max: 5 })],
  [1, fc.constantFrom(1.5, 0.25)],
  [1, fc.constantFrom('2', '1')],
  [1, fc.constant(undefined)],
)

/**
 * A product of an e-commerce v2 event: `product_id` (snake_case, as the Spec) or `productId`
 * (camelCase, as Segment's Amplitude docs), `sku`, `name`, `price`, `quantity`, `category`,
 * `brand`, `variant`, `coupon`, `position`, `url`, `image_url`. Price and quantity are usually
 * numbers; see {@link arbOrderCompleted} for the odd forms.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbProduct } from 'segment-amplitude/testing'
 * fc.sample(arbProduct, { seed: 9, numRuns: 1 }) // e.g. [{ product_id: '507f1f77bcf86cd799439011', name: 'Uno Card Game', price: 3.99, quantity: 2 }]
 */
export const arbProduct: Arbitrary<SegmentData> = fc
  .tuple(
    fc.constantFrom(...CATALOG),
    arbHex32,
    fc.constantFrom('product_id', 'product_id', 'product_id', 'productId', 'none'),
    arbPrice,
    arbQuantity,
    fc.nat({ max: 63 }),
    fc.integer({ min: 1, max: 12 }),
  )
  .map(([item, hex, idKey, price, quantity, extras, position]) => {
    const product: Record<string, unknown> = {}
    if (idKey !== 'none') product[idKey] = hex.slice(0, 24)
    // `extras` is a bit set: which optional fields this product carries.
    if ((extras & 1) !== 0) product['sku'] = `SKU-${hex.slice(24, 30).toUpperCase()}`
    product['name'] = item.name
    if (price !== undefined) product['price'] = price
    if (quantity !== undefined) product['quantity'] = quantity
    if ((extras & 2) !== 0) product['category'] = item.category
    if ((extras & 4) !== 0 && item.brand !== undefined) product['brand'] = item.brand
    if ((extras & 8) !== 0 && item.variant !== undefined) product['variant'] = item.variant
    if ((extras & 16) !== 0) product['coupon'] = 'SUMMER10'
    if ((extras & 32) !== 0) {
      product['position'] = position
      product['url'] = `https://shop.acme.io/p/${hex.slice(0, 8)}`
      product['image_url'] = `https://cdn.acme.io/img/${hex.slice(0, 8)}.jpg`
    }
    return product
  })
