import { describe, expect, test } from 'vitest'
import { requiredText } from './requiredText.js'

describe('requiredText', () => {
  test('returns a plain pattern lower-cased', () => {
    expect(requiredText(/YaBrowser\//i)).toBe('yabrowser/')
  })

  test('reads through plain groups that match exactly once', () => {
    expect(requiredText(/(kindle)\/([\w.]+)/i)).toBe('kindle/')
    expect(requiredText(/(?:one)(?:plus) (a\d0\d\d)/i)).toBe('oneplus a')
  })

  test('keeps the longest run when classes, wildcards and escapes like \\b split the text', () => {
    expect(requiredText(/droid.+; (pixel[\daxl ]{0,6})(?: bui|\))/i)).toBe('; pixel')
    expect(requiredText(/\bmz-([-\w]{2,})/i)).toBe('mz-')
  })

  test('drops a character a quantifier makes optional or repeatable', () => {
    expect(requiredText(/(apple) ?tv/i)).toBe('apple')
    expect(requiredText(/abc+d/i)).toBe('ab')
    expect(requiredText(/ab{2,3}c/i)).toBe('a')
  })

  test('skips groups that alternate, repeat or look ahead', () => {
    expect(requiredText(/(?:crmo|crios)\/v/i)).toBe('/v')
    expect(requiredText(/x(?:ab)?yz/i)).toBe('yz')
    expect(requiredText(/(ab)+cd/i)).toBe('cd')
    expect(requiredText(/xbox(?!; xbox)/i)).toBe('xbox')
  })

  test('reads an escaped character as itself', () => {
    expect(requiredText(/\(bb10; /i)).toBe('(bb10; ')
  })

  test('has no text for a top-level alternation', () => {
    expect(requiredText(/phone|mobile/i)).toBe('')
  })

  test('does not mistake the inside of a class for a group or an alternation', () => {
    expect(requiredText(/ab[(|)]cd/i)).toBe('ab')
  })
})
