import { decodeRequest } from '../../src/requests/decodeRequest.js'
import type { AmplitudeRequest } from '../../src/requests/types.js'
import type { AmplitudeCall } from '../../src/models/amplitude/types.js'

/** A request as the conformance harness summarises it (conformance/decode.mjs). */
export interface RequestSummary {
  readonly url: string
  readonly contentType: string
  readonly calls: number
  readonly options?: unknown
}

/**
 * Our requests in the comparable form of conformance/decode.mjs: the decoded calls, and per
 * request its url, media type, call count and request-level options (JSON bodies only: form
 * requests carry none).
 */
export function comparable(requests: readonly AmplitudeRequest[]): { calls: AmplitudeCall[]; requests: RequestSummary[] } {
  return {
    calls: requests.flatMap((request) => decodeRequest(request)),
    requests: requests.map((request) => {
      const options: unknown = request.api === 'event' ? (JSON.parse(request.body) as { options?: unknown }).options : undefined
      return {
        url: request.url,
        contentType: request.headers['content-type'].split(';')[0] ?? '',
        calls: request.callCount,
        ...(options === undefined ? {} : { options }),
      }
    }),
  }
}
