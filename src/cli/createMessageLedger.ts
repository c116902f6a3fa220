import type { Issue } from '../issues/issue.js'

interface Entry {
  readonly raw: string | undefined
  pending: number
  problems: Issue[] | undefined
}

/**
 * Follows each message whose calls are still buffered or in flight until every call has an
 * outcome, then reports the message once: done (all calls written or delivered) or failed
 * with the problems of its failed calls. Entries live only while calls are pending, so the
 * ledger stays as small as the buffers.
 *
 * @example
 * const ledger = createMessageLedger((line, raw, problems) => console.log(line, problems.length))
 * ledger.open(7, '{"type":"group",…}', 2)
 * ledger.settle(7)
 * ledger.settle(7, { severity: 'error', code: 'invalid_api_key', path: '', message: '…' }) // logs 7 1
 */
export function createMessageLedger(
  onSettled: (line: number, raw: string | undefined, problems: readonly Issue[]) => void,
): {
  open(line: number, raw: string | undefined, calls: number): void
  settle(line: number, problem?: Issue): void
  /**
   * Ends every open message now: failed with `problem` (the run is stopping), or, without one,
   * with the problems it has so far.
   */
  closeAll(problem?: Issue): void
  size(): number
} {
  const entries = new Map<number, Entry>()
  function finish(line: number, entry: Entry): void {
    entries.delete(line)
    onSettled(line, entry.raw, entry.problems ?? [])
  }
  return {
    open(line, raw, calls) {
      entries.set(line, { raw, pending: calls, problems: undefined })
    },
    settle(line, problem) {
      const entry = entries.get(line)
      if (entry === undefined) return
      if (problem !== undefined) (entry.problems ??= []).push(problem)
      entry.pending -= 1
      if (entry.pending <= 0) finish(line, entry)
    },
    closeAll(problem) {
      for (const [line, entry] of [...entries]) {
        if (problem !== undefined) (entry.problems ??= []).push(problem)
        finish(line, entry)
      }
    },
    size() {
      return entries.size
    },
  }
}
