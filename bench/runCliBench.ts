// The CLI end to end: `segment-amplitude convert FILE > /dev/null` on a large generated NDJSON
// file, timed from outside, with the child's peak RSS and CPU time read through a preload.

import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const builtCli = join(root, 'dist/cli.js')
const generator = join(root, 'scripts/gen-large-ndjson.mjs')
const preload = pathToFileURL(fileURLToPath(new URL('./cliResourceUsage.mjs', import.meta.url))).href

/** One CLI run's figures. */
export interface CliBenchResult {
  readonly messages: number
  readonly fileBytes: number
  readonly wallMs: number
  /** User plus system CPU time of the CLI process. */
  readonly cpuMs: number
  readonly messagesPerSecond: number
  readonly peakRssBytes: number
  readonly exitCode: number
  /** The CLI's own summary (stderr), for the record. */
  readonly summary: string
}

export interface CliBenchOptions {
  /** Messages in the generated file. @defaultValue 1,000,000 */
  readonly count?: number
  /** Extra CLI arguments after `convert FILE` (for example `['--profile', 'actions']`). */
  readonly args?: readonly string[]
  /** The CLI bundle to run. @defaultValue `dist/cli.js` */
  readonly cliPath?: string
}

/**
 * Generates `count` messages with scripts/gen-large-ndjson.mjs into a temporary directory, runs
 * the built CLI (`dist/cli.js` unless `cliPath` says otherwise; `npm run build` first) on them with stdout discarded, and removes
 * the file. Throws when the CLI is not built or the generator fails.
 *
 * @example
 * const { messagesPerSecond, peakRssBytes } = await runCliBench({ count: 10_000 })
 */
export async function runCliBench(options: CliBenchOptions = {}): Promise<CliBenchResult> {
  const count = options.count ?? 1_000_000
  const cliPath = options.cliPath ?? builtCli
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run \`npm run build\` first`)
  const dir = mkdtempSync(join(tmpdir(), 'segment-amplitude-bench-'))
  try {
    const file = join(dir, 'messages.ndjson')
    const generated = spawnSync(process.execPath, [generator, String(count), file], { stdio: ['ignore', 'ignore', 'pipe'] })
    if (generated.status !== 0) throw new Error(`gen-large-ndjson failed: ${generated.stderr.toString()}`)
    const usageFile = join(dir, 'usage.json')
    const start = performance.now()
    // Through a shell that forks the CLI rather than exec-ing it: on Linux a process's peak RSS
    // starts from that of the process it was forked from, and this benchmark's own heap (corpora,
    // Segment's destination) is larger than the CLI's. A small shell in between keeps the figure
    // the CLI's own.
    const command = [process.execPath, '--import', preload, cliPath, 'convert', file, ...(options.args ?? [])]
    const child = spawn('/bin/sh', ['-c', '"$@"; exit $?', 'sh', ...command], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, BENCH_RESOURCE_USAGE_FILE: usageFile },
    })
    let summary = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      summary += chunk
    })
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', (code) => resolve(code ?? -1))
    })
    const wallMs = performance.now() - start
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssBytes: number; cpuMicros: number }
    return {
      messages: count,
      fileBytes: statSync(file).size,
      wallMs,
      cpuMs: usage.cpuMicros / 1000,
      messagesPerSecond: count / (wallMs / 1000),
      peakRssBytes: usage.maxRssBytes,
      exitCode,
      summary,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
