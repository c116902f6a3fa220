export { toRequests } from './toRequests.js'
export { validateCalls } from './validateCalls.js'
export { decodeRequest } from './decodeRequest.js'
export { AMPLITUDE_ENDPOINTS, type AmplitudeEndpoints } from './endpoints.js'
export {
  DEFAULT_MIN_ID_LENGTH,
  MAX_BATCH_BODY_BYTES,
  MAX_BODY_BYTES,
  MAX_EVENTS_PER_REQUEST,
  MAX_GROUP_IDENTIFICATIONS_PER_REQUEST,
  MAX_GROUP_TYPES,
  MAX_GROUP_VALUES,
  MAX_IDENTIFICATIONS_PER_REQUEST,
  MAX_MAPPINGS_PER_REQUEST,
  MAX_NESTING_DEPTH,
  MAX_STRING_LENGTH,
} from './limits.js'
export { INVALID_IDS, RESERVED_EVENT_TYPES } from './reservedValues.js'
export { REQUEST_ISSUE_CODES, type RequestIssueCode } from './codes.js'
export type { AmplitudeRequest, RequestOptions } from './types.js'
