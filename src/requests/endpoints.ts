/**
 * Where each kind of request goes, per data region (SPEC section 7). `batch` is the Batch API,
 * used for events when `useBatchEndpoint` is set. The User Mapping API lives on `api.amplitude.com`
 * in the US, not on `api2`, as Amplitude's User Mapping page documents.
 *
 * @example
 * AMPLITUDE_ENDPOINTS.eu.identify // 'https://api.eu.amplitude.com/identify'
 */
export const AMPLITUDE_ENDPOINTS: {
  readonly us: AmplitudeEndpoints
  readonly eu: AmplitudeEndpoints
} = Object.freeze({
  us: Object.freeze({
    event: 'https://api2.amplitude.com/2/httpapi',
    batch: 'https://api2.amplitude.com/batch',
    identify: 'https://api2.amplitude.com/identify',
    groupidentify: 'https://api2.amplitude.com/groupidentify',
    usermap: 'https://api.amplitude.com/usermap',
  }),
  eu: Object.freeze({
    event: 'https://api.eu.amplitude.com/2/httpapi',
    batch: 'https://api.eu.amplitude.com/batch',
    identify: 'https://api.eu.amplitude.com/identify',
    groupidentify: 'https://api.eu.amplitude.com/groupidentify',
    usermap: 'https://api.eu.amplitude.com/usermap',
  }),
})

/**
 * The URLs of one data region.
 *
 * @example
 * const urls: AmplitudeEndpoints = AMPLITUDE_ENDPOINTS.us
 */
export interface AmplitudeEndpoints {
  readonly event: string
  readonly batch: string
  readonly identify: string
  readonly groupidentify: string
  readonly usermap: string
}
