import { beforeAll, describe, expect, test } from 'vitest'
import { CHECKED_GUIDES, checkExamples, markdownSnippets } from '../../scripts/extract-examples.js'

let result: ReturnType<typeof checkExamples>

beforeAll(() => {
  // One program for every example and snippet: type-checking them one by one would take minutes.
  result = checkExamples(markdownSnippets(CHECKED_GUIDES))
}, 300_000)

describe('TSDoc examples of the public API', () => {
  test('every export of segment-amplitude, /delivery and /testing has a TSDoc block with an @example', () => {
    expect(result.exports.length).toBeGreaterThan(100)
    expect(result.missing).toEqual([])
  })

  test('every @example type-checks as a module importing the package', () => {
    const errors = result.errors.filter(({ at }) => at.startsWith('src/')).map(({ at, owner, message }) => `${at} (${owner}): ${message}`)
    expect(errors).toEqual([])
  })
})

describe('code blocks of the guides', () => {
  test('the guides have TypeScript and JavaScript blocks to check', () => {
    const files = new Set(result.examples.filter(({ owner }) => !owner.startsWith('segment-amplitude')).map(({ file }) => file))
    expect([...files]).toEqual(expect.arrayContaining(['README.md', 'docs/guides/getting-started.md', 'docs/guides/recipes.md']))
  })

  test('every ts and js block of the guides type-checks', () => {
    const errors = result.errors.filter(({ at }) => !at.startsWith('src/')).map(({ at, message }) => `${at}: ${message}`)
    expect(errors).toEqual([])
  })
})
