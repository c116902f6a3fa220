import { describe, expect, test } from 'vitest'
import { findSnippets, GENERATED_DOCS, readDoc } from '../../scripts/gen-docs.js'

describe('generated parts of the guides', () => {
  for (const { path, render } of GENERATED_DOCS) {
    test(`${path} is what scripts/gen-docs.ts renders from the code`, async () => {
      const committed = readDoc(path)
      if (committed === undefined) expect.fail(`${path} is missing`)
      const rendered = await render(committed)
      if (rendered !== committed) {
        // Show the first differing line: the whole file is too long to read in a failure.
        const a = committed.split('\n')
        const b = rendered.split('\n')
        const at = a.findIndex((line, index) => line !== b[index])
        expect.fail(
          `${path} is stale from line ${at + 1}:\n  committed: ${a[at] ?? '(end)'}\n  generated: ${b[at] ?? '(end)'}\n` +
            'Run `npx tsx scripts/gen-docs.ts` and commit the result.',
        )
      }
    }, 120_000)
  }

  test('every runnable snippet of getting started has its output block', () => {
    const guide = readDoc('docs/guides/getting-started.md') ?? ''
    const snippets = findSnippets(guide)
    expect(snippets.map((snippet) => snippet.name)).toEqual(['convert-sample', 'translate-one', 'issues', 'settings', 'to-requests', 'deliver'])
    for (const { name } of snippets) expect(guide).toContain(`<!-- output: ${name} -->\n\`\`\``)
  })
})
