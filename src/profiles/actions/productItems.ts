import type { Issue } from '../../issues/issue.js'
import type { SegmentData } from '../../models/segment/types.js'
import { isPlainObject, own } from '../../util/object.js'
import { type RejectionReport, type RevenueFields, revenueFields } from './revenueFields.js'

/**
 * `properties.products` as Segment's Actions mapping reads it: each item reduced to its `price`,
 * `revenue`, `quantity`, `productId` and `revenueType`, coerced ({@link revenueFields}). A lone
 * object counts as one item; an item that is not an object maps to `{}`, and a `null` item to
 * zeros and empty text, as Segment's coercion of its all-null keys gives. Missing or `null`
 * products give no items; any other value warns (Segment rejects such a message) and gives none.
 *
 * @example
 * productItems({ products: [{ product_id: 'p1', price: '5', quantity: 2 }] }, report, issues)
 * // [{ price: 5, quantity: 2 }]
 */
export function productItems(properties: SegmentData | undefined, report: RejectionReport, issues: Issue[]): RevenueFields[] {
  const products = properties === undefined ? undefined : own(properties, 'products')
  if (products === undefined || products === null || products === '') return []
  const items = Array.isArray(products) ? products : isPlainObject(products) ? [products] : undefined
  if (items === undefined) {
    issues.push({
      severity: 'warning',
      code: report.code,
      path: 'properties.products',
      message: `properties.products is ${typeof products}, not a list of products (Segment's Actions destination rejects such a message); ${report.consequence}`,
    })
    return []
  }
  // A counted loop, not map: map skips the holes of a sparse array (not from JSON, but possible),
  // which would leave holes in the result. A hole reads as undefined, as a missing item does.
  const fields: RevenueFields[] = []
  for (let index = 0; index < items.length; index++) {
    fields.push(revenueFields(items[index], index, report, issues))
  }
  return fields
}
