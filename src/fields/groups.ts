import type { Issue } from '../issues/issue.js'
import { joinPath } from '../issues/path.js'
import type { Groups } from '../models/amplitude/types.js'
import type { SegmentData } from '../models/segment/types.js'
import { isPlainObject, own, setOwn } from '../util/object.js'

function groupValue(value: unknown): string | string[] | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (!Array.isArray(value)) return undefined
  const values: string[] = []
  for (const item of value) {
    const one = groupValue(item)
    if (typeof one !== 'string') return undefined
    values.push(one)
  }
  return values
}

/**
 * `groups` from an integration's `groups` option (SPEC section 3): group type to a value or a
 * list of values. Numbers become strings; other values warn at their path and are left out.
 *
 * @example
 * groupsOption({ groups: { company: 'Acme', team: ['a', 'b'] } }, 'integrations.Amplitude', issues)
 * // { company: 'Acme', team: ['a', 'b'] }
 */
export function groupsOption(options: SegmentData, base: string, issues: Issue[]): Groups | undefined {
  const value = own(options, 'groups')
  if (value === undefined || value === null) return undefined
  const path = joinPath(base, 'groups')
  if (!isPlainObject(value)) {
    issues.push({ severity: 'warning', code: 'invalid_option', path, message: `${path} must be an object of group type to value; it was ignored` })
    return undefined
  }
  const groups: Record<string, string | string[]> = {}
  let count = 0
  for (const key of Object.keys(value)) {
    const one = groupValue(value[key])
    if (one === undefined) {
      issues.push({
        severity: 'warning',
        code: 'invalid_option',
        path: joinPath(path, key),
        message: `${joinPath(path, key)} must be a group name or a list of names; it was ignored`,
      })
      continue
    }
    setOwn(groups, key, one)
    count++
  }
  return count === 0 ? undefined : groups
}
