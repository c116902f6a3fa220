import type { Issue } from '../../src/issues/issue.js'
import type { AmplitudeCall } from '../../src/models/amplitude/types.js'
import type { Settings } from '../../src/settings/settings.js'
import { validateCalls } from '../../src/requests/validateCalls.js'
import { normaliseId } from './normaliseId.js'
import { payloadOf } from './payloadOf.js'
import { readPath } from './readPath.js'

/**
 * Where a payload field comes from in the message: the roots of the input paths whose issues can
 * explain a problem with that field. Fields not listed are device and location fields (`context`).
 */
const SOURCES: Readonly<Record<string, readonly string[]>> = {
  user_id: ['userId', 'previousId', 'integrations'],
  device_id: ['anonymousId', 'context'],
  global_user_id: ['userId'],
  event_type: ['event', 'name', 'category'],
  time: ['timestamp', 'originalTimestamp'],
  session_id: ['integrations'],
  event_id: ['integrations'],
  groups: ['integrations', 'traits', 'groupId'],
  group_type: ['traits', 'groupId'],
  group_value: ['traits', 'groupId'],
  group_properties: ['traits'],
  user_properties: ['traits', 'context'],
  event_properties: ['properties', 'name', 'category'],
  revenue: ['properties'],
  price: ['properties'],
  quantity: ['properties'],
  productId: ['properties'],
  revenueType: ['properties'],
  currency: ['properties'],
}

const ID_FIELDS: ReadonlySet<string> = new Set(['user_id', 'device_id', 'global_user_id'])
const ID_CODES: ReadonlySet<string> = new Set(['invalid_id', 'missing_id'])
const ID_PATHS = ['userId', 'anonymousId', 'previousId', 'context.device.id', 'integrations.Amplitude.unmap']
const ERROR_PATH = /^\[(\d+)\]\.(?:event|identification|mapping)(?:\.([A-Za-z_$][\w$]*))?/

function within(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`)
}

/**
 * The validity rule of the contract suite, stated once. `validateCalls` (SPEC section 7, default
 * options) reports an error for a call Amplitude would reject. Each such error must be explained:
 *
 * 1. by a `warning` (or `error`) of `translate` whose path lies within one of the message paths
 *    the failing payload field is built from (`SOURCES`: `event_properties` from `properties`,
 *    `name`, `category` and the `appendFieldsToEventProps` paths; `user_properties` from `traits`
 *    and `context`; device fields from `context`; …), or
 * 2. by being an id rule of the request layer (`invalid_id`, `missing_id` on `user_id`,
 *    `device_id` or `global_user_id`) about an id `translate` copied verbatim from the message
 *    (`userId`, `anonymousId`, `previousId`, `context.device.id`, the `unmap` option, read as
 *    SPEC section 2 says): Amplitude's invalid-id list and minimum id length are request-time
 *    policy (`toRequests`' `minIdLength`), which `translate` does not know and does not apply.
 *
 * Returns the errors explained by neither: the contract expects none.
 *
 * @example
 * unexplainedErrors(result.calls, result.issues, message, settings) // []
 */
export function unexplainedErrors(
  calls: readonly AmplitudeCall[],
  translateIssues: readonly Issue[],
  message: unknown,
  settings: Partial<Settings>,
): Issue[] {
  const explaining = translateIssues.filter((issue) => issue.severity !== 'info').map((issue) => issue.path)
  const verbatimIds = new Set(ID_PATHS.map((path) => normaliseId(readPath(message, path))).filter((id) => id !== undefined))
  const appended = Object.keys(settings.appendFieldsToEventProps ?? {})
  return validateCalls(calls).filter((error) => {
    if (error.severity !== 'error') return false
    const match = ERROR_PATH.exec(error.path)
    if (match === null) return true
    const field = match[2]
    if (field === undefined) return true
    if (ID_CODES.has(error.code) && ID_FIELDS.has(field)) {
      const value = payloadOf(calls[Number(match[1])] as AmplitudeCall)[field]
      if (typeof value === 'string' && verbatimIds.has(value)) return false
    }
    const roots = [...(SOURCES[field] ?? ['context']), ...(field === 'event_properties' ? appended : [])]
    return !explaining.some((path) => roots.some((root) => within(path, root)))
  })
}
