/**
 * `segment-amplitude/delivery`: the one part of the library that does network I/O. It sends the
 * requests `toRequests` builds, with Amplitude's retry semantics, and reports every call's fate.
 */
export { deliver } from './deliver.js'
export { DELIVERY_REJECTION_REASONS, type RejectionReason } from './codes.js'
export type {
  DeliveryFetch,
  DeliveryFetchInit,
  DeliveryFetchResponse,
  DeliveryOptions,
  DeliveryProgress,
  DeliveryReport,
  RejectedCall,
  RuntimeAbortSignal,
} from './types.js'
