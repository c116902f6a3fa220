import { describe, expect, test } from 'vitest'
import type { Issue } from '../issues/issue.js'
import { eventRevenue, isOrderCompleted, orderRevenueDefaults, parseMoney, priceAndQuantity, writeRevenueFields } from './revenue.js'

function brief(issues: readonly Issue[]): { severity: string; code: string; path: string }[] {
  return issues.map(({ severity, code, path }) => ({ severity, code, path }))
}

describe('parseMoney', () => {
  test.each([
    [19.99, 19.99],
    [-20, -20],
    ['$1,234.50', 1234.5],
    [' 12 ', 12],
    ['-$5', -5],
    ['$-5', -5],
    ['1e3', 1000],
    ['.5', 0.5],
    ['5.', 5],
    ['1 000', 1000],
    [0, 0],
  ])('reads %j as %d', (value, expected) => {
    expect(parseMoney(value)).toBe(expected)
  })

  test.each([undefined, null, '', '$', ' '])('treats %j as absent', (value) => {
    expect(parseMoney(value)).toBeUndefined()
  })

  test.each(['ten', '1.2.3', '€5', '(5)', '1e400', true, {}, [], Number.NaN, Infinity])('cannot read %j', (value) => {
    expect(parseMoney(value)).toBeNull()
  })
})

describe('isOrderCompleted', () => {
  test.each(['Order Completed', 'order completed', 'ORDER_COMPLETED', 'order_completed', 'Completed Order', 'completed_order', 'OrderCompleted', ' Order  Completed ', '_order_completed_'])(
    '%j is an order completion',
    (name) => {
      expect(isOrderCompleted(name)).toBe(true)
    },
  )

  test.each(['Order Completed!', 'Orders Completed', 'Order Complete', 'completed-order', 'Order Completed Twice', 'Product Purchased', ''])(
    '%j is not an order completion',
    (name) => {
      expect(isOrderCompleted(name)).toBe(false)
    },
  )
})

describe('eventRevenue', () => {
  test('falls back to total only on order completions', () => {
    expect(eventRevenue({ total: 30 }, true, [])).toBe(30)
    expect(eventRevenue({ total: 30 }, false, [])).toBeUndefined()
  })

  test('warns at each unreadable amount it tries', () => {
    const issues: Issue[] = []
    expect(eventRevenue({ revenue: 'x', total: 'y' }, true, issues)).toBeUndefined()
    expect(brief(issues)).toStrictEqual([
      { severity: 'warning', code: 'invalid_revenue', path: 'properties.revenue' },
      { severity: 'warning', code: 'invalid_revenue', path: 'properties.total' },
    ])
  })
})

describe('priceAndQuantity', () => {
  test('needs a finite number price and an integer quantity', () => {
    expect(priceAndQuantity({ price: 2.5, quantity: 4 }, 'properties', [])).toStrictEqual({ price: 2.5, quantity: 4 })
    expect(priceAndQuantity({ price: 2.5 }, 'properties', [])).toBeUndefined()
    expect(priceAndQuantity({ price: '2.5', quantity: 4 }, 'properties', [])).toBeUndefined()
  })

  test('warns at the quantity path when the quantity is not an integer', () => {
    const issues: Issue[] = []
    expect(priceAndQuantity({ price: 2, quantity: 0.5 }, 'properties.products[3]', issues)).toBeUndefined()
    expect(brief(issues)).toStrictEqual([{ severity: 'warning', code: 'invalid_quantity', path: 'properties.products[3].quantity' }])
  })
})

describe('writeRevenueFields', () => {
  test('on an event, reads productId before product_id and its own revenue type and currency', () => {
    const event: Record<string, unknown> = {}
    writeRevenueFields(event, 5, { productId: 'a', product_id: 'b', revenue_type: 'own', currency: 'EUR' }, 'properties', { revenueType: 'Purchase' }, [])
    expect(event).toStrictEqual({ revenue: 5, productId: 'a', revenueType: 'own', currency: 'EUR' })
  })

  test('on a product, reads product_id before productId and takes the order revenue type and currency', () => {
    const event: Record<string, unknown> = {}
    const defaults = orderRevenueDefaults({ revenueType: 'Sale', currency: 'USD' })
    writeRevenueFields(event, 6, { productId: 'a', product_id: 'b', price: 3, quantity: 2, revenueType: 'Gift', currency: 'EUR' }, 'properties.products[0]', defaults, [])
    expect(event).toStrictEqual({ revenue: 6, price: 3, quantity: 2, productId: 'b', revenueType: 'Sale', currency: 'USD' })
  })

  test('a number product id becomes its decimal string', () => {
    const event: Record<string, unknown> = {}
    writeRevenueFields(event, 1, { productId: 42 }, 'properties', {}, [])
    expect(event).toStrictEqual({ revenue: 1, productId: '42' })
  })
})

describe('orderRevenueDefaults', () => {
  test('defaults the revenue type to Purchase and has no currency without one', () => {
    expect(orderRevenueDefaults({})).toStrictEqual({ revenueType: 'Purchase', currency: undefined, inherited: true })
  })
})
