import type { Issue } from '../issues/issue.js'

const LEADING_INDEX = /^(?:calls)?\[(\d+)\]/u

/**
 * The index (in the array given to `toRequests`) of the call a request issue is about, read
 * from the issue's path (`[3].event.user_id`), or `undefined` when it names no call.
 *
 * @example
 * callIndexOfIssue({ severity: 'error', code: 'invalid_id', path: '[3].event.user_id', message: '…' }) // 3
 */
export function callIndexOfIssue(issue: Issue): number | undefined {
  const match = LEADING_INDEX.exec(issue.path)
  return match?.[1] === undefined ? undefined : Number(match[1])
}
