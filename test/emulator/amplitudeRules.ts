/**
 * Amplitude's documented request rules, as the emulator enforces them. Numbers and lists come
 * from /work/shared/research/amplitude-apis-and-rudderstack.md (A1-A5, A7). Deliberately written
 * out again rather than imported from src/requests: the emulator stands in for Amplitude, so it
 * must not share the library's (possibly wrong) copy of the rules it checks.
 */

/** The paths the emulator serves, with the API each belongs to and its body limit in bytes. */
export const ROUTES = {
  '/2/httpapi': { api: 'event', maxBytes: 1_000_000 },
  '/batch': { api: 'event', maxBytes: 20_000_000 },
  '/identify': { api: 'identify', maxBytes: 1_000_000 },
  '/groupidentify': { api: 'groupidentify', maxBytes: 1_000_000 },
  '/usermap': { api: 'usermap', maxBytes: 1_000_000 },
} as const

export type Route = keyof typeof ROUTES
export type Api = (typeof ROUTES)[Route]['api']

export const MAX_EVENTS_PER_REQUEST = 2_000
export const MAX_GROUP_IDENTIFICATIONS_PER_REQUEST = 1_024
export const MAX_MAPPINGS_PER_REQUEST = 2_000
export const DEFAULT_MIN_ID_LENGTH = 5

/** Id values Amplitude refuses outright (compared case-insensitively). */
export const INVALID_ID_VALUES: ReadonlySet<string> = new Set([
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

/** Event types only Amplitude itself may send. */
export const RESERVED_EVENT_TYPES: ReadonlySet<string> = new Set([
  '[Amplitude] Start Session',
  '[Amplitude] End Session',
  '[Amplitude] Revenue',
  '[Amplitude] Revenue (Verified)',
  '[Amplitude] Revenue (Unverified)',
  '[Amplitude] Merged User',
])
