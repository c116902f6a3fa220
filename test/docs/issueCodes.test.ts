import { describe, expect, test } from 'vitest'
import { collectCodeLiterals, ISSUE_CATALOGUES, parseCatalogueEntry } from '../../scripts/gen-docs.js'
import { DELIVERY_REJECTION_REASONS } from '../../src/delivery/codes.js'

const literals = collectCodeLiterals()
const catalogued = new Map<string, Set<string>>()
for (const catalogue of ISSUE_CATALOGUES) {
  for (const [code, entry] of Object.entries(catalogue.codes)) {
    const severities = catalogued.get(code) ?? new Set<string>()
    severities.add(parseCatalogueEntry(code, entry).severity)
    catalogued.set(code, severities)
  }
}
// The CLI reports a call Amplitude rejected as an error issue whose code is the rejection reason.
for (const reason of Object.keys(DELIVERY_REJECTION_REASONS)) catalogued.set(reason, new Set(['error']))

/**
 * Codes reported with a severity other than their catalogue's, on purpose; the catalogue's
 * meaning must say so. Key: `code@file`.
 */
const SEVERITY_EXCEPTIONS: Readonly<Record<string, string>> = {
  'invalid_option@src/mappings/alias/mapAlias.ts': 'an unmap of the wrong type fails the alias: guessing could unmap the wrong id (docs/decisions/classic.md)',
}

describe('issue-code catalogues', () => {
  test('the scan finds the code literals of src/ (it would pass vacuously otherwise)', () => {
    expect(literals.length).toBeGreaterThan(50)
    expect(literals.map((literal) => literal.code)).toEqual(expect.arrayContaining(['missing_identity', 'invalid_id', 'invalid_json', 'exhausted', 'invalid_number']))
  })

  test('every issue code or rejection reason written in src/ is in a catalogue', () => {
    const unknown = literals.filter(({ code }) => !catalogued.has(code)).map(({ code, at }) => `${code} (${at})`)
    expect(unknown, 'add these codes to the catalogue of their area (src/<area>/codes.ts)').toEqual([])
  })

  test('a code reported with a literal severity has that severity in its catalogue', () => {
    const wrong = literals
      .filter(({ code, severity }) => severity !== undefined && catalogued.get(code)?.has(severity) === false)
      .filter(({ code, at }) => SEVERITY_EXCEPTIONS[`${code}@${at.replace(/:\d+$/, '')}`] === undefined)
      .map(({ code, severity, at }) => `${code} reported as ${severity} (${at}), catalogued as ${[...(catalogued.get(code) ?? [])].join(' or ')}`)
    expect(wrong).toEqual([])
  })

  test('every catalogued issue code is reported somewhere in src/', () => {
    const reported = new Set(literals.map(({ code }) => code))
    const unused = ISSUE_CATALOGUES.flatMap(({ name, codes }) => Object.keys(codes).filter((code) => !reported.has(code)).map((code) => `${name}.${code}`))
    expect(unused, 'a catalogued code no code reports: remove it, or report it with a literal').toEqual([])
  })

  test('every catalogue entry is "severity: meaning" and no code repeats within a catalogue', () => {
    for (const { codes } of ISSUE_CATALOGUES) {
      for (const [code, entry] of Object.entries(codes)) {
        expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/)
        expect(() => parseCatalogueEntry(code, entry)).not.toThrow()
      }
    }
  })
})
