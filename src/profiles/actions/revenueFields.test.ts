import { describe, expect, test } from 'vitest'
import type { Issue } from '../../issues/issue.js'
import { type RevenueFields, revenueFields, writeRevenueProperties } from './revenueFields.js'

const REPORT = { code: 'invalid_revenue_field', consequence: 'it is left out' } as const

describe('revenueFields', () => {
  test('reads camelCase keys only, coerced', () => {
    const issues: Issue[] = []
    expect(revenueFields({ price: '5', quantity: '2', productId: 7, product_id: 'ignored', revenueType: 'Refund' }, undefined, REPORT, issues)).toStrictEqual({
      price: 5,
      quantity: 2,
      productId: '7',
      revenueType: 'Refund',
    })
    expect(issues).toStrictEqual([])
  })

  test('maps every key of a null product to null, which coerces to zeros and empty text', () => {
    expect(revenueFields(null, 0, REPORT, [])).toStrictEqual({ price: 0, revenue: 0, quantity: 0, productId: '', revenueType: '' })
    expect(revenueFields('str', 1, REPORT, [])).toStrictEqual({})
  })

  test('leaves out a value Segment rejects, with a warning at its path', () => {
    const issues: Issue[] = []
    expect(revenueFields({ quantity: 2.5, price: 3 }, undefined, REPORT, issues)).toStrictEqual({ price: 3 })
    expect(issues.map(({ code, path }) => [code, path])).toStrictEqual([['invalid_revenue_field', 'properties.quantity']])
  })

  test("reports a product's rejected value at that product's path", () => {
    const issues: Issue[] = []
    expect(revenueFields({ price: 'five', productId: 'p1' }, 2, REPORT, issues)).toStrictEqual({ productId: 'p1' })
    expect(issues.map(({ path }) => path)).toStrictEqual(['properties.products[2].price'])
  })
})

function revenueProperties(fields: RevenueFields): Record<string, unknown> {
  const target: Record<string, unknown> = {}
  writeRevenueProperties(target, fields)
  return target
}

describe('writeRevenueProperties', () => {
  test('makes price times quantity beat an explicit revenue, keeping a float product', () => {
    expect(revenueProperties({ price: 3.333, quantity: 3, revenue: 1, productId: 'p1', revenueType: 'Refund' })).toStrictEqual({
      revenue: 9.999,
      revenueType: 'Refund',
      quantity: 3,
      price: 3.333,
      productId: 'p1',
    })
  })

  test('gives no keys at all for a revenue of 0 or none, and defaults the type to Purchase', () => {
    expect(revenueProperties({ revenue: 0, productId: 'p1' })).toStrictEqual({})
    expect(revenueProperties({ price: 5 })).toStrictEqual({})
    expect(revenueProperties({ revenue: 12.5 })).toStrictEqual({ revenue: 12.5, revenueType: 'Purchase' })
  })
})
