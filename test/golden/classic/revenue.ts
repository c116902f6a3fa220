import type { GoldenCase } from '../goldenCase.js'

const T = '2024-01-01T00:00:00.000Z'
const MS = 1704067200000

const TRACK = { type: 'track', userId: 'user-1' } as const
const EVENT = { user_id: 'user-1', session_id: -1, library: 'segment' } as const

/** A track event named `event` with `properties`, as the revenue cases send it. */
function track(event: string, properties: Record<string, unknown>): Record<string, unknown> {
  return { ...TRACK, event, properties }
}

const parsing: GoldenCase[] = [
  {
    name: 'A revenue number on any track event becomes the event revenue, and event_properties keep it',
    message: track('Upgraded', { revenue: 19.99 }),
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Upgraded', revenue: 19.99, event_properties: { revenue: 19.99 } } }],
    },
  },
  {
    name: 'A revenue string with a dollar sign and thousands separators is read as a number',
    message: track('Upgraded', { revenue: '$1,234.50' }),
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Upgraded', revenue: 1234.5, event_properties: { revenue: '$1,234.50' } } }],
    },
  },
  {
    name: 'A revenue of 0 means no revenue, without a warning',
    message: track('Upgraded', { revenue: 0 }),
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, event_type: 'Upgraded', event_properties: { revenue: 0 } } }] },
  },
  {
    name: 'An unparseable revenue means no revenue, with a warning at properties.revenue',
    message: track('Upgraded', { revenue: 'ten dollars' }),
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Upgraded', event_properties: { revenue: 'ten dollars' } } }],
      issues: [{ severity: 'warning', code: 'invalid_revenue', path: 'properties.revenue' }],
    },
  },
  {
    name: 'A revenue that is neither a number nor a string warns',
    message: track('Upgraded', { revenue: true }),
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Upgraded', event_properties: { revenue: true } } }],
      issues: [{ severity: 'warning', code: 'invalid_revenue', path: 'properties.revenue' }],
    },
  },
  {
    name: 'A revenue string too large for a number warns instead of sending Infinity',
    message: track('Upgraded', { revenue: '1e400' }),
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Upgraded', event_properties: { revenue: '1e400' } } }],
      issues: [{ severity: 'warning', code: 'invalid_revenue', path: 'properties.revenue' }],
    },
  },
  {
    name: 'An empty revenue string is no revenue, like a missing one',
    message: track('Upgraded', { revenue: '' }),
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, event_type: 'Upgraded', event_properties: { revenue: '' } } }] },
  },
  {
    name: 'A negative revenue is kept, for refunds',
    message: track('Order Refunded', { revenue: -20, revenueType: 'Refund' }),
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            event_type: 'Order Refunded',
            revenue: -20,
            revenueType: 'Refund',
            event_properties: { revenue: -20, revenueType: 'Refund' },
          },
        },
      ],
    },
  },
]

const fields: GoldenCase[] = [
  {
    name: 'A revenue event gets revenue, price, quantity, productId, revenueType and currency at the top level',
    message: {
      ...track('Plan Purchased', { revenue: 20.5, price: 10.25, quantity: 2, productId: 'sku-1', revenueType: 'subscription', currency: 'EUR', property: true }),
      messageId: 'msg-1',
      timestamp: T,
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            event_type: 'Plan Purchased',
            time: MS,
            insert_id: 'msg-1',
            revenue: 20.5,
            price: 10.25,
            quantity: 2,
            productId: 'sku-1',
            revenueType: 'subscription',
            currency: 'EUR',
            event_properties: { revenue: 20.5, price: 10.25, quantity: 2, productId: 'sku-1', revenueType: 'subscription', currency: 'EUR', property: true },
          },
        },
      ],
    },
  },
  {
    name: 'productId falls back to product_id and revenueType to revenue_type',
    message: track('Plan Purchased', { revenue: 5, product_id: 'sku-2', revenue_type: 'upgrade' }),
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            event_type: 'Plan Purchased',
            revenue: 5,
            productId: 'sku-2',
            revenueType: 'upgrade',
            event_properties: { revenue: 5, product_id: 'sku-2', revenue_type: 'upgrade' },
          },
        },
      ],
    },
  },
  {
    name: 'productId wins over product_id and revenueType over revenue_type',
    message: track('Plan Purchased', { revenue: 5, productId: 'camel', product_id: 'snake', revenueType: 'camel', revenue_type: 'snake' }),
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            event_type: 'Plan Purchased',
            revenue: 5,
            productId: 'camel',
            revenueType: 'camel',
            event_properties: { revenue: 5, productId: 'camel', product_id: 'snake', revenueType: 'camel', revenue_type: 'snake' },
          },
        },
      ],
    },
  },
  {
    name: 'A price without a quantity is not sent as a revenue field',
    message: track('Plan Purchased', { revenue: 10, price: 10 }),
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Plan Purchased', revenue: 10, event_properties: { revenue: 10, price: 10 } } }],
    },
  },
  {
    name: 'A price and quantity given as strings are not sent as revenue fields',
    message: track('Plan Purchased', { revenue: 20, price: '10', quantity: '2' }),
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...EVENT, event_type: 'Plan Purchased', revenue: 20, event_properties: { revenue: 20, price: '10', quantity: '2' } } },
      ],
    },
  },
  {
    name: 'A non-integer quantity warns and neither price nor quantity is sent',
    message: track('Plan Purchased', { revenue: 15, price: 10, quantity: 1.5 }),
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...EVENT, event_type: 'Plan Purchased', revenue: 15, event_properties: { revenue: 15, price: 10, quantity: 1.5 } } },
      ],
      issues: [{ severity: 'warning', code: 'invalid_quantity', path: 'properties.quantity' }],
    },
  },
  {
    name: 'A price and quantity without revenue send no revenue fields at all',
    message: track('Plan Purchased', { price: 10, quantity: 2, productId: 'sku-1' }),
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Plan Purchased', event_properties: { price: 10, quantity: 2, productId: 'sku-1' } } }],
    },
  },
  {
    name: 'total is not revenue on an event that is not an order completion',
    message: track('Checkout Started', { total: 30 }),
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, event_type: 'Checkout Started', event_properties: { total: 30 } } }] },
  },
  {
    name: 'Page calls never carry revenue fields',
    message: { type: 'page', name: 'Pricing', userId: 'user-1', properties: { revenue: 10 } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Viewed Pricing Page', event_properties: { revenue: 10, name: 'Pricing' } } }],
    },
  },
]

function orderTotalCase(event: string): GoldenCase {
  return {
    name: `On "${event}" a missing revenue falls back to total and revenueType defaults to Purchase`,
    message: track(event, { total: 30, currency: 'USD' }),
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: { ...EVENT, event_type: event, revenue: 30, revenueType: 'Purchase', currency: 'USD', event_properties: { total: 30, currency: 'USD' } },
        },
      ],
    },
  }
}

const orders: GoldenCase[] = [
  orderTotalCase('Order Completed'),
  orderTotalCase('order completed'),
  orderTotalCase('ORDER_COMPLETED'),
  orderTotalCase('order_completed'),
  orderTotalCase('Completed Order'),
  orderTotalCase('completed_order'),
  {
    name: 'A name that only starts like an order completion is an ordinary event',
    message: track('Order Completed Twice', { total: 30 }),
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, event_type: 'Order Completed Twice', event_properties: { total: 30 } } }] },
  },
  {
    name: 'On an order completion revenue wins over total',
    message: track('Order Completed', { revenue: 25, total: 30 }),
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...EVENT, event_type: 'Order Completed', revenue: 25, revenueType: 'Purchase', event_properties: { revenue: 25, total: 30 } } },
      ],
    },
  },
  {
    name: 'On an order completion a revenue of 0 falls back to total',
    message: track('Order Completed', { revenue: 0, total: 30 }),
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...EVENT, event_type: 'Order Completed', revenue: 30, revenueType: 'Purchase', event_properties: { revenue: 0, total: 30 } } },
      ],
    },
  },
  {
    name: 'On an order completion an unparseable revenue warns and falls back to total',
    message: track('Order Completed', { revenue: 'n/a', total: '$30.00' }),
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: { ...EVENT, event_type: 'Order Completed', revenue: 30, revenueType: 'Purchase', event_properties: { revenue: 'n/a', total: '$30.00' } },
        },
      ],
      issues: [{ severity: 'warning', code: 'invalid_revenue', path: 'properties.revenue' }],
    },
  },
  {
    name: 'An order completion with neither revenue nor total has no revenue',
    message: track('Order Completed', { order_id: 'o-1' }),
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, event_type: 'Order Completed', event_properties: { order_id: 'o-1' } } }] },
  },
  {
    name: 'The order revenue_type replaces the default Purchase',
    message: track('Order Completed', { total: 30, revenue_type: 'Sale' }),
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...EVENT, event_type: 'Order Completed', revenue: 30, revenueType: 'Sale', event_properties: { total: 30, revenue_type: 'Sale' } } },
      ],
    },
  },
]

// SPEC 5's products matrix, on Segment's e-commerce Order Completed example.
const PRODUCT_1 = { product_id: 'p-1', sku: 'S-1', name: 'Monopoly', price: 19, quantity: 1, category: 'Games' }
const PRODUCT_2 = { product_id: 'p-2', sku: 'S-2', name: 'Uno', price: 3, quantity: 2, category: 'Games' }
const ORDER_PROPERTIES = {
  order_id: 'o-1',
  total: 30,
  revenue: 25,
  shipping: 3,
  tax: 2,
  discount: 2.5,
  coupon: 'SPRING',
  currency: 'USD',
}
const ORDER = {
  type: 'track',
  event: 'Order Completed',
  userId: 'user-1',
  anonymousId: 'anon-1',
  messageId: 'order-1',
  timestamp: T,
  properties: { ...ORDER_PROPERTIES, products: [PRODUCT_1, PRODUCT_2] },
  context: { library: { name: 'analytics.js' }, ip: '192.0.2.10', locale: 'en-US' },
  integrations: { Amplitude: { session_id: 1704067000000 } },
}
/** What every event of {@link ORDER} shares: ids, time, session and device fields. */
const ORDER_BASE = {
  user_id: 'user-1',
  device_id: 'anon-1',
  time: MS,
  session_id: 1704067000000,
  library: 'segment',
  platform: 'Web',
  language: 'en-US',
  ip: '192.0.2.10',
} as const
const ORDER_REVENUE = { revenue: 25, revenueType: 'Purchase', currency: 'USD' } as const
const PRODUCT_EVENT_1 = { ...ORDER_BASE, event_type: 'Product Purchased', insert_id: 'order-1-1', event_properties: PRODUCT_1 }
const PRODUCT_EVENT_2 = { ...ORDER_BASE, event_type: 'Product Purchased', insert_id: 'order-1-2', event_properties: PRODUCT_2 }
const PRODUCT_REVENUE_1 = { revenue: 19, price: 19, quantity: 1, productId: 'p-1', revenueType: 'Purchase', currency: 'USD' }
const PRODUCT_REVENUE_2 = { revenue: 6, price: 3, quantity: 2, productId: 'p-2', revenueType: 'Purchase', currency: 'USD' }
const FANNED_OUT = { severity: 'info', code: 'products_fanned_out', path: 'properties.products' } as const

const matrix: GoldenCase[] = [
  {
    name: 'By default an order keeps its revenue without products, and each product becomes a Product Purchased event without revenue',
    message: ORDER,
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...ORDER_BASE, event_type: 'Order Completed', insert_id: 'order-1', ...ORDER_REVENUE, event_properties: ORDER_PROPERTIES } },
        { api: 'event', event: PRODUCT_EVENT_1 },
        { api: 'event', event: PRODUCT_EVENT_2 },
      ],
      issues: [FANNED_OUT],
    },
  },
  {
    name: 'With trackRevenuePerProduct the order has no products and no revenue, and each product books price times quantity',
    message: ORDER,
    settings: { trackRevenuePerProduct: true },
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...ORDER_BASE, event_type: 'Order Completed', insert_id: 'order-1', event_properties: ORDER_PROPERTIES } },
        { api: 'event', event: { ...PRODUCT_EVENT_1, ...PRODUCT_REVENUE_1 } },
        { api: 'event', event: { ...PRODUCT_EVENT_2, ...PRODUCT_REVENUE_2 } },
      ],
      issues: [FANNED_OUT],
    },
  },
  {
    name: 'With trackProductsOnce the order keeps its products and its revenue, and no product events are sent',
    message: ORDER,
    settings: { trackProductsOnce: true },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...ORDER_BASE,
            event_type: 'Order Completed',
            insert_id: 'order-1',
            ...ORDER_REVENUE,
            event_properties: { ...ORDER_PROPERTIES, products: [PRODUCT_1, PRODUCT_2] },
          },
        },
      ],
    },
  },
  {
    name: 'With trackProductsOnce and trackRevenuePerProduct the order keeps its products without revenue, and each product books its own revenue',
    message: ORDER,
    settings: { trackProductsOnce: true, trackRevenuePerProduct: true },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: { ...ORDER_BASE, event_type: 'Order Completed', insert_id: 'order-1', event_properties: { ...ORDER_PROPERTIES, products: [PRODUCT_1, PRODUCT_2] } },
        },
        { api: 'event', event: { ...PRODUCT_EVENT_1, ...PRODUCT_REVENUE_1 } },
        { api: 'event', event: { ...PRODUCT_EVENT_2, ...PRODUCT_REVENUE_2 } },
      ],
    },
  },
]

const SMALL_ORDER = { ...TRACK, event: 'Order Completed', messageId: 'order-2' }

const products: GoldenCase[] = [
  {
    name: 'A product without both a price and a quantity carries no revenue fields',
    message: { ...SMALL_ORDER, properties: { products: [{ product_id: 'p-1', price: 5 }, { product_id: 'p-2', price: '4', quantity: 1 }] } },
    settings: { trackRevenuePerProduct: true },
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...EVENT, event_type: 'Order Completed', insert_id: 'order-2' } },
        { api: 'event', event: { ...EVENT, event_type: 'Product Purchased', insert_id: 'order-2-1', event_properties: { product_id: 'p-1', price: 5 } } },
        {
          api: 'event',
          event: { ...EVENT, event_type: 'Product Purchased', insert_id: 'order-2-2', event_properties: { product_id: 'p-2', price: '4', quantity: 1 } },
        },
      ],
      issues: [FANNED_OUT],
    },
  },
  {
    name: 'A product with a non-integer quantity warns at its path and carries no revenue fields',
    message: { ...SMALL_ORDER, properties: { products: [{ product_id: 'p-1', price: 5, quantity: 0.5 }] } },
    settings: { trackRevenuePerProduct: true },
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...EVENT, event_type: 'Order Completed', insert_id: 'order-2' } },
        {
          api: 'event',
          event: { ...EVENT, event_type: 'Product Purchased', insert_id: 'order-2-1', event_properties: { product_id: 'p-1', price: 5, quantity: 0.5 } },
        },
      ],
      issues: [FANNED_OUT, { severity: 'warning', code: 'invalid_quantity', path: 'properties.products[0].quantity' }],
    },
  },
  {
    name: 'A product productId is read from product_id first, then productId',
    message: { ...SMALL_ORDER, properties: { products: [{ productId: 'camel', price: 1, quantity: 1 }, { product_id: 'snake', productId: 'camel', price: 2, quantity: 1 }] } },
    settings: { trackRevenuePerProduct: true },
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...EVENT, event_type: 'Order Completed', insert_id: 'order-2' } },
        {
          api: 'event',
          event: {
            ...EVENT,
            event_type: 'Product Purchased',
            insert_id: 'order-2-1',
            revenue: 1,
            price: 1,
            quantity: 1,
            productId: 'camel',
            revenueType: 'Purchase',
            event_properties: { productId: 'camel', price: 1, quantity: 1 },
          },
        },
        {
          api: 'event',
          event: {
            ...EVENT,
            event_type: 'Product Purchased',
            insert_id: 'order-2-2',
            revenue: 2,
            price: 2,
            quantity: 1,
            productId: 'snake',
            revenueType: 'Purchase',
            event_properties: { product_id: 'snake', productId: 'camel', price: 2, quantity: 1 },
          },
        },
      ],
      issues: [FANNED_OUT],
    },
  },
  {
    name: 'Product events take the order revenue type, not their own',
    message: { ...SMALL_ORDER, properties: { revenueType: 'Sale', products: [{ price: 4, quantity: 3, revenueType: 'Gift' }] } },
    settings: { trackRevenuePerProduct: true },
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...EVENT, event_type: 'Order Completed', insert_id: 'order-2', event_properties: { revenueType: 'Sale' } } },
        {
          api: 'event',
          event: {
            ...EVENT,
            event_type: 'Product Purchased',
            insert_id: 'order-2-1',
            revenue: 12,
            price: 4,
            quantity: 3,
            revenueType: 'Sale',
            event_properties: { price: 4, quantity: 3, revenueType: 'Gift' },
          },
        },
      ],
      issues: [FANNED_OUT],
    },
  },
  {
    name: 'A product whose price times quantity is beyond the number range warns and carries no revenue fields',
    message: { ...SMALL_ORDER, properties: { products: [{ product_id: 'p-1', price: 1e308, quantity: 10 }] } },
    settings: { trackRevenuePerProduct: true },
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...EVENT, event_type: 'Order Completed', insert_id: 'order-2' } },
        {
          api: 'event',
          event: { ...EVENT, event_type: 'Product Purchased', insert_id: 'order-2-1', event_properties: { product_id: 'p-1', price: 1e308, quantity: 10 } },
        },
      ],
      issues: [FANNED_OUT, { severity: 'warning', code: 'invalid_revenue', path: 'properties.products[0]' }],
    },
  },
  {
    name: 'Products that are not an array warn, stay in event_properties and are not fanned out',
    message: { ...SMALL_ORDER, properties: { revenue: 10, products: { product_id: 'p-1' } } },
    settings: { trackRevenuePerProduct: true },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            event_type: 'Order Completed',
            insert_id: 'order-2',
            revenue: 10,
            revenueType: 'Purchase',
            event_properties: { revenue: 10, products: { product_id: 'p-1' } },
          },
        },
      ],
      issues: [{ severity: 'warning', code: 'invalid_products', path: 'properties.products' }],
    },
  },
  {
    name: 'A product that is not an object warns and is skipped, and insert_id suffixes follow the product positions',
    message: { ...SMALL_ORDER, properties: { products: [{ product_id: 'p-1' }, 'p-2', { product_id: 'p-3' }] } },
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...EVENT, event_type: 'Order Completed', insert_id: 'order-2' } },
        { api: 'event', event: { ...EVENT, event_type: 'Product Purchased', insert_id: 'order-2-1', event_properties: { product_id: 'p-1' } } },
        { api: 'event', event: { ...EVENT, event_type: 'Product Purchased', insert_id: 'order-2-3', event_properties: { product_id: 'p-3' } } },
      ],
      issues: [FANNED_OUT, { severity: 'warning', code: 'invalid_product', path: 'properties.products[1]' }],
    },
  },
  {
    name: 'Products on an event that is not an order completion are ordinary properties',
    message: track('Cart Viewed', { products: [{ product_id: 'p-1', price: 5, quantity: 1 }] }),
    settings: { trackRevenuePerProduct: true },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Cart Viewed', event_properties: { products: [{ product_id: 'p-1', price: 5, quantity: 1 }] } } }],
    },
  },
  {
    name: 'Without a messageId the product events have no insert_id',
    message: track('order_completed', { products: [{ product_id: 'p-1' }] }),
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...EVENT, event_type: 'order_completed' } },
        { api: 'event', event: { ...EVENT, event_type: 'Product Purchased', event_properties: { product_id: 'p-1' } } },
      ],
      issues: [FANNED_OUT],
    },
  },
  {
    name: 'An empty products array is removed from the order and sends no product events',
    message: { ...SMALL_ORDER, properties: { revenue: 10, products: [] } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Order Completed', insert_id: 'order-2', revenue: 10, revenueType: 'Purchase', event_properties: { revenue: 10 } } }],
      issues: [FANNED_OUT],
    },
  },
  {
    name: 'With trackRevenuePerProduct, an order with an empty products array keeps its own revenue',
    message: { ...SMALL_ORDER, properties: { revenue: 10, products: [] } },
    settings: { trackRevenuePerProduct: true },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Order Completed', insert_id: 'order-2', revenue: 10, revenueType: 'Purchase', event_properties: { revenue: 10 } } }],
      issues: [FANNED_OUT],
    },
  },
  {
    name: 'appendFieldsToEventProps applies to product events too',
    message: { ...SMALL_ORDER, properties: { products: [{ product_id: 'p-1' }] }, context: { page: { path: '/checkout' } } },
    settings: { appendFieldsToEventProps: { 'context.page.path': 'pagePath' } },
    expected: {
      ok: true,
      calls: [
        { api: 'event', event: { ...EVENT, event_type: 'Order Completed', insert_id: 'order-2', event_properties: { pagePath: '/checkout' } } },
        { api: 'event', event: { ...EVENT, event_type: 'Product Purchased', insert_id: 'order-2-1', event_properties: { product_id: 'p-1', pagePath: '/checkout' } } },
      ],
      issues: [FANNED_OUT],
    },
  },
  {
    name: 'Product events also carry the order user_properties, groups and event_id',
    message: {
      ...SMALL_ORDER,
      properties: { products: [{ product_id: 'p-1' }] },
      context: { traits: { plan: 'pro' } },
      integrations: { Amplitude: { groups: { company: 'Acme' }, event_id: 9 } },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: { ...EVENT, event_type: 'Order Completed', insert_id: 'order-2', event_id: 9, groups: { company: 'Acme' }, user_properties: { plan: 'pro' } },
        },
        {
          api: 'event',
          event: {
            ...EVENT,
            event_type: 'Product Purchased',
            insert_id: 'order-2-1',
            event_id: 9,
            groups: { company: 'Acme' },
            user_properties: { plan: 'pro' },
            event_properties: { product_id: 'p-1' },
          },
        },
      ],
      issues: [FANNED_OUT],
    },
  },
]

/** Golden cases of SPEC section 5: revenue fields and the Order Completed fan-out. */
export const revenueCases: readonly GoldenCase[] = [...parsing, ...fields, ...orders, ...matrix, ...products]
