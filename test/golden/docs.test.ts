import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { GOLDEN_END, GOLDEN_START, MAPPING_DOC_CALLS, mappingDocPath, renderMappingDoc } from '../../scripts/gen-mapping-docs.js'

const root = new URL('../../', import.meta.url)

function committed(path: string): string | undefined {
  try {
    return readFileSync(new URL(path, root), 'utf8')
  } catch {
    return undefined
  }
}

describe('docs/mappings', () => {
  for (const call of MAPPING_DOC_CALLS) {
    test(`${mappingDocPath(call)} is what the generator renders from the golden fixtures`, () => {
      const path = mappingDocPath(call)
      const expected = renderMappingDoc(call)
      const actual = committed(path)
      if (actual !== expected) {
        expect.fail(
          `${path} is ${actual === undefined ? 'missing' : 'stale'}: the golden fixtures or the field tables changed. ` +
            'Run `npx tsx scripts/gen-mapping-docs.ts` and commit the result.',
        )
      }
    })

    test(`${mappingDocPath(call)} has a field table and one golden section`, () => {
      const text = renderMappingDoc(call)
      expect(text).toContain('| Amplitude field | Segment source | Fallback | Notes |')
      expect(text.split(GOLDEN_START)).toHaveLength(2)
      expect(text.split(GOLDEN_END)).toHaveLength(2)
      expect(text.indexOf(GOLDEN_START)).toBeLessThan(text.indexOf(GOLDEN_END))
    })
  }
})
