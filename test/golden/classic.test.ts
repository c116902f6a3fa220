import { describe, expect, test } from 'vitest'
import { translate } from '../../src/translate.js'
import { CLASSIC_GOLDEN } from './classic/index.js'

function isJson(value: unknown): boolean {
  return JSON.stringify(JSON.parse(JSON.stringify(value))) === JSON.stringify(value)
}

for (const [file, cases] of Object.entries(CLASSIC_GOLDEN)) {
  describe(`classic golden: ${file}`, () => {
    test('has case names that are unique sentences', () => {
      const names = cases.map((c) => c.name)
      expect(new Set(names).size).toBe(names.length)
      for (const name of names) expect(name).toMatch(/^\S.*[^.\s]$/)
    })

    for (const golden of cases) {
      test(golden.name, () => {
        // Fixtures are plain JSON so that docs/mappings shows exactly what the test sends.
        expect(golden.message === undefined || isJson(golden.message)).toBe(true)
        const before = JSON.stringify(golden.message)
        const result = translate(golden.message, golden.settings)
        expect(JSON.stringify(golden.message)).toBe(before)

        expect(result.ok).toBe(golden.expected.ok)
        expect(result.issues.map(({ severity, code, path }) => ({ severity, code, path }))).toStrictEqual(
          golden.expected.issues ?? [],
        )
        for (const issue of result.issues) expect(issue.message).toMatch(/\S/)
        if (result.ok) {
          expect(result.calls).toStrictEqual(golden.expected.calls ?? [])
          // The payload is exactly what Amplitude receives: JSON with nothing lost on the way.
          expect(JSON.parse(JSON.stringify(result.calls))).toStrictEqual(result.calls)
        } else {
          expect(golden.expected.calls).toBeUndefined()
          expect(result.issues.some((issue) => issue.severity === 'error')).toBe(true)
        }
      })
    }
  })
}
