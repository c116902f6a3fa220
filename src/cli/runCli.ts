import { readFileSync } from 'node:fs'
import { CliError } from './CliError.js'
import { EXIT_CODES } from './help.js'
import { parseCommandLine } from './parseCommandLine.js'
import { runCommand, type RunIo } from './runCommand.js'

function version(): string {
  // dist/cli.js sits one level below package.json; when bundled elsewhere (tests), say so.
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name?: string; version?: string }
    if (pkg.name === 'segment-amplitude' && typeof pkg.version === 'string') return pkg.version
  } catch {
    // fall through
  }
  return 'unknown'
}

/**
 * The whole CLI: parses `args`, runs the command and returns the exit code (documented in
 * `--help`: 0 ok, 1 some messages failed, 2 usage error, 3 fatal). Never calls
 * `process.exit`, so pending output is flushed before the process ends.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, now: Date.now }, process.env)
 */
export async function runCli(args: readonly string[], io: RunIo, env: Readonly<Record<string, string | undefined>>): Promise<number> {
  const parsed = parseCommandLine(args, env)
  switch (parsed.kind) {
    case 'help':
      io.stdout.write(parsed.text)
      return EXIT_CODES.ok
    case 'version':
      io.stdout.write(`${version()}\n`)
      return EXIT_CODES.ok
    case 'usage':
      io.stderr.write(`segment-amplitude: ${parsed.message}\n\n${parsed.help}`)
      return EXIT_CODES.usage
    case 'run':
      break
  }
  try {
    return await runCommand(parsed.line, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`segment-amplitude: ${error.message}\n`)
      if (error.exitCode === 2) io.stderr.write(`Run 'segment-amplitude ${parsed.line.command} --help' for the options.\n`)
      return error.exitCode
    }
    // The reader of stdout went away (`| head`): stop quietly, like other Unix tools.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return EXIT_CODES.ok
    io.stderr.write(`segment-amplitude: fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return EXIT_CODES.fatal
  }
}
