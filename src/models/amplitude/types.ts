/**
 * Amplitude wire types. Field names are exactly those Amplitude's ingestion APIs accept
 * (`user_id`, `insert_id`, `productId`, `$setOnce`…); a value of one of these types is the JSON
 * object Amplitude receives, with no `undefined` values and no internal keys.
 */
import type { JsonObject, JsonValue } from '../json.js'

/**
 * User-property operations of the Identify API and of `$identify` events. Amplitude forbids
 * mixing these with plain keys in one `user_properties` object.
 *
 * @example
 * const ops: UserPropertyOperations = { $set: { plan: 'pro' }, $add: { logins: 1 } }
 */
export interface UserPropertyOperations {
  readonly $set?: JsonObject
  readonly $setOnce?: JsonObject
  readonly $add?: JsonObject
  readonly $append?: JsonObject
  readonly $prepend?: JsonObject
  /** Values are `"-"`. */
  readonly $unset?: JsonObject
  readonly $preInsert?: JsonObject
  readonly $postInsert?: JsonObject
  readonly $remove?: JsonObject
  /** Value `"-"`: wipes every user property. */
  readonly $clearAll?: '-'
}

/**
 * The operation keys of {@link UserPropertyOperations}, in the order Amplitude applies them.
 *
 * @example
 * const operation: UserPropertyOperation = '$setOnce'
 */
export type UserPropertyOperation = keyof UserPropertyOperations

/**
 * `user_properties`: either plain keys (an implicit `$set`) or operations, never both.
 *
 * @example
 * const plain: UserProperties = { plan: 'pro' }
 * const ops: UserProperties = { $setOnce: { initial_utm_source: 'newsletter' } }
 */
export type UserProperties = JsonObject | UserPropertyOperations

/**
 * `groups`: group type to a group value or a list of values.
 *
 * @example
 * const groups: Groups = { company: 'Acme', team: ['design', 'research'] }
 */
export type Groups = Readonly<Record<string, string | readonly string[]>>

/**
 * Device, OS and location fields shared by events and identifications.
 *
 * @example
 * const device: AmplitudeDeviceFields = { platform: 'iOS', os_name: 'iOS', os_version: '17.1', device_model: 'iPhone14,2' }
 */
export interface AmplitudeDeviceFields {
  readonly app_version?: string
  readonly platform?: string
  readonly os_name?: string
  readonly os_version?: string
  readonly device_brand?: string
  readonly device_manufacturer?: string
  readonly device_model?: string
  readonly carrier?: string
  readonly country?: string
  readonly region?: string
  readonly city?: string
  readonly dma?: string
  readonly language?: string
}

/**
 * An event of the HTTP V2 and Batch APIs, every documented field.
 *
 * @example
 * const event: AmplitudeEvent = {
 *   event_type: 'Signed Up',
 *   user_id: 'user-123',
 *   time: 1700000000000,
 *   session_id: -1,
 *   insert_id: 'msg-1',
 *   library: 'segment',
 * }
 */
export interface AmplitudeEvent extends AmplitudeDeviceFields {
  readonly user_id?: string
  readonly device_id?: string
  readonly event_type: string
  /** Epoch milliseconds; an integer. */
  readonly time?: number
  readonly event_properties?: JsonObject
  readonly user_properties?: UserProperties
  readonly groups?: Groups
  readonly group_properties?: UserProperties
  readonly $skip_user_properties_sync?: boolean
  readonly price?: number
  readonly quantity?: number
  readonly revenue?: number
  readonly productId?: string
  readonly revenueType?: string
  readonly currency?: string
  readonly location_lat?: number
  readonly location_lng?: number
  readonly ip?: string
  readonly idfa?: string
  readonly idfv?: string
  readonly adid?: string
  readonly android_id?: string
  readonly android_app_set_id?: string
  readonly event_id?: number
  /** Session start in epoch ms; `-1` means out of session. */
  readonly session_id?: number
  readonly insert_id?: string
  readonly plan?: { readonly branch?: string; readonly source?: string; readonly version?: string }
  readonly user_agent?: string
  readonly partner_id?: string
  readonly ingestion_metadata?: { readonly source_name?: string; readonly source_version?: string }
  readonly library?: string
  readonly version_name?: string
}

/**
 * One identification of the Identify API: only the keys that API accepts.
 *
 * @example
 * const identification: Identification = { user_id: 'user-123', user_properties: { plan: 'pro' } }
 */
export interface Identification extends AmplitudeDeviceFields {
  readonly user_id?: string
  readonly device_id?: string
  readonly user_properties?: UserProperties
  readonly groups?: Groups
  readonly paying?: JsonValue
  readonly start_version?: JsonValue
  /** Not documented by the Identify API; the Actions profile sends `"segment"`, as Segment does. */
  readonly library?: string
  /** Not documented by the Identify API; the Actions profile's group membership sends it, as Segment does. */
  readonly time?: number
}

/**
 * One identification of the Group Identify API.
 *
 * @example
 * const group: GroupIdentification = {
 *   group_type: 'company',
 *   group_value: 'Acme',
 *   group_properties: { employees: 100 },
 * }
 */
export interface GroupIdentification {
  readonly group_type: string
  readonly group_value: string
  readonly group_properties?: UserProperties
  /** Not documented by the Group Identify API; the Actions profile sends `"segment"`, as Segment does. */
  readonly library?: string
}

/**
 * One mapping of the User Mapping API: map `user_id` onto `global_user_id`, or unmap it.
 *
 * @example
 * const map: UserMapping = { user_id: 'anon-1', global_user_id: 'user-123' }
 * const unmap: UserMapping = { user_id: 'anon-1', unmap: true }
 */
export type UserMapping =
  | { readonly user_id: string; readonly global_user_id: string }
  | { readonly user_id: string; readonly unmap: true }

/**
 * One thing to send to Amplitude, tagged with the API that takes it.
 *
 * @example
 * function describeCall(call: AmplitudeCall): string {
 *   switch (call.api) {
 *     case 'event': return call.event.event_type
 *     case 'identify': return 'identify'
 *     case 'groupidentify': return call.identification.group_type
 *     case 'usermap': return call.mapping.user_id
 *   }
 * }
 */
export type AmplitudeCall =
  | { readonly api: 'event'; readonly event: AmplitudeEvent }
  | { readonly api: 'identify'; readonly identification: Identification }
  | { readonly api: 'groupidentify'; readonly identification: GroupIdentification }
  | { readonly api: 'usermap'; readonly mapping: UserMapping }

/**
 * The API names of {@link AmplitudeCall}.
 *
 * @example
 * const apis: readonly AmplitudeApi[] = ['event', 'identify', 'groupidentify', 'usermap']
 */
export type AmplitudeApi = AmplitudeCall['api']
