import fc from 'fast-check'
import { expect, test } from 'vitest'
import { deliver, type DeliveryFetch } from '../../src/delivery/index.js'
import type { AmplitudeRequest } from '../../src/requests/types.js'
import type { Fault } from '../emulator/faults.js'
import { startEmulator } from '../emulator/startEmulator.js'
import { eventRequest, formRequest } from './fixtures.js'

const NUM_RUNS = Number(process.env['FC_NUM_RUNS'] ?? 40)

const DEVICES = ['device-A', 'device-B', 'device-C', 'device-D'] as const
const USERS = ['user-1111', 'user-2222'] as const

/** One call of the model: an event (maybe one Amplitude refuses) or an identify. */
interface ModelCall {
  readonly api: 'event' | 'identify'
  readonly device: string
  readonly user: string | undefined
  readonly flaw: 'none' | 'short_id' | 'invalid_id' | 'no_event_type'
}

const arbCall: fc.Arbitrary<ModelCall> = fc.record({
  api: fc.constantFrom('event', 'event', 'event', 'identify'),
  device: fc.constantFrom(...DEVICES),
  user: fc.option(fc.constantFrom(...USERS), { nil: undefined }),
  flaw: fc.constantFrom('none', 'none', 'none', 'none', 'none', 'none', 'short_id', 'invalid_id', 'no_event_type'),
})

const arbIndexes = fc.uniqueArray(fc.nat(6), { maxLength: 2 })
const arbIds = <T extends string>(ids: readonly T[]) => fc.subarray([...ids], { maxLength: 2 })

const arbFault: fc.Arbitrary<Fault | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  fc.record({ kind: fc.constant('status'), status: fc.constantFrom(500, 502, 504), ingest: fc.boolean() }),
  fc.record({ kind: fc.constant('status'), status: fc.constantFrom(503, 408, 429) }),
  fc.record({ kind: fc.constant('status'), status: fc.constant(403) }),
  fc.record({
    kind: fc.constant('throttle'),
    devices: arbIds(DEVICES),
    users: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, arbIds(USERS)),
    quotaDevices: fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, arbIds(DEVICES)),
  }),
  fc.constant({ kind: 'tooLarge' } as const),
  fc.record({ kind: fc.constant('invalid'), invalidFields: fc.record({ time: arbIndexes }), silencedEvents: arbIndexes }),
  fc.record({ kind: fc.constant('drop'), ingest: fc.boolean() }),
  { weight: 1, arbitrary: fc.constant({ kind: 'slow', delayMs: 600 } as const) },
)

const arbScenario = fc.record({
  calls: fc.array(arbCall, { minLength: 1, maxLength: 24 }),
  requestSizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 24, maxLength: 24 }),
  faults: fc.array(arbFault, { maxLength: 12 }),
  concurrency: fc.integer({ min: 1, max: 3 }),
  maxRetries: fc.integer({ min: 0, max: 4 }),
})

/** The wire payload of call `n`: its insert_id (events) or marker (identifies) is its identity. */
function payloadOf(call: ModelCall, n: number): Record<string, unknown> {
  const flawed = (id: string): string => (call.flaw === 'short_id' ? 'abc' : call.flaw === 'invalid_id' ? 'null' : id)
  if (call.api === 'identify') {
    return { device_id: call.device, ...(call.user ? { user_id: call.user } : {}), user_properties: { $set: { marker: `call-${n}` } } }
  }
  return {
    ...(call.flaw === 'no_event_type' ? {} : { event_type: 'Model Event' }),
    device_id: flawed(call.device),
    ...(call.user ? { user_id: call.user } : {}),
    time: 1_700_000_000_000 + n,
    insert_id: `call-${n}`,
  }
}

const identity = (payload: Record<string, unknown>): string =>
  (payload['insert_id'] as string | undefined) ?? ((payload['user_properties'] as { $set: { marker: string } }).$set.marker)

/** Consecutive calls of one API, cut into requests of the drawn sizes. */
function toModelRequests(calls: readonly ModelCall[], sizes: readonly number[]): { requests: AmplitudeRequest[]; ids: string[][] } {
  const requests: AmplitudeRequest[] = []
  const ids: string[][] = []
  let start = 0
  while (start < calls.length) {
    const api = calls[start]?.api
    let end = start
    const size = sizes[requests.length % sizes.length] ?? 1
    while (end < calls.length && end - start < size && calls[end]?.api === api) end += 1
    const payloads = calls.slice(start, end).map((call, i) => payloadOf(call, start + i))
    requests.push(api === 'event' ? eventRequest(payloads) : formRequest('identify', payloads))
    ids.push(payloads.map(identity))
    start = end
  }
  return { requests, ids }
}

/** The identities of the calls in a request body (JSON events or a form `identification`). */
function idsInBody(body: string): string[] {
  const items = body.startsWith('{')
    ? (JSON.parse(body) as { events: Record<string, unknown>[] }).events
    : (JSON.parse(new URLSearchParams(body).get('identification') ?? '[]') as Record<string, unknown>[])
  return items.map(identity)
}

/** Asserts that, per key, the calls of `sequence` (first occurrences only) follow input order. */
function expectInputOrderPerKey(sequence: readonly string[], position: ReadonlyMap<string, number>, keysOf: (id: string) => string[], what: string): void {
  const seen = new Set<string>()
  const last = new Map<string, number>()
  for (const id of sequence) {
    if (seen.has(id)) continue
    seen.add(id)
    const n = position.get(id) ?? -1
    for (const key of keysOf(id)) {
      expect(n, `${what}, ${key}: call-${n} after call-${last.get(key)}`).toBeGreaterThan(last.get(key) ?? -1)
      last.set(key, n)
    }
  }
}

test('every call ends in the report exactly once, the emulator acknowledged exactly the delivered calls, and each device and user kept its order', async () => {
  await fc.assert(
    fc.asyncProperty(arbScenario, async ({ calls, requestSizes, faults, concurrency, maxRetries }) => {
      const emulator = await startEmulator({ faults })
      try {
        const { requests, ids } = toModelRequests(calls, requestSizes)
        const allIds = ids.flat()
        const position = new Map(allIds.map((id, n) => [id, n]))
        // Keys come from the wire payloads: a flawed id ('null', 'abc') is a different device.
        const payloads = new Map(calls.map((call, n) => [`call-${n}`, payloadOf(call, n)]))
        const keysOf = (id: string): string[] => {
          const payload = payloads.get(id) ?? {}
          return ['device_id', 'user_id'].flatMap((field) => (typeof payload[field] === 'string' ? [`${field}:${payload[field]}`] : []))
        }

        // A fetch that watches what deliver does: which attempts it saw answered 2xx, which it
        // abandoned (timeout), the order of sends, and that no key is ever in flight twice.
        let attempts = 0
        const acknowledged = new Set<string>()
        const abandoned = new Set<string>()
        const sends: string[] = []
        const inFlight = new Map<string, string>()
        const overlaps: string[] = []
        const watchingFetch: DeliveryFetch = async (url, init) => {
          const attempt = String(attempts++)
          const keys = [...new Set(idsInBody(init.body).flatMap(keysOf))]
          // Recorded, not asserted here: deliver would catch a throw from fetch as a network error.
          for (const key of keys) if (inFlight.has(key)) overlaps.push(`${key}: attempt ${attempt} while ${inFlight.get(key)}`)
          for (const key of keys) inFlight.set(key, attempt)
          sends.push(...idsInBody(init.body))
          const done = (): void => keys.forEach((key) => inFlight.get(key) === attempt && inFlight.delete(key))
          // deliver settles a timed-out attempt when it aborts it, before the fetch rejects.
          init.signal?.addEventListener('abort', () => {
            abandoned.add(attempt)
            done()
          })
          try {
            const response = await fetch(url, { ...init, headers: { ...init.headers, 'x-attempt': attempt } })
            const text = await response.text()
            if (response.status >= 200 && response.status < 300 && init.signal?.aborted !== true) acknowledged.add(attempt)
            return { status: response.status, text: async () => text }
          } finally {
            done()
          }
        }
        const report = await deliver(requests, {
          endpoint: emulator.url,
          fetch: watchingFetch,
          sleep: async () => {},
          concurrency,
          maxRetries,
          timeoutMs: 250,
        })

        // Exactly one outcome per call, and the report names each rejected call rightly.
        expect(report.total).toBe(calls.length)
        expect(report.delivered + report.rejected.length).toBe(calls.length)
        const rejectedIds = report.rejected.map((r) => ids[r.requestIndex]?.[r.callIndex])
        expect(new Set(rejectedIds).size).toBe(rejectedIds.length)
        for (const r of report.rejected) {
          const call = r.call.api === 'event' ? r.call.event : r.call.api === 'identify' ? r.call.identification : undefined
          expect(identity(call as unknown as Record<string, unknown>)).toBe(ids[r.requestIndex]?.[r.callIndex])
        }
        const delivered = new Set(allIds.filter((id) => !rejectedIds.includes(id)))

        // The emulator acknowledged each delivered call exactly once and no rejected call. Any
        // other arrival is a resend of the same insert_id after an ambiguous failure (5xx with
        // ingest, a dropped connection, an abandoned slow answer).
        const arrivals = emulator.ingested.map((c) => {
          const attempt = String(emulator.received[c.requestIndex]?.headers['x-attempt'])
          return { id: identity(c.payload), attempt, acked: acknowledged.has(attempt) }
        })
        const ackCount = new Map<string, number>()
        for (const { id, acked } of arrivals) if (acked) ackCount.set(id, (ackCount.get(id) ?? 0) + 1)
        for (const id of allIds) expect([id, ackCount.get(id) ?? 0]).toEqual([id, delivered.has(id) ? 1 : 0])

        // Calls Amplitude refuses are never delivered.
        calls.forEach((call, n) => {
          if (call.api === 'event' && call.flaw !== 'none') expect(delivered.has(`call-${n}`)).toBe(false)
        })

        // Per device and per user: deliver sends in input order, and the emulator ingests in
        // input order. An abandoned (timed-out) attempt may still be processed later, as with the
        // real Amplitude, so its arrivals are left out of the arrival order.
        expect(overlaps).toEqual([])
        expectInputOrderPerKey(sends, position, keysOf, 'sent')
        const settledArrivals = arrivals.filter((a) => !abandoned.has(a.attempt)).map((a) => a.id)
        expectInputOrderPerKey(settledArrivals, position, keysOf, 'arrived')
      } finally {
        await emulator.close()
      }
    }),
    { numRuns: NUM_RUNS },
  )
})
