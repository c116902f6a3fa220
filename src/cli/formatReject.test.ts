import { describe, expect, test } from 'vitest'
import type { Issue } from '../issues/issue.js'
import { formatReject } from './formatReject.js'

const reason: Issue = { severity: 'error', code: 'missing_event', path: 'event', message: 'a track call needs a non-empty event name' }

describe('formatReject', () => {
  test('splices the original message in byte for byte, big numbers and key order intact', () => {
    const raw = '{"type":"track","userId":"u-1","properties":{"big":12345678901234567890}}'
    expect(formatReject({ line: 4, raw, parsed: true, reasons: [reason] })).toBe(
      `{"line":4,"reasons":[${JSON.stringify(reason)}],"message":${raw}}\n`,
    )
  })

  test('folds a pretty-printed array element onto one line', () => {
    const line = formatReject({ line: 2, raw: '{\n  "type": "track"\n}', parsed: true, reasons: [] })
    expect(line).toBe('{"line":2,"reasons":[],"message":{   "type": "track" }}\n')
    expect(JSON.parse(line)).toStrictEqual({ line: 2, reasons: [], message: { type: 'track' } })
  })

  test('keeps text that is not JSON as a string under raw', () => {
    expect(formatReject({ line: 9, raw: 'not json', parsed: false, reasons: [] })).toBe('{"line":9,"reasons":[],"raw":"not json"}\n')
  })

  test('writes an untraced call itself with a null line', () => {
    const call = { api: 'usermap', mapping: { user_id: 'anon-1', global_user_id: 'user-1' } } as const
    expect(JSON.parse(formatReject({ line: null, call, reasons: [reason] }))).toStrictEqual({ line: null, reasons: [reason], call })
  })
})
