import type { AmplitudeCall, Identification } from '../../models/amplitude/types.js'
import { contextOperations } from '../../fields/campaign.js'
import { writeDeviceFields } from '../../fields/deviceFields.js'
import { groupsOption } from '../../fields/groups.js'
import { writeMessageIds } from '../../fields/identity.js'
import { integrationOptions } from '../../fields/integrationOptions.js'
import { toJsonObject } from '../../fields/json.js'
import { type TraitOperationLists, userProperties } from '../../fields/userProperties.js'
import type { ResolvedSettings } from '../../settings/resolveSettings.js'
import { hasOwn, own } from '../../util/object.js'
import type { CallMapping } from '../types.js'

/** The device and location keys the Identify API accepts (SPEC section 4), in output order. */
export const IDENTIFY_DEVICE_KEYS: readonly string[] = [
  'app_version',
  'platform',
  'os_name',
  'os_version',
  'device_brand',
  'device_manufacturer',
  'device_model',
  'carrier',
  'country',
  'region',
  'city',
  'dma',
  'language',
]

const OPTIONS_PATH = 'integrations.Amplitude'
const IDENTIFY_OPTION_KEYS = ['paying', 'start_version'] as const

// No lists at all when every one is empty (the default): no trait is then claimed by any.
function traitOperationLists(settings: ResolvedSettings): TraitOperationLists | undefined {
  const { traitsToIncrement, traitsToSetOnce, traitsToAppend, traitsToPrepend } = settings
  if (traitsToIncrement.length + traitsToSetOnce.length + traitsToAppend.length + traitsToPrepend.length === 0) return undefined
  return { $add: traitsToIncrement, $setOnce: traitsToSetOnce, $append: traitsToAppend, $prepend: traitsToPrepend }
}

/**
 * Classic `identify` (SPEC section 4): one Identify API identification with the user's ids,
 * `user_properties` from the traits (trait-operation settings, UTM and referrer), `groups`,
 * `paying` and `start_version` from the integration options, and the device fields of section 3
 * that the Identify API accepts.
 *
 * @example
 * mapIdentify({ type: 'identify', userId: 'user-1', traits: { plan: 'pro' } }, context)
 * // [{ api: 'identify', identification: { user_id: 'user-1', user_properties: { plan: 'pro' } } }]
 */
export const mapIdentify: CallMapping<'identify'> = (message, { settings, issues }) => {
  const identification: Record<string, unknown> = {}
  if (!writeMessageIds(identification, message, settings.preferAnonymousIdForDeviceId, issues)) return undefined
  const options = integrationOptions(message, 'Amplitude')
  const traits = message.traits === undefined ? undefined : toJsonObject(message.traits, 'traits', issues)
  const context = message.context
  const user = userProperties(traits, traitOperationLists(settings), contextOperations(context, settings), 'traits', issues)
  if (user !== undefined) identification['user_properties'] = user
  const groups = groupsOption(options, OPTIONS_PATH, issues)
  if (groups !== undefined) identification['groups'] = groups
  const device: Record<string, unknown> = {}
  writeDeviceFields(device, context, message.traits, settings)
  // Own-key checks: most keys are absent, and reading an absent key walks the prototype chain.
  for (const key of IDENTIFY_DEVICE_KEYS) if (hasOwn(device, key)) identification[key] = device[key]
  for (const key of IDENTIFY_OPTION_KEYS) {
    const value = own(options, key)
    if (value === undefined || value === null) continue
    const cleaned = toJsonObject({ [key]: value }, OPTIONS_PATH, issues)[key]
    if (cleaned !== undefined) identification[key] = cleaned
  }
  const calls: AmplitudeCall[] = [{ api: 'identify', identification: identification as Identification }]
  return calls
}
