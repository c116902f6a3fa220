import type { Issue } from '../issues/issue.js'
import type { SegmentCommon, SegmentData } from '../models/segment/types.js'
import { isPlainObject, own } from '../util/object.js'
import { showValue } from './showValue.js'
import { withoutNegativeZero } from './withoutNegativeZero.js'

/** The `integrations` key each profile answers to. */
export type IntegrationName = 'Amplitude' | 'Actions Amplitude'

/**
 * The `integrations` key that turns this destination off (SPEC section 2): `name` when
 * `integrations[name] === false`; `All` when `integrations.All === false` and `integrations[name]`
 * is not truthy. `undefined` when the message is meant for the destination.
 *
 * @example
 * turnedOffBy({ integrations: { All: false } }, 'Amplitude') // 'All'
 * turnedOffBy({ integrations: { All: false, Amplitude: true } }, 'Amplitude') // undefined
 */
export function turnedOffBy(message: SegmentCommon, name: IntegrationName): IntegrationName | 'All' | undefined {
  const integrations = message.integrations
  if (integrations === undefined) return undefined
  const own_ = own(integrations, name)
  if (own_ === false) return name
  return own(integrations, 'All') === false && !own_ ? 'All' : undefined
}

/**
 * Whether the message is meant for this destination (SPEC section 2): not when
 * `integrations[name] === false`, nor when `integrations.All === false` and `integrations[name]`
 * is not truthy.
 *
 * @example
 * isForAmplitude({ integrations: { All: false, Amplitude: true } }, 'Amplitude') // true
 */
export function isForAmplitude(message: SegmentCommon, name: IntegrationName): boolean {
  return turnedOffBy(message, name) === undefined
}

/**
 * The options object of `integrations[name]` (`{}` when it is `true` or absent).
 *
 * @example
 * integrationOptions({ integrations: { Amplitude: { session_id: 1 } } }, 'Amplitude') // { session_id: 1 }
 */
export function integrationOptions(message: SegmentCommon, name: IntegrationName): SegmentData {
  const value = message.integrations === undefined ? undefined : own(message.integrations, name)
  return isPlainObject(value) ? value : NO_OPTIONS
}

/**
 * What {@link integrationOptions} returns when there are no options: one shared frozen object, so
 * a caller can skip reading options by identity.
 *
 * @example
 * integrationOptions({}, 'Amplitude') === NO_OPTIONS // true
 */
export const NO_OPTIONS: SegmentData = Object.freeze({})

/**
 * An integration option that must be an integer (`event_id`): absent when missing; a warning at
 * its path when present but not an integer.
 *
 * @example
 * integerOption({ event_id: 3 }, 'event_id', 'integrations.Amplitude', issues) // 3
 */
export function integerOption(options: SegmentData, key: string, base: string, issues: Issue[]): number | undefined {
  const value = own(options, key)
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number' && Number.isInteger(value)) return withoutNegativeZero(value)
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value)
  issues.push({
    severity: 'warning',
    code: 'invalid_option',
    path: `${base}.${key}`,
    message: `${base}.${key} must be an integer, got ${showValue(value)}; it was ignored`,
  })
  return undefined
}
