import type { ParsedRequest } from './judgeRequest.js'

/**
 * A scripted misbehaviour for one request. Faults answer before validation (except `slow`, which
 * validates, ingests and then answers late). `ingest: true` makes the emulator accept the calls
 * and still fail, the ambiguous case of Amplitude's 500/502/504 and of a lost answer.
 */
export type Fault =
  /** Any status with Amplitude's JSON error body; `body` adds or overrides keys. */
  | { readonly kind: 'status'; readonly status: number; readonly ingest?: boolean; readonly body?: Record<string, unknown> }
  /** 429 listing throttled users/devices/events and ids over their daily quota. */
  | {
      readonly kind: 'throttle'
      readonly users?: readonly string[]
      readonly devices?: readonly string[]
      readonly events?: readonly number[]
      readonly quotaUsers?: readonly string[]
      readonly quotaDevices?: readonly string[]
    }
  /** 413 whatever the size. */
  | { readonly kind: 'tooLarge' }
  /** 400 listing calls by index, as Amplitude's "Invalid field values on some events". */
  | {
      readonly kind: 'invalid'
      readonly invalidFields?: Readonly<Record<string, readonly number[]>>
      readonly missingFields?: Readonly<Record<string, readonly number[]>>
      readonly invalidIdLengths?: Readonly<Record<string, readonly number[]>>
      readonly silencedEvents?: readonly number[]
    }
  /** The connection is destroyed without an answer. */
  | { readonly kind: 'drop'; readonly ingest?: boolean }
  /** Judged and ingested as usual, answered after `delayMs` (if the client is still there). */
  | { readonly kind: 'slow'; readonly delayMs: number }

/** Received request, as the fault schedule sees it. `index` counts from 0 in arrival order. */
export interface ScheduledRequest extends ParsedRequest {
  readonly index: number
}

/** Faults by request index (`undefined` = behave), or a rule deciding per request. */
export type FaultSchedule =
  | readonly (Fault | undefined)[]
  | ((request: ScheduledRequest) => Fault | undefined)

export function faultFor(schedule: FaultSchedule, request: ScheduledRequest): Fault | undefined {
  return typeof schedule === 'function' ? schedule(request) : schedule[request.index]
}

/** The status and body a fault answers with (`drop` and `slow` have none of their own). */
export function faultAnswer(fault: Exclude<Fault, { kind: 'drop' | 'slow' }>): { status: number; body: Record<string, unknown> } {
  switch (fault.kind) {
    case 'status':
      return { status: fault.status, body: { code: fault.status, ...statusError(fault.status), ...fault.body } }
    case 'tooLarge':
      return { status: 413, body: { code: 413, error: 'Payload too large' } }
    case 'throttle': {
      const each = (ids: readonly string[] | undefined, value: number): Record<string, number> =>
        Object.fromEntries((ids ?? []).map((id) => [id, value]))
      const eps = (ids: readonly string[] | undefined) => each(ids, 31)
      const count = (ids: readonly string[] | undefined) => each(ids, 500_001)
      return {
        status: 429,
        body: {
          code: 429,
          error: 'Too many requests for some devices and users',
          eps_threshold: 30,
          throttled_users: eps(fault.users),
          throttled_devices: eps(fault.devices),
          throttled_events: [...(fault.events ?? [])],
          exceeded_daily_quota_users: count(fault.quotaUsers),
          exceeded_daily_quota_devices: count(fault.quotaDevices),
        },
      }
    }
    case 'invalid':
      return {
        status: 400,
        body: {
          code: 400,
          error: 'Invalid field values on some events',
          ...(fault.invalidFields ? { events_with_invalid_fields: fault.invalidFields } : {}),
          ...(fault.missingFields ? { events_with_missing_fields: fault.missingFields } : {}),
          ...(fault.invalidIdLengths ? { events_with_invalid_id_lengths: fault.invalidIdLengths } : {}),
          ...(fault.silencedEvents ? { silenced_events: fault.silencedEvents } : {}),
        },
      }
  }
}

function statusError(status: number): { error?: string } {
  if (status === 403) return { error: 'Forbidden: request blocked by security filter' }
  if (status >= 500) return { error: 'Internal server error' }
  return {}
}
