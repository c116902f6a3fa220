import { describe, expect, test } from 'vitest'
import type { AmplitudeRequest } from '../requests/types.js'
import { requestLineParts } from './requestLineParts.js'

function request(body: string): AmplitudeRequest {
  return { method: 'POST', url: 'https://api2.amplitude.com/2/httpapi', headers: { 'content-type': 'application/json' }, body, callCount: 1, api: 'event' }
}

function whole(r: AmplitudeRequest): string {
  const { method, url, headers, body, callCount, api } = r
  return `${JSON.stringify({ method, url, headers, body, callCount, api })}\n`
}

describe('requestLineParts', () => {
  test('joins to exactly the JSON of the request fields and a newline', () => {
    const r = request('{"api_key":"K","events":[{"event_type":"Caf\u00e9 \\"quoted\\"\\n","user_id":"u\u2028"}]}')
    expect([...requestLineParts(r)].join('')).toBe(whole(r))
  })

  test('escapes a long body in slices, never splitting a surrogate pair', () => {
    // An emoji straddles every slice boundary when the body is an odd prefix plus emoji.
    const body = `x${'\u{1F600}'.repeat(40_000)}"\\`
    const parts = [...requestLineParts(request(body))]
    expect(parts.length).toBeGreaterThan(3)
    expect(parts.join('')).toBe(whole(request(body)))
    expect(parts.join('')).not.toMatch(/\\ud83d/u)
  })

  test('writes an empty body as an empty string', () => {
    expect([...requestLineParts(request(''))].join('')).toBe(whole(request('')))
  })
})
