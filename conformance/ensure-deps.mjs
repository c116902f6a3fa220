// `npm run conformance` from the repository root must work on a fresh clone: install the oracle's
// own dependencies (this folder's lockfile, not the library's) the first time.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
if (!existsSync(join(here, 'node_modules/@segment/action-destinations/package.json'))) {
  console.error('conformance: installing the oracle (npm ci in conformance/, about 45 MB)…')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  // Under `npm run`, the parent npm exports its configuration as npm_config_* variables (the
  // root project's prefix and allow-scripts list among them); this install has its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)))
  const result = spawnSync(npm, ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: here,
    env,
    stdio: 'inherit',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
