/**
 * Issue 4's properties of orders and their products (SPEC section 5, Classic profile), over every
 * cell of the trackProductsOnce × trackRevenuePerProduct matrix, with orders from
 * `arbOrderCompleted` (sometimes holding products that are not objects, or a `products` value that
 * is not an array). Oracles are written here from SPEC section 5.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { AmplitudeEvent } from '../../src/models/amplitude/types.js'
import type { Settings } from '../../src/settings/settings.js'
import { arbOrderCompleted, arbSettings } from '../../src/testing/index.js'
import { translate } from '../../src/translate.js'

type Data = Readonly<Record<string, unknown>>

const PRODUCT_PURCHASED = 'Product Purchased'

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Orders, one in five with odd items among its products or a `products` that is not an array. */
const arbOrder: fc.Arbitrary<Data> = fc.oneof(
  { weight: 4, arbitrary: arbOrderCompleted as fc.Arbitrary<Data> },
  {
    weight: 1,
    arbitrary: fc
      .tuple(arbOrderCompleted, fc.array(fc.tuple(fc.nat({ max: 5 }), fc.constantFrom<unknown>(null, 'sku-1', 42, ['nested'])), { maxLength: 2 }), fc.boolean())
      .map(([order, odd, asObject]) => {
        const properties = { ...(order.properties ?? {}) }
        const products = Array.isArray(properties['products']) ? [...(properties['products'] as unknown[])] : []
        for (const [at, item] of odd) products.splice(at, 0, item)
        // `products` as an object instead of an array: no fan-out, with a warning.
        properties['products'] = asObject ? { ...products } : products
        return { ...order, properties }
      }),
  },
)

/** Settings of every cell of the matrix; `appendFieldsToEventProps` left out (the contract suite covers it). */
const arbOrderSettings: fc.Arbitrary<Partial<Settings>> = fc
  .tuple(arbSettings, fc.boolean(), fc.boolean())
  .map(([settings, trackProductsOnce, trackRevenuePerProduct]) => {
    const { appendFieldsToEventProps: _appended, ...rest } = settings
    return { ...rest, profile: 'classic', trackProductsOnce, trackRevenuePerProduct }
  })

/** An order meant for Amplitude: its integrations never turn Amplitude off. */
function forAmplitude(order: Data): Data {
  return { ...order, integrations: {} }
}

function eventsOf(order: Data, settings: Partial<Settings>): AmplitudeEvent[] {
  const result = translate(forAmplitude(order), settings)
  expect(result.ok).toBe(true)
  if (!result.ok) return []
  return result.calls.map((call) => {
    if (call.api !== 'event') throw new Error('an order gives events only')
    return call.event
  })
}

function productsOf(order: Data): unknown {
  return isObject(order['properties']) ? order['properties']['products'] : undefined
}

/** SPEC 5: a money amount (a number, or text with `$`, `,` and spaces stripped); 0 is none. */
function amount(value: unknown): number | undefined {
  let parsed: number | undefined
  if (typeof value === 'number' && Number.isFinite(value)) parsed = value
  if (typeof value === 'string') {
    const text = value.replace(/[\s$,]/g, '')
    if (/^-?\d+(?:\.\d+)?$/.test(text)) parsed = Number(text)
  }
  return parsed === 0 ? undefined : parsed
}

/** SPEC 5: a product's own revenue, when price is a number and quantity an integer. */
function lineRevenue(product: Data): number | undefined {
  const { price, quantity } = product
  if (typeof price !== 'number' || typeof quantity !== 'number' || !Number.isInteger(quantity)) return undefined
  return price * quantity
}

describe('orders and their products (Classic)', () => {
  test('every product object appears exactly once among the Product Purchased events when the order fans out, and the products array is kept exactly with trackProductsOnce', () => {
    fc.assert(
      fc.property(arbOrder, arbOrderSettings, (order, settings) => {
        const [orderEvent, ...productEvents] = eventsOf(order, settings)
        const products = productsOf(order)
        const kept = orderEvent?.event_properties?.['products']
        if (!Array.isArray(products)) {
          // Not an array: nothing fans out, and the value stays in the order's properties as sent.
          expect(productEvents).toStrictEqual([])
          expect(kept).toStrictEqual(products)
          return
        }
        const fansOut = settings.trackProductsOnce !== true || settings.trackRevenuePerProduct === true
        // The matrix of SPEC 5: the array is kept exactly when trackProductsOnce is on.
        expect(kept).toStrictEqual(settings.trackProductsOnce === true ? products : undefined)
        const objects = products.flatMap((product, index) => (isObject(product) ? [{ product, index }] : []))
        expect(productEvents).toHaveLength(fansOut ? objects.length : 0)
        if (!fansOut) return
        objects.forEach(({ product, index }, k) => {
          const event = productEvents[k]
          expect(event?.event_type).toBe(PRODUCT_PURCHASED)
          // Each product exactly once: as many events as product objects, the k-th carrying the k-th.
          expect(event?.event_properties ?? {}).toStrictEqual(product)
          if (typeof order['messageId'] === 'string' && order['messageId'].trim() !== '') {
            expect(event?.insert_id).toBe(`${order['messageId']}-${index + 1}`)
          }
        })
      }),
    )
  })

  test("with per-product revenue, the product events' revenues sum to the sum of price × quantity over the products that have both", () => {
    fc.assert(
      fc.property(arbOrder, arbOrderSettings, (order, settings) => {
        const products = productsOf(order)
        // An empty products array leaves the revenue on the order (nothing else could carry it).
        fc.pre(settings.trackRevenuePerProduct === true && Array.isArray(products) && products.length > 0)
        const [orderEvent, ...productEvents] = eventsOf(order, settings)
        const expected = (products as unknown[]).filter(isObject).map(lineRevenue)
        expect(productEvents.map((event) => event.revenue)).toStrictEqual(expected)
        const sum = (values: readonly (number | undefined)[]): number => values.reduce<number>((total, value) => total + (value ?? 0), 0)
        expect(sum(productEvents.map((event) => event.revenue))).toBe(sum(expected))
        expect(orderEvent?.revenue).toBeUndefined()
      }),
    )
  })

  test("the order's own revenue is never counted twice across the events of one message", () => {
    fc.assert(
      fc.property(arbOrder, arbOrderSettings, (order, settings) => {
        const [orderEvent, ...productEvents] = eventsOf(order, settings)
        const properties = isObject(order['properties']) ? order['properties'] : {}
        const products = productsOf(order)
        const perProduct = settings.trackRevenuePerProduct === true && Array.isArray(products) && products.length > 0
        const orderRevenue = amount(properties['revenue']) ?? amount(properties['total'])
        // Either the order books its revenue (once, on its own event) or its products book theirs.
        expect(orderEvent?.revenue).toBe(perProduct ? undefined : orderRevenue)
        if (!perProduct) for (const event of productEvents) expect(event.revenue).toBeUndefined()
        const revenues = [orderEvent, ...productEvents].filter((event) => event?.revenue !== undefined)
        if (orderEvent?.revenue !== undefined) expect(revenues).toStrictEqual([orderEvent])
      }),
    )
  })

  test("actions: an order and its Product Purchased events never both book revenue (logPurchase's rule)", () => {
    fc.assert(
      fc.property(arbOrder, arbOrderSettings, (order, settings) => {
        const result = translate({ ...forAmplitude(order), event: 'Order Completed' }, { ...settings, profile: 'actions' })
        expect(result.ok).toBe(true)
        if (!result.ok) return
        const [orderCall, ...productCalls] = result.calls
        const orderRevenue = orderCall?.api === 'event' ? orderCall.event.revenue : undefined
        const productRevenues = productCalls.flatMap((call) => (call.api === 'event' && call.event.revenue !== undefined ? [call.event.revenue] : []))
        expect(orderRevenue !== undefined && productRevenues.length > 0).toBe(false)
        if (settings.trackRevenuePerProduct !== true) expect(productRevenues).toStrictEqual([])
      }),
    )
  })
})
