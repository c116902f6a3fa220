import type { Issue, Severity } from '../issues/issue.js'

/** How many first line numbers a tally keeps per code. */
const FIRST_LINES = 5

/**
 * One code's line in the issue summary.
 *
 * @example
 * const entry: IssueTallyEntry = { code: 'invalid_json', severity: 'error', count: 2, firstLines: [3, 7], example: 'line 3: Unexpected token' }
 */
export interface IssueTallyEntry {
  readonly code: string
  readonly severity: Severity
  count: number
  readonly firstLines: number[]
  /** The first occurrence's message, with its path. */
  readonly example: string
}

/**
 * Counts issues by code (and severity), keeping the first few line numbers and the first
 * message of each, so a million warnings cost one entry.
 *
 * @example
 * const tally = createIssueTally()
 * tally.add(4, { severity: 'warning', code: 'invalid_timestamp', path: 'timestamp', message: 'not a date' })
 * tally.entries()[0].count // 1
 */
export function createIssueTally(): {
  add(line: number, issue: Issue): void
  entries(): IssueTallyEntry[]
  count(severity: Severity): number
} {
  const byKey = new Map<string, IssueTallyEntry>()
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 }
  return {
    add(line, issue) {
      counts[issue.severity] += 1
      const key = `${issue.severity}\u0000${issue.code}`
      const entry = byKey.get(key)
      if (entry === undefined) {
        const where = issue.path === '' ? '' : `${issue.path}: `
        byKey.set(key, { code: issue.code, severity: issue.severity, count: 1, firstLines: [line], example: `${where}${issue.message}` })
        return
      }
      entry.count += 1
      if (entry.firstLines.length < FIRST_LINES && entry.firstLines[entry.firstLines.length - 1] !== line) entry.firstLines.push(line)
    },
    entries() {
      return [...byKey.values()].sort((a, b) => rank[a.severity] - rank[b.severity] || b.count - a.count || a.code.localeCompare(b.code))
    },
    count(severity) {
      return counts[severity]
    },
  }
}
