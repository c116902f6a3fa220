import type { DeliveryReport, RejectedCall } from '../delivery/types.js'
import type { Issue } from '../issues/issue.js'
import type { AmplitudeCall } from '../models/amplitude/types.js'
import type { AmplitudeRequest } from '../requests/types.js'
import { callKey } from './callKey.js'
import type { RequestBatch } from './createCallBatcher.js'

/**
 * src/delivery's `deliver` with its options bound: injected, so tests can fake Amplitude.
 *
 * @example
 * const send: SendRequests = (requests) => deliver(requests, { concurrency: 4 })
 */
export type SendRequests = (requests: readonly AmplitudeRequest[]) => Promise<DeliveryReport>

function rejection(entry: RejectedCall): Issue {
  const status = entry.status === 0 ? '' : ` (HTTP ${entry.status})`
  const field = entry.field === undefined ? '' : ` [${entry.field}]`
  const error = entry.error === '' ? '' : `: ${entry.error}`
  return {
    severity: 'error',
    code: entry.reason,
    path: '',
    message: `Amplitude did not accept the ${entry.call.api} call${status}${field}${error}`,
  }
}

/**
 * Gathers request batches into windows of about `maxCalls` calls and delivers each window with
 * one `send` (which runs its requests concurrently, keeping each device's order), then reports
 * every call's outcome against its input line. A window at a time bounds memory and pauses
 * reading while Amplitude answers.
 *
 * @example
 * const window = createDeliveryWindow({ send, maxCalls: 8000, onOutcome: (line, problem) => ledger.settle(line, problem), onUntraced })
 * await window.add(batch)
 * await window.drain()
 */
export function createDeliveryWindow(options: {
  readonly send: SendRequests
  readonly maxCalls: number
  /** A traced call's outcome: no problem means delivered. */
  readonly onOutcome: (line: number, problem?: Issue) => void
  /** A rejected call that matched no input call (a defect; kept so nothing is lost). */
  readonly onUntraced: (call: AmplitudeCall, problem: Issue) => void
}): {
  add(batch: RequestBatch): Promise<void> | undefined
  drain(): Promise<void>
  /** Set once Amplitude refused the API key: every further request would fail the same way. */
  fatal(): Issue | undefined
  delivered(): number
  rejected(): number
} {
  let batches: RequestBatch[] = []
  let calls = 0
  let fatal: Issue | undefined
  let delivered = 0
  let rejected = 0

  /**
   * The slot (index over the window's calls) of a rejected call: where the report's indices
   * point when the payload there matches, else any unclaimed call with the same payload
   * (identical calls from different lines are interchangeable).
   */
  function locate(
    window: readonly RequestBatch[],
    offsets: readonly number[],
    entry: RejectedCall,
    byKey: () => Map<string, number[]>,
    claimed: Set<number>,
  ): number | undefined {
    const key = callKey(entry.call)
    const call = window[entry.requestIndex]?.calls[entry.callIndex]
    const direct = (offsets[entry.requestIndex] ?? 0) + entry.callIndex
    if (call !== undefined && !claimed.has(direct) && callKey(call) === key) return direct
    return byKey().get(key)?.find((slot) => !claimed.has(slot))
  }

  async function send(): Promise<void> {
    const window = batches
    batches = []
    calls = 0
    if (window.length === 0 || fatal !== undefined) return
    const report = await options.send(window.map((batch) => batch.request))
    delivered += report.delivered
    rejected += report.rejected.length
    const lines = window.flatMap((batch) => batch.lines)
    const problems: (Issue | undefined)[] = new Array<Issue | undefined>(lines.length)
    const offsets: number[] = []
    let offset = 0
    for (const batch of window) {
      offsets.push(offset)
      offset += batch.calls.length
    }
    let keys: Map<string, number[]> | undefined
    const byKey = (): Map<string, number[]> => {
      if (keys !== undefined) return keys
      keys = new Map()
      window.forEach((batch, b) =>
        batch.calls.forEach((call, i) => {
          const key = callKey(call)
          const slot = (offsets[b] as number) + i
          const list = keys?.get(key)
          if (list === undefined) keys?.set(key, [slot])
          else list.push(slot)
        }),
      )
      return keys
    }
    const claimed = new Set<number>()
    for (const entry of report.rejected) {
      const problem = rejection(entry)
      const slot = locate(window, offsets, entry, byKey, claimed)
      if (slot === undefined) {
        options.onUntraced(entry.call, problem)
      } else {
        claimed.add(slot)
        problems[slot] = problem
      }
    }
    lines.forEach((line, slot) => options.onOutcome(line, problems[slot]))
    if (report.delivered === 0 && report.rejected.length > 0 && report.rejected.every((entry) => entry.reason === 'invalid_api_key')) {
      fatal = rejection(report.rejected[0] as RejectedCall)
    }
  }

  return {
    add(batch) {
      batches.push(batch)
      calls += batch.request.callCount
      return calls >= options.maxCalls ? send() : undefined
    },
    drain: send,
    fatal: () => fatal,
    delivered: () => delivered,
    rejected: () => rejected,
  }
}
