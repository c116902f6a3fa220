import type { AmplitudeApi } from '../models/amplitude/types.js'
import type { IssueTallyEntry } from './createIssueTally.js'
import type { RunStats } from './runStats.js'

/**
 * The end-of-run summary as plain data: printed as a table, or as JSON by `validate --json`.
 *
 * @example
 * const summary: RunSummary = toSummary(stats, tally.entries(), { elapsedMs: 812 })
 */
export interface RunSummary {
  readonly command: RunStats['command']
  readonly input: string
  readonly format: string
  readonly messages: { readonly read: number; readonly ok: number; readonly skipped: number; readonly failed: number }
  readonly calls: Readonly<Record<AmplitudeApi, number>> & { readonly total: number }
  readonly requests: number
  readonly bytes: number
  readonly delivery?: { readonly delivered: number; readonly rejected: number }
  readonly issues: { readonly error: number; readonly warning: number; readonly info: number }
  readonly byCode: readonly IssueTallyEntry[]
  readonly stopped?: string
  readonly elapsedMs: number
  /** Peak resident set size in bytes, when measured (`--stats`). */
  readonly peakRssBytes?: number
}

/**
 * Builds the {@link RunSummary} of a finished run.
 *
 * @example
 * toSummary(stats, tally.entries(), { elapsedMs: 812, peakRssBytes: 61_000_000 }).messages.ok
 */
export function toSummary(
  stats: RunStats,
  byCode: readonly IssueTallyEntry[],
  measures: { readonly elapsedMs: number; readonly peakRssBytes?: number },
): RunSummary {
  const count = (severity: IssueTallyEntry['severity']): number =>
    byCode.filter((entry) => entry.severity === severity).reduce((sum, entry) => sum + entry.count, 0)
  const format = stats.format.kind === 'empty' ? 'empty' : `${stats.format.kind}${stats.format.compressed ? ', gzip' : ''}`
  return {
    command: stats.command,
    input: stats.input === '-' ? 'stdin' : stats.input,
    format,
    messages: { read: stats.read, ok: stats.done, skipped: stats.skipped, failed: stats.failed },
    calls: { ...stats.calls, total: Object.values(stats.calls).reduce((a, b) => a + b, 0) },
    requests: stats.requests,
    bytes: stats.bytes,
    ...(stats.command === 'send' ? { delivery: { delivered: stats.delivered, rejected: stats.rejected } } : {}),
    issues: { error: count('error'), warning: count('warning'), info: count('info') },
    byCode,
    ...(stats.stopped === undefined ? {} : { stopped: stats.stopped }),
    ...measures,
  }
}
