import type { Issue } from '../../issues/issue.js'
import { joinPath } from '../../issues/path.js'
import { showValue } from '../../fields/showValue.js'
import { own } from '../../util/object.js'
import { coerceField, type FieldKind, type Placement, REJECTED } from './coerceField.js'
import type { ActionsIssueCode } from './codes.js'

/** The revenue fields of Segment's Actions mappings, coerced. */
export interface RevenueFields {
  price?: number
  revenue?: number
  quantity?: number
  productId?: string
  revenueType?: string
}

/** The revenue keys Segment maps, in its order, with their types (camelCase only: no `product_id`). */
export const REVENUE_FIELD_KINDS: readonly (readonly [key: keyof RevenueFields, kind: FieldKind])[] = [
  ['price', 'number'],
  ['revenue', 'number'],
  ['quantity', 'integer'],
  ['productId', 'string'],
  ['revenueType', 'string'],
]

const EXPECTED: Readonly<Record<FieldKind, string>> = { number: 'a number', integer: 'an integer', string: 'text' }

/** How a revenue field Segment cannot coerce is reported: which code, and what happens instead. */
export interface RejectionReport {
  readonly code: ActionsIssueCode
  readonly consequence: string
}

/** Where a revenue field sits: `properties.<key>`, or `properties.products[<index>].<key>`. */
function pathOf(productIndex: number | undefined, key: string): string {
  return productIndex === undefined ? joinPath('properties', key) : joinPath(joinPath('properties.products', productIndex), key)
}

/**
 * Reads `price`, `revenue`, `quantity`, `productId` and `revenueType` from `source` (the
 * properties, or the product at `productIndex`) as Segment's ajv coerces them (`"5"` -> 5, `7` ->
 * `"7"`). A value it cannot coerce (a quantity of 2.5, a revenue of `"$1,234.50"`) is left out
 * with a warning at its path: Segment rejects the whole message there.
 *
 * @example
 * revenueFields({ price: '5', quantity: 2, productId: 7 }, undefined, report, issues)
 * // { price: 5, quantity: 2, productId: '7' }
 */
export function revenueFields(
  source: unknown,
  productIndex: number | undefined,
  report: RejectionReport,
  issues: Issue[],
): RevenueFields {
  const placement: Placement = productIndex === undefined ? 'root' : 'item'
  const fields: Record<string, string | number> = {}
  for (const [key, kind] of REVENUE_FIELD_KINDS) {
    // Segment's path lookup stops at a falsy value and hands it on: a null product maps every key to null.
    const raw = typeof source === 'object' && source !== null ? own(source as Readonly<Record<string, unknown>>, key) : source ? undefined : source
    const value = coerceField(kind, raw, placement)
    if (value === REJECTED) {
      // The path is built only here: most products have nothing to report.
      const at = pathOf(productIndex, key)
      issues.push({
        severity: 'warning',
        code: report.code,
        path: at,
        message: `${at} ${showValue(raw)} is not ${EXPECTED[kind]} (Segment's Actions destination rejects such a message); ${report.consequence}`,
      })
    } else if (value !== undefined) {
      fields[key] = value
    }
  }
  return fields as RevenueFields
}

/**
 * Segment's `getRevenueProperties`, written into `target`: `revenue` = price x quantity when both
 * are numbers (this beats an explicit revenue), otherwise `revenue`. A revenue of 0 or none writes
 * no keys at all; otherwise `revenue`, `revenueType` (default `Purchase`), `quantity`, `price` and
 * `productId` as present.
 *
 * @example
 * const event = {}
 * writeRevenueProperties(event, { price: 3.333, quantity: 3, revenue: 1 })
 * // event: { revenue: 9.999, revenueType: 'Purchase', quantity: 3, price: 3.333 }
 */
export function writeRevenueProperties(target: Record<string, unknown>, fields: RevenueFields): void {
  const { price, quantity } = fields
  const revenue = price !== undefined && quantity !== undefined ? quantity * price : fields.revenue
  if (!revenue) return
  target['revenue'] = revenue
  target['revenueType'] = fields.revenueType ?? 'Purchase'
  if (quantity !== undefined) target['quantity'] = Math.round(quantity)
  if (price !== undefined) target['price'] = price
  if (fields.productId !== undefined) target['productId'] = fields.productId
}
