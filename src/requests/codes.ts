/**
 * Every issue code `validateCalls` and `toRequests` can report, with what it means. A call with an
 * `error` is left out of the requests; a call with only `warning`s is sent as it is.
 *
 * @example
 * REQUEST_ISSUE_CODES.invalid_id // 'error: user_id, device_id or a mapping id is …'
 */
export const REQUEST_ISSUE_CODES = {
  invalid_call: 'error: the call is not an object with a known `api` and its payload object',
  invalid_id:
    'error: user_id, device_id or a mapping id is not a string or is a value Amplitude rejects (null, anonymous, 0, -1, …)',
  short_id:
    'warning: an id is shorter than minIdLength; Amplitude removes it, and the call\'s other id still identifies it',
  missing_id:
    'error: the call has no id Amplitude keeps: neither user_id nor device_id (or only ids shorter than minIdLength), or a mapping without user_id or global_user_id',
  invalid_event_type: 'error: event_type is missing, not a string, empty or only whitespace',
  reserved_event_type: 'error: event_type is one Amplitude reserves (`[Amplitude] Revenue`, `$identify`, …)',
  missing_group: 'error: a group identification has no non-empty string group_type or group_value',
  not_integer: 'error: time, session_id, event_id or quantity is not an integer; Amplitude rejects the event',
  too_deep: 'error: an object or array is nested deeper than the 40 levels Amplitude accepts',
  string_too_long: 'warning: a string (value or property name) is longer than 1,024 characters; Amplitude truncates it',
  too_many_group_types: 'warning: more than 5 group types; Amplitude silently does not track the extra ones',
  too_many_group_values: 'warning: more than 10 group values in all; Amplitude silently does not track the extra ones',
  non_finite_number: 'warning: a number is NaN or infinite; JSON sends it as null',
  unserializable_call: 'error: the call cannot be serialised as JSON (a cycle or a BigInt); it was not sent',
  call_too_large: 'error: the call alone, encoded, exceeds the body-size limit of its API; it was not sent',
} as const

/**
 * A code of {@link REQUEST_ISSUE_CODES}.
 *
 * @example
 * const code: RequestIssueCode = 'call_too_large'
 */
export type RequestIssueCode = keyof typeof REQUEST_ISSUE_CODES
