import type { Issue } from '../../issues/issue.js'
import type { JsonObject } from '../../models/json.js'
import { toJsonObject } from '../../fields/json.js'
import { isPlainObject, own } from '../../util/object.js'

/**
 * The top-level `traits` of any call, as Segment's Actions mappings read them for
 * `user_properties` and `group_properties` (`$.traits`; `context.traits` is not mapped). An empty
 * object is kept. A value that is not an object is left out with an `invalid_traits` warning
 * (Segment rejects such a message).
 *
 * @example
 * actionsTraits({ type: 'track', event: 'E', traits: { plan: 'pro' } }, issues) // { plan: 'pro' }
 */
export function actionsTraits(message: object, issues: Issue[]): JsonObject | undefined {
  // A track, page or screen call has no traits in the Segment Spec; the parser leaves them as sent.
  const traits = own(message as Readonly<Record<string, unknown>>, 'traits')
  if (traits === undefined || traits === null) return undefined
  if (isPlainObject(traits)) return toJsonObject(traits, 'traits', issues)
  issues.push({
    severity: 'warning',
    code: 'invalid_traits',
    path: 'traits',
    message: `traits is ${Array.isArray(traits) ? 'an array' : `a ${typeof traits}`}, not an object (Segment's Actions destination rejects such a message); the event is sent without user properties`,
  })
  return undefined
}
