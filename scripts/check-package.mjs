#!/usr/bin/env node
// Package checks, run by `npm test` after `npm run build` (`npm run check:package`). They test
// the package a user installs, not the source tree: the packed tarball goes through publint and
// "Are the Types Wrong?", is installed into a temporary project, and `scripts/smoke/smoke.mjs`
// imports and requires it under Node, Deno and Bun. Prints one PASS/FAIL line per check and exits
// non-zero when any fails. Set KEEP_TMP=1 to keep the temporary directory for a post-mortem.

import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'

// The core bundle's gzip ceiling, on dist/index.js as shipped (unminified; a user's bundler
// minifies it to about 80% of this). Measured with every part of the core in place (parser,
// Classic and Actions profiles, user-agent parser, requests): 27.6 KB gzip, then 30.2 KB after the
// hot-path work of issue 10, in bundled bytes before gzip: the Actions profile writes each event in
// its final key order instead of spreading field bags (+4.3 KB), toRequests probes a call cheaply
// before its reporting checks (+2.2 KB), the parser's fast check (+0.9 KB). A second round
// brought it to 31.2 KB: the Classic mappings' hot path (+3.8 KB bundled, +0.85 KB gzip, for
// 12-20 % off Classic translate) and the Date/boxed-primitive checks on properties (+0.2 KB
// gzip), hence 32 KB. The UA parser with its rule tables is 6.3 KB of it
// (ua-parser-js alone is about 9 KB). 32 KB is deliberately that tight: the core is
// feature-complete, so growth past it means a dependency, a duplicated table or a copied mapping
// got in, which is what this check is for. Raise it only with a measurement here.
const CORE_GZIP_CEILING = 32 * 1024

const SMOKE_RUNS = [
  // Node: every entry point, both module systems (./testing needs the optional peer fast-check).
  { runtime: 'node', command: [process.execPath], entries: ['.', './delivery', './testing'], formats: ['esm', 'cjs'] },
  // Deno and Bun: the pure core only; delivery and the CLI are Node shells.
  { runtime: 'deno', command: ['deno', 'run', '--allow-read', '--no-prompt', '--no-lock'], entries: ['.'], formats: ['esm', 'cjs'] },
  { runtime: 'bun', command: ['bun'], entries: ['.'], formats: ['esm', 'cjs'] },
]

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')
const started = Date.now()
let failures = 0

function report(ok, name, detail = '') {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail === '' ? '' : `: ${detail}`}`)
  if (!ok) failures += 1
}

/** Runs a check; a thrown error is its failure, a returned string its detail. */
async function check(name, fn) {
  try {
    report(true, name, (await fn()) ?? '')
    return true
  } catch (error) {
    report(false, name, error instanceof Error ? error.message : String(error))
    return false
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, ...options })
  if (result.error) throw result.error
  return result
}

/**
 * The environment for nested npm commands. `npm run` exports the repository's npm configuration
 * as `npm_config_*` variables; a nested `npm install` would take them as command-line flags (and
 * refuses `allow-scripts` there), and the temporary project should not inherit them anyway.
 */
function npmEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name)))
}

function localBin(name) {
  return join(root, 'node_modules', '.bin', name)
}

function filesUnder(directory) {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const coreBundle = join(dist, 'index.js')
if (!existsSync(coreBundle)) {
  report(false, 'build output', `${relative(root, coreBundle)} is missing: run \`npm run build\` first`)
  process.exit(1)
}

await check('package.json has no "dependencies" key', () => {
  // Not even an empty one: the core is dependency-free by design, and an empty key invites a
  // first entry in review.
  if ('dependencies' in pkg) throw new Error(`found dependencies: ${JSON.stringify(pkg.dependencies)}`)
  return 'no runtime dependency'
})

await check('built declarations do not reference type-fest', () => {
  const declarations = filesUnder(dist).filter((file) => /\.d\.c?ts$/.test(file))
  if (declarations.length === 0) throw new Error('no .d.ts/.d.cts in dist')
  const offenders = declarations.filter((file) => readFileSync(file, 'utf8').includes('type-fest'))
  if (offenders.length > 0) throw new Error(`type-fest in ${offenders.map((file) => relative(root, file)).join(', ')}`)
  return `${declarations.length} declaration files checked`
})

await check(`core bundle gzip size <= ${CORE_GZIP_CEILING / 1024} KB`, () => {
  const source = readFileSync(coreBundle)
  const gzipped = gzipSync(source, { level: 9 }).length
  const detail = `dist/index.js ${(source.length / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzip (ceiling ${CORE_GZIP_CEILING / 1024} KB)`
  if (gzipped > CORE_GZIP_CEILING) throw new Error(detail)
  return detail
})

const temp = mkdtempSync(join(tmpdir(), 'segment-amplitude-pack-'))
try {
  let tarball
  const packed = await check('npm pack', () => {
    // --ignore-scripts: `prepare` would rebuild dist, which the caller has just built.
    const result = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], { cwd: root, env: npmEnv() })
    if (result.status !== 0) throw new Error(result.stderr.trim())
    const [info] = JSON.parse(result.stdout)
    tarball = join(temp, info.filename)
    const allowed = new Set(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'])
    const stray = info.files.map((file) => file.path).filter((path) => !path.startsWith('dist/') && !allowed.has(path))
    if (stray.length > 0) throw new Error(`unexpected files in the tarball: ${stray.join(', ')}`)
    const absent = [...allowed].filter((path) => !info.files.some((file) => file.path === path))
    if (absent.length > 0) throw new Error(`missing from the tarball: ${absent.join(', ')}`)
    return `${info.filename}, ${info.files.length} files, ${(info.size / 1024).toFixed(1)} KB`
  })
  if (!packed) throw new Error('cannot go on without a tarball')

  await check('publint (tarball, strict, all levels)', async () => {
    const buffer = readFileSync(tarball)
    const tarballBytes = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength)
    const { messages } = await publint({ pack: { tarball: tarballBytes }, level: 'suggestion', strict: true })
    if (messages.length > 0) {
      throw new Error(messages.map((message) => `\n  ${message.type}: ${formatMessage(message, pkg) ?? message.code}`).join(''))
    }
    return 'no errors, warnings or suggestions'
  })

  await check('are the types wrong (profile node16: ESM and CJS under node16, bundler)', () => {
    // node16 rather than strict: the sub-paths are reachable through `exports` only, which
    // moduleResolution node10 predates; the root still resolves under node10 through `types`.
    const result = run(localBin('attw'), [tarball, '--profile', 'node16', '--format', 'ascii', '--no-emoji', '--no-color'], { cwd: temp })
    if (result.status !== 0) throw new Error(`\n${result.stdout}${result.stderr}`)
    return 'no problems'
  })

  const project = join(temp, 'project')
  const installed = await check('install the tarball into a fresh project (offline)', () => {
    mkdirSync(project)
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'smoke', private: true }))
    const result = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
      cwd: project,
      env: npmEnv(),
    })
    if (result.status !== 0) throw new Error(result.stderr.trim())
    // ./testing imports the optional peer fast-check: lend it the repository's copy.
    symlinkSync(join(root, 'node_modules', 'fast-check'), join(project, 'node_modules', 'fast-check'), 'dir')
    copyFileSync(join(root, 'scripts', 'smoke', 'smoke.mjs'), join(project, 'smoke.mjs'))
    const cli = readFileSync(join(project, 'node_modules', '.bin', pkg.name), 'utf8')
    if (!cli.startsWith('#!/usr/bin/env node')) throw new Error('the installed bin does not start with a node shebang')
    return 'installed with its bin linked'
  })

  if (installed) {
    for (const smoke of SMOKE_RUNS) {
      const [command, ...flags] = smoke.command
      const executable = command === process.execPath ? command : localBin(command)
      const args = [...flags, 'smoke.mjs', '--entries', smoke.entries.join(','), '--formats', smoke.formats.join(',')]
      const result = run(executable, args, {
        cwd: project,
        env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
      })
      const output = `${result.stdout}${result.stderr}`.trim()
      if (output !== '') console.log(output.replace(/^/gm, '  '))
      const passes = (result.stdout.match(/^PASS /gm) ?? []).length
      report(result.status === 0 && passes > 0, `smoke under ${smoke.runtime}`, `${passes} checks passed, exit ${result.status ?? result.signal}`)
    }
  }
} catch (error) {
  report(false, 'package checks', error instanceof Error ? error.message : String(error))
} finally {
  if (process.env.KEEP_TMP) console.log(`kept ${temp}`)
  else rmSync(temp, { recursive: true, force: true })
}

const seconds = ((Date.now() - started) / 1000).toFixed(1)
console.log(failures === 0 ? `check-package: all checks passed in ${seconds} s` : `check-package: ${failures} check(s) failed in ${seconds} s`)
process.exitCode = failures === 0 ? 0 : 1
