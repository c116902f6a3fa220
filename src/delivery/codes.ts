/**
 * Every reason `deliver` can give for a rejected call, with what it means. The delivery guide's
 * table is written from this catalogue, so keep the two in step.
 *
 * @example
 * const meaning = DELIVERY_REJECTION_REASONS.exhausted // 'retries used up: ...'
 */
export const DELIVERY_REJECTION_REASONS = {
  invalid_fields: 'Amplitude listed the call in `events_with_invalid_fields` (400); `field` names the field',
  missing_fields: 'Amplitude listed the call in `events_with_missing_fields` (400); `field` names the field',
  invalid_id_length: 'Amplitude listed the call in `events_with_invalid_id_lengths` (400): an id shorter than `min_id_length`',
  silenced: 'Amplitude listed the call in `silenced_events` or its device in `silenced_devices`',
  daily_quota_exceeded: 'the call\'s user or device is in `exceeded_daily_quota_users` / `exceeded_daily_quota_devices`',
  invalid_api_key: 'Amplitude answered `Invalid API key`; every call with that key is rejected without being sent again',
  missing_field: 'Amplitude answered 400 with a request-level `missing_field`; the whole request is rejected',
  payload_too_large: 'Amplitude answered 413 for a request holding only this call',
  forbidden: 'Amplitude answered 403 (blocked by its firewall); not retried',
  bad_request: 'Amplitude answered 400 (or another 4xx) without listing which calls were at fault; not retried',
  exhausted: 'retries used up: the last attempt failed with 429, 408, 5xx, a network error or a timeout',
} as const

/**
 * A reason code of {@link DELIVERY_REJECTION_REASONS}.
 *
 * @example
 * const retryLater: readonly RejectionReason[] = ['exhausted']
 */
export type RejectionReason = keyof typeof DELIVERY_REJECTION_REASONS
