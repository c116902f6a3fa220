import type { JsonObject } from '../models/json.js'
import { isPlainObject } from '../util/object.js'

/**
 * Whether a value parsed from JSON is an object (not an array, not null).
 *
 * @example
 * isJsonObject(JSON.parse('{"events":[]}')) // true
 * isJsonObject(JSON.parse('[1]')) // false
 */
export function isJsonObject(value: unknown): value is JsonObject {
  return isPlainObject(value)
}
