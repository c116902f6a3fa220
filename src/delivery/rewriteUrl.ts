import { web } from './webGlobals.js'

/**
 * Sends a request to `endpoint` instead of Amplitude: the endpoint's origin and path prefix
 * replace the URL's origin; the URL's path and query stay.
 *
 * @example
 * rewriteUrl('https://api2.amplitude.com/2/httpapi', 'http://127.0.0.1:8080') // 'http://127.0.0.1:8080/2/httpapi'
 * rewriteUrl('https://api2.amplitude.com/batch', 'https://proxy.example/amp/') // 'https://proxy.example/amp/batch'
 */
export function rewriteUrl(url: string, endpoint: string | undefined): string {
  if (endpoint === undefined) return url
  const target = new web.URL(endpoint)
  const source = new web.URL(url)
  return `${target.origin}${target.pathname.replace(/\/+$/, '')}${source.pathname}${source.search}`
}
