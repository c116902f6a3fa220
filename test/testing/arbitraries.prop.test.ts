import './fastCheckSetup.js'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { parseSegmentMessage } from '../../src/models/segment/parse.js'
import { resolveSettings } from '../../src/settings/resolveSettings.js'
import { arbHostileInput, arbSegmentMessage, arbSettings } from '../../src/testing/index.js'

test('parseSegmentMessage accepts every generated valid message without an issue', () => {
  fc.assert(
    fc.property(arbSegmentMessage, (message) => {
      expect(parseSegmentMessage(message)).toMatchObject({ ok: true, issues: [] })
    }),
  )
})

test('resolveSettings accepts every generated settings value', () => {
  fc.assert(fc.property(arbSettings, (settings) => void resolveSettings(settings)))
})

test('parseSegmentMessage never throws on hostile input and never touches a prototype', () => {
  fc.assert(
    fc.property(arbHostileInput, (input) => {
      parseSegmentMessage(input)
      expect(Object.prototype).not.toHaveProperty('polluted')
    }),
  )
})
