/**
 * Amplitude's published limits (SPEC section 7, research A7). "1 MB" is read as 1,000,000 bytes
 * and "20 MB" as 20,000,000: the safe reading when the docs do not say which megabyte they mean.
 */

/**
 * Events per HTTP V2 or Batch API request.
 *
 * @example
 * MAX_EVENTS_PER_REQUEST // 2000
 */
export const MAX_EVENTS_PER_REQUEST = 2000

/**
 * Identifications per Identify API request. Amplitude publishes no count limit; we use the HTTP V2
 * event limit so an identify batch is never larger than an event batch.
 *
 * @example
 * MAX_IDENTIFICATIONS_PER_REQUEST // 2000
 */
export const MAX_IDENTIFICATIONS_PER_REQUEST = 2000

/**
 * Group identifications per Group Identify API request.
 *
 * @example
 * MAX_GROUP_IDENTIFICATIONS_PER_REQUEST // 1024
 */
export const MAX_GROUP_IDENTIFICATIONS_PER_REQUEST = 1024

/**
 * Mappings per User Mapping API request.
 *
 * @example
 * MAX_MAPPINGS_PER_REQUEST // 2000
 */
export const MAX_MAPPINGS_PER_REQUEST = 2000

/**
 * Body size, in UTF-8 bytes, of an HTTP V2, Identify, Group Identify or User Mapping request.
 *
 * @example
 * MAX_BODY_BYTES // 1_000_000
 */
export const MAX_BODY_BYTES = 1_000_000

/**
 * Body size, in UTF-8 bytes, of a Batch API request.
 *
 * @example
 * MAX_BATCH_BODY_BYTES // 20_000_000
 */
export const MAX_BATCH_BODY_BYTES = 20_000_000

/**
 * Characters in any string (ids, `event_type`, property names and values) before Amplitude
 * truncates it.
 *
 * @example
 * MAX_STRING_LENGTH // 1024
 */
export const MAX_STRING_LENGTH = 1024

/**
 * Levels of nesting in a property object (`event_properties` itself is level 1).
 *
 * @example
 * MAX_NESTING_DEPTH // 40
 */
export const MAX_NESTING_DEPTH = 40

/**
 * Group types per event or identification that Amplitude tracks.
 *
 * @example
 * MAX_GROUP_TYPES // 5
 */
export const MAX_GROUP_TYPES = 5

/**
 * Group values, counted over all group types, per event or identification that Amplitude tracks.
 *
 * @example
 * MAX_GROUP_VALUES // 10
 */
export const MAX_GROUP_VALUES = 10

/**
 * Amplitude's default minimum length of `user_id` and `device_id`.
 *
 * @example
 * DEFAULT_MIN_ID_LENGTH // 5
 */
export const DEFAULT_MIN_ID_LENGTH = 5
