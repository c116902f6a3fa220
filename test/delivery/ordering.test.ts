import { afterEach, expect, test } from 'vitest'
import { deliver, type DeliveryFetch } from '../../src/delivery/index.js'
import { startEmulator, type Emulator } from '../emulator/startEmulator.js'
import { event, eventRequest, formRequest, instantSleep } from './fixtures.js'

/** A fetch that holds every request until the test answers it. */
function heldFetch(): { fetch: DeliveryFetch; held: { insertIds: string[]; answer: (status: number) => void }[] } {
  const held: { insertIds: string[]; answer: (status: number) => void }[] = []
  const fetch: DeliveryFetch = (_url, init) =>
    new Promise((resolve) => {
      const events = (JSON.parse(init.body) as { events: { insert_id: string }[] }).events
      held.push({
        insertIds: events.map((e) => e.insert_id),
        answer: (status) => resolve({ status, text: async () => '{}' }),
      })
    })
  return { fetch, held }
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5))

test('never has two requests of one device in flight, while other devices go in parallel', async () => {
  const { fetch, held } = heldFetch()
  const done = deliver(
    [
      eventRequest([event(1, 'device-A')]),
      eventRequest([event(2, 'device-A'), event(3, 'device-C')]),
      eventRequest([event(4, 'device-B')]),
      eventRequest([event(5, 'device-C')]),
    ],
    { fetch, concurrency: 3, sleep: instantSleep().sleep },
  )
  await settle()
  expect(held.map((h) => h.insertIds)).toEqual([['insert-1'], ['insert-4']])
  held[1]?.answer(200)
  await settle()
  expect(held.length).toBe(2) // device-C (insert-5) waits behind insert-3, which waits behind insert-1
  held[0]?.answer(503)
  await settle()
  expect(held.length).toBe(3) // insert-1 again, after its backoff; still nothing else
  held[2]?.answer(200)
  await settle()
  expect(held.map((h) => h.insertIds)).toEqual([['insert-1'], ['insert-4'], ['insert-1'], ['insert-2', 'insert-3']])
  held[3]?.answer(200)
  await settle()
  expect(held[4]?.insertIds).toEqual(['insert-5'])
  held[4]?.answer(200)
  expect(await done).toStrictEqual({ total: 5, delivered: 5, rejected: [], retries: 1, requests: 5 })
})

let emulator: Emulator | undefined
afterEach(async () => {
  await emulator?.close()
  emulator = undefined
})

test('a later request for a device waits until the resend of an earlier 400 has gone', async () => {
  emulator = await startEmulator()
  const events = [event(1, 'device-A', { user_id: 'usr' }), event(2, 'device-A'), event(3, 'device-A')]
  await deliver([eventRequest(events.slice(0, 2)), eventRequest(events.slice(2))], {
    endpoint: emulator.url,
    sleep: instantSleep().sleep,
    concurrency: 2,
  })
  expect(emulator.received.map((r) => [r.items?.length, r.status])).toEqual([
    [2, 400],
    [1, 200],
    [1, 200],
  ])
  expect(emulator.ingested.map((c) => c.payload['insert_id'])).toEqual(['insert-2', 'insert-3'])
})

test('orders an identify after an earlier event of the same user', async () => {
  const { fetch, held } = heldFetch()
  const order: string[] = []
  const tracking: DeliveryFetch = (url, init) => {
    order.push(url)
    return url.endsWith('/identify') ? Promise.resolve({ status: 200, text: async () => 'success' }) : fetch(url, init)
  }
  const done = deliver(
    [eventRequest([event(1, 'device-A', { user_id: 'user-123' })]), formRequest('identify', [{ user_id: 'user-123' }])],
    { fetch: tracking, concurrency: 2 },
  )
  await settle()
  expect(order).toEqual(['https://api2.amplitude.com/2/httpapi'])
  held[0]?.answer(200)
  await done
  expect(order).toEqual(['https://api2.amplitude.com/2/httpapi', 'https://api2.amplitude.com/identify'])
})

test('throws before sending anything on an invalid option or a body toRequests would not write', async () => {
  const { fetch, held } = heldFetch()
  const request = eventRequest([event(1, 'device-A')])
  await expect(deliver([request], { fetch, concurrency: 0 })).rejects.toThrow(
    new RangeError('deliver: options.concurrency must be an integer >= 1, got 0'),
  )
  await expect(deliver([request], { fetch, endpoint: 'not a url' })).rejects.toThrow(TypeError)
  await expect(deliver([request, { ...request, callCount: 2 }], { fetch })).rejects.toThrow(
    new TypeError('deliver: request 1 (event) says callCount 2 but its body holds 1 calls'),
  )
  expect(held).toEqual([])
})
