import type { AmplitudeApi } from '../models/amplitude/types.js'
import type { Command } from './parseCommandLine.js'
import type { InputFormat } from './readRecords.js'

/**
 * The counters of a run, updated as it goes (the progress line reads them live).
 *
 * Every message read ends in exactly one of `done`, `skipped`, `failed` (or is still pending
 * while its calls are buffered or in flight): `read = done + skipped + failed + pending`.
 *
 * @example
 * const stats = createRunStats('convert', 'in.ndjson', 0)
 * stats.read += 1
 */
export interface RunStats {
  readonly command: Command
  readonly input: string
  readonly format: InputFormat
  readonly startedAt: number
  /** Records read: messages, bad lines included. */
  read: number
  /** Messages all of whose calls were written (convert), checked (validate) or delivered (send). */
  done: number
  /** Valid messages that produce no call (a page not tracked, `integrations.Amplitude: false`). */
  skipped: number
  /** Messages that failed: bad JSON, a translation error, a pre-flight error, a rejected call. */
  failed: number
  readonly calls: Record<AmplitudeApi, number>
  requests: number
  /** UTF-8 bytes of the request bodies. */
  bytes: number
  /** send: calls Amplitude accepted and rejected. */
  delivered: number
  rejected: number
  /** Why the run stopped before the end of the input, when it did. */
  stopped: string | undefined
}

/**
 * Fresh counters for one run.
 *
 * @example
 * const stats = createRunStats('validate', '-', Date.now())
 */
export function createRunStats(command: Command, input: string, startedAt: number): RunStats {
  return {
    command,
    input,
    format: { compressed: false, kind: 'empty' },
    startedAt,
    read: 0,
    done: 0,
    skipped: 0,
    failed: 0,
    calls: { event: 0, identify: 0, groupidentify: 0, usermap: 0 },
    requests: 0,
    bytes: 0,
    delivered: 0,
    rejected: 0,
    stopped: undefined,
  }
}
