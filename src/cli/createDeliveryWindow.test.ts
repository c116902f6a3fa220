import { describe, expect, test } from 'vitest'
import type { DeliveryReport } from '../delivery/types.js'
import type { Issue } from '../issues/issue.js'
import type { AmplitudeCall } from '../models/amplitude/types.js'
import type { AmplitudeRequest } from '../requests/types.js'
import type { RequestBatch } from './createCallBatcher.js'
import { createDeliveryWindow } from './createDeliveryWindow.js'

const call = (n: number): AmplitudeCall => ({ api: 'event', event: { event_type: 'E', user_id: `user-${n}` } })

function batch(lines: readonly number[], calls: readonly AmplitudeCall[] = lines.map(call)): RequestBatch {
  const request: AmplitudeRequest = { method: 'POST', url: 'https://api2.amplitude.com/2/httpapi', headers: { 'content-type': 'application/json' }, body: '{}', callCount: calls.length, api: 'event' }
  return { request, calls, lines }
}

function run(report: (requests: readonly AmplitudeRequest[]) => DeliveryReport, maxCalls = 100) {
  const outcomes: [number, string | undefined][] = []
  const untraced: AmplitudeCall[] = []
  const sent: number[] = []
  const window = createDeliveryWindow({
    send: async (requests) => {
      sent.push(requests.length)
      return report(requests)
    },
    maxCalls,
    onOutcome: (line, problem?: Issue) => outcomes.push([line, problem?.code]),
    onUntraced: (c) => untraced.push(c),
  })
  return { window, outcomes, untraced, sent }
}

describe('createDeliveryWindow', () => {
  test('sends when a window is full, and reports every call delivered against its line', async () => {
    const { window, outcomes, sent } = run(() => ({ total: 3, delivered: 3, rejected: [], retries: 0, requests: 2 }), 3)
    expect(window.add(batch([1, 2]))).toBeUndefined()
    await window.add(batch([3]))
    await window.drain()
    expect(sent).toStrictEqual([2])
    expect(outcomes).toStrictEqual([[1, undefined], [2, undefined], [3, undefined]])
    expect(window.delivered()).toBe(3)
  })

  test('traces a rejected call to its line by the request and call indices of the report', async () => {
    const { window, outcomes } = run(() => ({
      total: 3,
      delivered: 2,
      rejected: [{ call: call(5), reason: 'exhausted', status: 503, error: 'Service unavailable', requestIndex: 1, callIndex: 0 }],
      retries: 12,
      requests: 14,
    }))
    window.add(batch([4]))
    window.add(batch([5, 6]))
    await window.drain()
    expect(outcomes).toStrictEqual([[4, undefined], [5, 'exhausted'], [6, undefined]])
    expect(window.rejected()).toBe(1)
    expect(window.fatal()).toBeUndefined()
  })

  test('falls back to the payload when the indices do not point at the rejected call', async () => {
    const { window, outcomes, untraced } = run(() => ({
      total: 2,
      delivered: 0,
      rejected: [
        { call: call(8), reason: 'invalid_fields', status: 400, error: '', requestIndex: 0, callIndex: 0 },
        { call: call(99), reason: 'invalid_fields', status: 400, error: '', requestIndex: 0, callIndex: 1 },
      ],
      retries: 0,
      requests: 1,
    }))
    window.add(batch([7, 8]))
    await window.drain()
    expect(outcomes).toStrictEqual([[7, undefined], [8, 'invalid_fields']])
    expect(untraced).toStrictEqual([call(99)])
  })

  test('turns fatal when Amplitude refuses the API key for a whole window', async () => {
    const { window, outcomes } = run((requests) => ({
      total: 1,
      delivered: 0,
      rejected: requests.map((_, i) => ({ call: call(1), reason: 'invalid_api_key' as const, status: 400, error: 'Invalid API key: ***', requestIndex: i, callIndex: 0 })),
      retries: 0,
      requests: 1,
    }))
    window.add(batch([1]))
    await window.drain()
    expect(outcomes).toStrictEqual([[1, 'invalid_api_key']])
    expect(window.fatal()).toStrictEqual({ severity: 'error', code: 'invalid_api_key', path: '', message: 'Amplitude did not accept the event call (HTTP 400): Invalid API key: ***' })
  })
})
