import type { DeliveryFetch, RuntimeAbortSignal } from './types.js'
import { web } from './webGlobals.js'

/**
 * How one HTTP exchange ended.
 *
 * @example
 * const attempt: Attempt = { kind: 'answer', status: 429, body: '{"throttled_devices":{"d-1":31}}' }
 */
export type Attempt =
  | { readonly kind: 'answer'; readonly status: number; readonly body: string }
  | { readonly kind: 'network'; readonly error: string }
  | { readonly kind: 'timeout'; readonly error: string }

/**
 * POSTs once and never throws. The timeout covers the whole exchange (headers and body) and wins
 * even over a `fetch` that ignores its abort signal.
 *
 * @example
 * const attempt = await sendOnce(fetch, url, 'application/json', body, 10_000)
 * if (attempt.kind === 'answer') console.log(attempt.status)
 */
export async function sendOnce(
  fetch: DeliveryFetch,
  url: string,
  contentType: string,
  body: string,
  timeoutMs: number,
): Promise<Attempt> {
  const controller = new web.AbortController()
  let timer: unknown
  const timeout = new Promise<Attempt>((resolve) => {
    timer = web.setTimeout(() => {
      resolve({ kind: 'timeout', error: `timeout: no answer within ${timeoutMs} ms` })
      controller.abort()
    }, timeoutMs)
  })
  const exchange = (async (): Promise<Attempt> => {
    try {
      const init = { method: 'POST', headers: { 'content-type': contentType }, body, signal: controller.signal } as const
      const response = await fetch(url, init as typeof init & { signal: RuntimeAbortSignal })
      return { kind: 'answer', status: response.status, body: await response.text() }
    } catch (error) {
      return { kind: 'network', error: `network error: ${describeError(error)}` }
    }
  })()
  try {
    return await Promise.race([exchange, timeout])
  } finally {
    web.clearTimeout(timer)
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  // undici says only "fetch failed"; the reason (ECONNRESET, "other side closed") is the cause.
  const cause: unknown = error.cause
  if (cause instanceof Error && cause.message !== '') return `${error.message} (${cause.message})`
  return error.message
}
