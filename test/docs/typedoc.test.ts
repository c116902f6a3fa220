import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { ROOT } from '../../scripts/gen-docs.js'

// `npm run docs` writes docs/api; this runs the same configuration (typedoc.json, with
// treatWarningsAsErrors) without writing anything, so a missing export, an unresolved {@link}
// or a malformed tag fails the test suite rather than the next docs build.
test('npm run docs builds the API reference without warnings', async () => {
  const run = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    execFile(process.execPath, [join(ROOT, 'node_modules/typedoc/bin/typedoc'), '--emit', 'none'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') reject(error)
      else resolve({ code: error === null ? 0 : (error.code as number), output: `${stdout}${stderr}` })
    })
  })
  expect(run.output.replace(/\x1b\[[0-9;]*m/g, ''), 'typedoc reported warnings or errors').not.toMatch(/\[(warning|error)\]/)
  expect(run.code).toBe(0)
}, 300_000)
