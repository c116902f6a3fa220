import type { Issue } from '../issues/issue.js'
import type { AmplitudeApi, AmplitudeCall } from '../models/amplitude/types.js'
import type { AmplitudeRequest, RequestOptions } from '../requests/types.js'
import { callIndexOfIssue } from './callIndexOfIssue.js'

/**
 * A request with, for each call it carries (in body order), the call and the input line it
 * came from: what lets `send` trace a rejected call back to its message.
 *
 * @example
 * const batch: RequestBatch = { request, calls: [call], lines: [12] }
 */
export interface RequestBatch {
  readonly request: AmplitudeRequest
  readonly calls: readonly AmplitudeCall[]
  readonly lines: readonly number[]
}

/**
 * What one flush produced: requests ready to write or send, and the issues `toRequests`
 * reported, each with the input line of the call it is about (0 when it names no call).
 *
 * @example
 * const flush: Flush = { batches: [], issues: [{ line: 3, issue }], excluded: [{ line: 3, issue }] }
 */
export interface Flush {
  readonly batches: RequestBatch[]
  /** Every issue of `toRequests`, with its line. */
  readonly issues: { readonly line: number; readonly issue: Issue }[]
  /** The calls left out of the requests (error issues), one entry per call. */
  readonly excluded: { readonly line: number; readonly issue: Issue }[]
}

/**
 * The shape of `toRequests` (src/requests), injected so the batcher is testable alone.
 *
 * @example
 * const fake: ToRequests = () => ({ requests: [], issues: [] })
 */
export type ToRequests = (
  calls: readonly AmplitudeCall[],
  options: RequestOptions,
) => { readonly requests: readonly AmplitudeRequest[]; readonly issues: readonly Issue[] }

interface Buffer {
  calls: AmplitudeCall[]
  lines: number[]
  /** Each call's index among the calls of its message. */
  positions: number[]
}

/**
 * The issue with its path made relative to the message: `[812].event.user_id` (an index in the
 * buffer, meaningless to the user) becomes `calls[0].event.user_id` (the message's first call).
 */
function relativeToMessage(issue: Issue, index: number | undefined, positions: readonly number[]): Issue {
  if (index === undefined) return issue
  const position = positions[index]
  if (position === undefined) return issue
  return { ...issue, path: issue.path.replace(/^\[\d+\]/u, `calls[${position}]`) }
}

// toRequests' own order: identifications before the events of the same users, mappings last.
const APIS: readonly AmplitudeApi[] = ['identify', 'groupidentify', 'event', 'usermap']

/**
 * Accumulates calls per API and turns them into requests `flushAt` calls at a time, so memory
 * is bounded by four buffers however long the input. Order within an API is kept. A flush that
 * ends in a partly filled request keeps that request's calls for the next flush (unless it is
 * the last), so a stream of calls packs into full requests rather than a full one and a
 * remainder per flush.
 *
 * @example
 * const batcher = createCallBatcher(toRequests, { apiKey: 'KEY' }, 2000)
 * const flush = batcher.add({ api: 'usermap', mapping: { user_id: 'a', global_user_id: 'b' } }, 1, 0)
 * const last = batcher.flushAll()
 */
export function createCallBatcher(
  toRequests: ToRequests,
  options: RequestOptions,
  flushAt: number,
): { add(call: AmplitudeCall, line: number, position: number): Flush | undefined; flushAll(): Flush; buffered(): number } {
  const buffers = new Map<AmplitudeApi, Buffer>(APIS.map((api) => [api, { calls: [], lines: [], positions: [] }]))

  function flush(buffer: Buffer, final: boolean): Flush {
    const { calls, lines, positions } = buffer
    const result = toRequests(calls, options)
    const issues: Flush['issues'] = []
    const excluded: Flush['excluded'] = []
    const excludedIndices = new Set<number>()
    let unattributed = false
    for (const issue of result.issues) {
      const index = callIndexOfIssue(issue)
      const line = index === undefined ? 0 : (lines[index] ?? 0)
      const relative = relativeToMessage(issue, index, positions)
      issues.push({ line, issue: relative })
      if (issue.severity !== 'error') continue
      if (index === undefined) {
        unattributed = true
        continue
      }
      if (!excludedIndices.has(index)) excluded.push({ line, issue: relative })
      excludedIndices.add(index)
    }
    // The requests carry the remaining calls in order: assign them by callCount.
    const kept: number[] = []
    for (let i = 0; i < calls.length; i += 1) if (!excludedIndices.has(i)) kept.push(i)
    const counted = result.requests.reduce((sum, request) => sum + request.callCount, 0)
    if (counted !== kept.length) unattributed = true
    const batches: RequestBatch[] = []
    let next = 0
    for (const request of result.requests) {
      const indices = unattributed ? [] : kept.slice(next, next + request.callCount)
      next += request.callCount
      batches.push({ request, calls: indices.map((i) => calls[i] as AmplitudeCall), lines: indices.map((i) => lines[i] as number) })
    }
    buffer.calls = []
    buffer.lines = []
    buffer.positions = []
    const last = batches[batches.length - 1]
    if (!final && !unattributed && excluded.length === 0 && batches.length > 1 && last !== undefined) {
      // Re-queue the partial last request; its issues (warnings) will be reported again on the
      // next flush, so drop them here to count each once.
      batches.pop()
      const carried = new Set(kept.slice(kept.length - last.calls.length))
      buffer.calls = [...last.calls]
      buffer.lines = [...last.lines]
      buffer.positions = [...carried].map((i) => positions[i] as number)
      return { batches, excluded, issues: issues.filter((_, k) => !carried.has(callIndexOfIssue(result.issues[k] as Issue) ?? -1)) }
    }
    return { batches, excluded, issues }
  }

  return {
    add(call, line, position) {
      const buffer = buffers.get(call.api) as Buffer
      buffer.calls.push(call)
      buffer.lines.push(line)
      buffer.positions.push(position)
      return buffer.calls.length >= flushAt ? flush(buffer, false) : undefined
    },
    flushAll() {
      const all: Flush = { batches: [], issues: [], excluded: [] }
      for (const buffer of buffers.values()) {
        if (buffer.calls.length === 0) continue
        const part = flush(buffer, true)
        all.batches.push(...part.batches)
        all.issues.push(...part.issues)
        all.excluded.push(...part.excluded)
      }
      return all
    },
    buffered() {
      let count = 0
      for (const buffer of buffers.values()) count += buffer.calls.length
      return count
    },
  }
}
