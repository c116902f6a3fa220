/**
 * Id values Amplitude rejects with a 400, compared case-insensitively. `""` is the two-character
 * string made of two double quotes, not the empty string (which is a short id).
 *
 * @example
 * INVALID_IDS.includes('null') // true
 */
export const INVALID_IDS: readonly string[] = Object.freeze([
  'anonymous',
  'nil',
  'none',
  'null',
  'n/a',
  'na',
  'undefined',
  'unknown',
  '""',
  '00000000-0000-0000-0000-000000000000',
  '{}',
  'lmy47d',
  '0',
  '-1',
])

/**
 * `event_type`s an event must not use: Amplitude's own, and the two special types this library
 * never sends as events because it uses the dedicated Identify and Group Identify APIs.
 *
 * @example
 * RESERVED_EVENT_TYPES.includes('[Amplitude] Revenue') // true
 */
export const RESERVED_EVENT_TYPES: readonly string[] = Object.freeze([
  '[Amplitude] Start Session',
  '[Amplitude] End Session',
  '[Amplitude] Revenue',
  '[Amplitude] Revenue (Verified)',
  '[Amplitude] Revenue (Unverified)',
  '[Amplitude] Merged User',
  '$identify',
  '$groupidentify',
])
