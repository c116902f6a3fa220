import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'tsup'

/** The repository root: the CLI bundle is built from its sources. */
export const ROOT: string = fileURLToPath(new URL('../../', import.meta.url))
export const SAMPLE: string = join(ROOT, 'examples/segment-sample.ndjson')

/**
 * Bundles src/cli/main.ts the way tsup.config.ts does for dist/cli.js, but into a fresh temp
 * directory: tests then run a built CLI without racing anyone's `npm run build` of dist/.
 */
export async function buildCli(): Promise<{ cli: string; cleanup: () => Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), 'segment-amplitude-cli-'))
  await build({
    config: false,
    entry: { cli: join(ROOT, 'src/cli/main.ts') },
    outDir,
    format: ['esm'],
    target: 'node18',
    platform: 'node',
    treeshake: true,
    splitting: false,
    silent: true,
  })
  return { cli: join(outDir, 'cli.js'), cleanup: () => rm(outDir, { recursive: true, force: true }) }
}

export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the built CLI as a child process, feeding `stdin` (a string or bytes) when given. */
export function runCli(
  cli: string,
  args: readonly string[],
  options: { readonly stdin?: string | Buffer; readonly env?: Readonly<Record<string, string>>; readonly cwd?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, ...options.env }
    if (options.env?.['AMPLITUDE_API_KEY'] === undefined) delete env['AMPLITUDE_API_KEY']
    const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }))
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.stdin ?? '')
  })
}

/** The NDJSON lines of a text, parsed. */
export function ndjson<T = Record<string, unknown>>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

export async function readNdjson<T = Record<string, unknown>>(path: string): Promise<T[]> {
  return ndjson<T>(await readFile(path, 'utf8'))
}
