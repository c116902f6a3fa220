import type { AmplitudeCall, GroupIdentification, Identification } from '../../models/amplitude/types.js'
import { identity, requireIdentity, writeIds } from '../../fields/identity.js'
import { toJsonObject } from '../../fields/json.js'
import type { SegmentData } from '../../models/segment/types.js'
import type { ResolvedSettings } from '../../settings/resolveSettings.js'
import { own } from '../../util/object.js'
import type { CallMapping } from '../types.js'

/** The group type used when the group traits do not name one. */
export const SEGMENT_GROUP_TYPE = '[Segment] Group'

function traitText(traits: SegmentData | undefined, name: string | undefined): string | undefined {
  if (traits === undefined || name === undefined || name === '') return undefined
  const value = own(traits, name)
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/**
 * The Amplitude group of a group call (SPEC section 4): `traits[groupTypeTrait]` and
 * `traits[groupValueTrait]` when both settings are set and both traits are non-empty;
 * otherwise `[Segment] Group` and `groupId`. `value` is absent when there is none.
 *
 * @example
 * groupOf({ type: 'group', groupId: 'g-1' }, resolveSettings()) // { type: '[Segment] Group', value: 'g-1' }
 */
export function groupOf(
  message: { readonly groupId?: string; readonly traits?: SegmentData },
  settings: ResolvedSettings,
): { readonly type: string; readonly value: string | undefined } {
  const type = traitText(message.traits, settings.groupTypeTrait)
  const value = traitText(message.traits, settings.groupValueTrait)
  if (type !== undefined && value !== undefined) return { type, value }
  return { type: SEGMENT_GROUP_TYPE, value: message.groupId }
}

/**
 * Classic `group` (SPEC section 4): an `identify` call that makes the user a member
 * (`groups` and a user property `{type: value}`), then, when the group has traits, a
 * `groupidentify` call with all the traits as `group_properties`.
 *
 * @example
 * mapGroup({ type: 'group', userId: 'user-1', groupId: 'acme', traits: { plan: 'pro' } }, context)
 * // [{ api: 'identify', identification: { user_id: 'user-1', groups: { '[Segment] Group': 'acme' }, user_properties: { '[Segment] Group': 'acme' } } },
 * //  { api: 'groupidentify', identification: { group_type: '[Segment] Group', group_value: 'acme', group_properties: { plan: 'pro' } } }]
 */
export const mapGroup: CallMapping<'group'> = (message, { settings, issues }) => {
  const { type, value } = groupOf(message, settings)
  if (value === undefined) {
    issues.push({
      severity: 'error',
      code: 'missing_group_id',
      path: 'groupId',
      message: 'the group call has no groupId (and no group value trait); Amplitude needs a group value',
    })
    return undefined
  }
  const ids = identity(message, settings.preferAnonymousIdForDeviceId)
  if (!requireIdentity(ids, issues)) return undefined
  const membership: Record<string, unknown> = {}
  writeIds(membership, ids)
  membership['groups'] = { [type]: value }
  membership['user_properties'] = { [type]: value }
  const calls: AmplitudeCall[] = [{ api: 'identify', identification: membership as Identification }]
  const traits = message.traits === undefined ? undefined : toJsonObject(message.traits, 'traits', issues)
  if (traits !== undefined && Object.keys(traits).length > 0) {
    const group: GroupIdentification = { group_type: type, group_value: value, group_properties: traits }
    calls.push({ api: 'groupidentify', identification: group })
  }
  return calls
}
