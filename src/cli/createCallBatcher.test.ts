import { describe, expect, test } from 'vitest'
import type { AmplitudeCall } from '../models/amplitude/types.js'
import { toRequests } from '../requests/toRequests.js'
import { createCallBatcher } from './createCallBatcher.js'

const event = (n: number, userId = `user-${n}`): AmplitudeCall => ({ api: 'event', event: { event_type: `E${n}`, user_id: userId } })

describe('createCallBatcher', () => {
  test('flushes an API when its buffer is full and keeps a partial last request for the next flush', () => {
    const batcher = createCallBatcher(toRequests, { apiKey: 'KEY', maxEventsPerRequest: 3 }, 4)
    expect([1, 2, 3].map((n) => batcher.add(event(n), n, 0))).toStrictEqual([undefined, undefined, undefined])
    const first = batcher.add(event(4), 4, 0)
    // 4 calls make requests of 3 and 1: the 3 go out, the 1 waits for more calls.
    expect(first?.batches.map((batch) => batch.lines)).toStrictEqual([[1, 2, 3]])
    expect(batcher.buffered()).toBe(1)
    expect(batcher.flushAll().batches.map((batch) => batch.lines)).toStrictEqual([[4]])
    expect(batcher.buffered()).toBe(0)
  })

  test('pairs each request with its calls and their lines, in order', () => {
    const batcher = createCallBatcher(toRequests, { apiKey: 'KEY' }, 2000)
    batcher.add(event(1), 10, 0)
    batcher.add({ api: 'usermap', mapping: { user_id: 'anon-1', global_user_id: 'user-1' } }, 11, 0)
    batcher.add(event(2), 12, 1)
    const flush = batcher.flushAll()
    expect(flush.batches.map(({ request, lines, calls }) => ({ api: request.api, callCount: request.callCount, lines, calls: calls.length }))).toStrictEqual([
      { api: 'event', callCount: 2, lines: [10, 12], calls: 2 },
      { api: 'usermap', callCount: 1, lines: [11], calls: 1 },
    ])
  })

  test('reports a call toRequests leaves out against its line, with a path relative to its message', () => {
    const batcher = createCallBatcher(toRequests, { apiKey: 'KEY' }, 2000)
    batcher.add(event(1), 1, 0)
    batcher.add(event(2, 'null'), 2, 1)
    batcher.add(event(3), 3, 0)
    const flush = batcher.flushAll()
    expect(flush.excluded).toStrictEqual([
      {
        line: 2,
        issue: {
          severity: 'error',
          code: 'invalid_id',
          path: 'calls[1].event.user_id',
          message: 'user_id is "null", one of the ids Amplitude rejects; the event was not sent',
        },
      },
    ])
    expect(flush.issues).toStrictEqual(flush.excluded)
    expect(flush.batches.map((batch) => batch.lines)).toStrictEqual([[1, 3]])
  })
})
