import type { Issue } from '../issues/issue.js'
import type { SegmentData } from '../models/segment/types.js'
import { own } from '../util/object.js'
import { showValue } from './showValue.js'
import { parseIsoTime } from './time.js'
import { withoutNegativeZero } from './withoutNegativeZero.js'

/** Amplitude's "out of session": the event does not join, extend or start a session. */
export const OUT_OF_SESSION = -1

/**
 * The session start in epoch ms from an integration's `session_id` option: a number, a digit
 * string, or an ISO date. `undefined` when absent; `undefined` with a warning when unusable.
 *
 * @example
 * sessionOption({ session_id: '1704067200000' }, 'integrations.Amplitude', issues) // 1704067200000
 */
export function sessionOption(options: SegmentData, base: string, issues: Issue[]): number | undefined {
  const value = own(options, 'session_id')
  if (value === undefined || value === null) return undefined
  let session: number | undefined
  if (typeof value === 'number' && Number.isFinite(value)) session = withoutNegativeZero(Math.floor(value))
  else if (typeof value === 'string' && /^\s*-?\d{1,16}\s*$/.test(value)) session = Number(value)
  else if (typeof value === 'string') session = parseIsoTime(value)
  if (session === undefined || session !== value && typeof value === 'number') {
    issues.push({
      severity: 'warning',
      code: 'invalid_session_id',
      path: `${base}.session_id`,
      message:
        session === undefined
          ? `${base}.session_id ${showValue(value)} is not epoch milliseconds or an ISO date; the event is sent out of session`
          : `${base}.session_id ${String(value)} is not whole milliseconds; it was floored to ${session}`,
    })
  }
  return session
}
