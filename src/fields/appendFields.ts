import type { Issue } from '../issues/issue.js'
import type { JsonObject } from '../models/json.js'
import type { SegmentMessage } from '../models/segment/types.js'
import { hasOwn, isPlainObject, own, setOwn } from '../util/object.js'
import { toJsonObject } from './json.js'

function readPath(message: SegmentMessage, path: string): unknown {
  let value: unknown = message
  for (const key of path.split('.')) {
    if (!isPlainObject(value)) return undefined
    value = own(value, key)
  }
  return value
}

/**
 * `appendFieldsToEventProps` (SPEC section 9): copies message fields (`context.page.title`) into
 * event properties under the configured names. A property the message already has is kept, with
 * a warning that the appended value was not applied (conservation: properties are never
 * overwritten silently). Returns `properties` itself when nothing is appended.
 *
 * @example
 * appendFields({ page: 'x' }, message, { 'context.page.title': 'page_title' }, issues)
 * // { page: 'x', page_title: 'Pricing' }
 */
export function appendFields(
  properties: JsonObject,
  message: SegmentMessage,
  fields: Readonly<Record<string, string>>,
  issues: Issue[],
): JsonObject {
  let result: Record<string, unknown> | undefined
  // for-in, not Object.keys: no array per event for the usual empty setting.
  for (const path in fields) {
    if (!hasOwn(fields, path)) continue
    const name = fields[path] as string
    const raw = readPath(message, path)
    if (raw === undefined || raw === null) continue
    if (hasOwn(properties, name)) {
      issues.push({
        severity: 'warning',
        code: 'append_field_conflict',
        path,
        message: `appendFieldsToEventProps maps ${path} to ${name}, but the event already has that property; the property was kept`,
      })
      continue
    }
    const cleaned = toJsonObject({ value: raw }, path, issues)['value']
    if (cleaned === undefined) continue
    result ??= { ...properties }
    setOwn(result, name, cleaned)
  }
  return (result ?? properties) as JsonObject
}
