import type { Batch, BatchItem } from './batch.js'
import { web } from './webGlobals.js'

/**
 * Writes a body holding only `items`, keeping everything else of the original (`api_key`,
 * `options`, other form fields) as it was.
 *
 * @example
 * const body = encodeBatch(batch, items.slice(1)) // the request without its first call
 */
export function encodeBatch(batch: Batch, items: readonly BatchItem[]): string {
  const payloads = items.map((item) => item.payload)
  if (batch.json !== undefined) return JSON.stringify({ ...batch.json, [batch.itemsField]: payloads })
  const form = new web.URLSearchParams()
  for (const [name, value] of batch.form ?? []) {
    form.append(name, name === batch.itemsField ? JSON.stringify(payloads) : value)
  }
  return form.toString()
}
