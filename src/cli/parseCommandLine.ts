import { parseArgs } from 'node:util'
import { HELP } from './help.js'

/**
 * A command of the CLI.
 *
 * @example
 * const command: Command = 'validate'
 */
export type Command = 'convert' | 'validate' | 'send'

/**
 * Everything a run needs from the command line, checked and typed.
 *
 * @example
 * const line: CommandLine = { command: 'convert', input: '-', region: 'us', useBatchEndpoint: false, progress: 'auto', quiet: false, stats: false, json: false }
 */
export interface CommandLine {
  readonly command: Command
  /** A path, or `-` for stdin. */
  readonly input: string
  readonly settingsFile?: string
  readonly profile?: 'classic' | 'actions'
  readonly region: 'us' | 'eu'
  readonly useBatchEndpoint: boolean
  readonly apiKey?: string
  readonly minIdLength?: number
  readonly maxEventsPerRequest?: number
  readonly rejects?: string
  readonly progress: 'auto' | 'on' | 'off'
  readonly quiet: boolean
  readonly stats: boolean
  readonly outDir?: string
  readonly json: boolean
  readonly endpoint?: string
  readonly concurrency?: number
  readonly maxRetries?: number
  readonly timeoutMs?: number
  readonly backoffMs?: number
  readonly throttleDelayMs?: number
}

/**
 * What the arguments ask for: a run, a help text, the version, or a usage error to report
 * (exit code 2) with the relevant help.
 *
 * @example
 * const outcome: ParsedCommandLine = { kind: 'usage', message: 'unknown command "conver"', help: HELP.main }
 */
export type ParsedCommandLine =
  | { readonly kind: 'run'; readonly line: CommandLine }
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage'; readonly message: string; readonly help: string }

const OPTIONS = {
  settings: { type: 'string' },
  profile: { type: 'string' },
  region: { type: 'string' },
  batch: { type: 'boolean' },
  'api-key': { type: 'string' },
  'min-id-length': { type: 'string' },
  'max-events-per-request': { type: 'string' },
  rejects: { type: 'string' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  stats: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  'out-dir': { type: 'string' },
  json: { type: 'boolean' },
  endpoint: { type: 'string' },
  concurrency: { type: 'string' },
  'max-retries': { type: 'string' },
  timeout: { type: 'string' },
  backoff: { type: 'string' },
  'throttle-delay': { type: 'string' },
} as const

/** Flags only some commands take. */
const ONLY: Readonly<Record<string, readonly Command[]>> = {
  'out-dir': ['convert'],
  json: ['validate'],
  endpoint: ['send'],
  concurrency: ['send'],
  'max-retries': ['send'],
  timeout: ['send'],
  backoff: ['send'],
  'throttle-delay': ['send'],
}

const COMMANDS: readonly string[] = ['convert', 'validate', 'send']

class UsageError extends Error {}

function integer(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/u.test(value) || Number(value) < min) throw new UsageError(`--${name} must be an integer >= ${min}, got "${value}"`)
  return Number(value)
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be ${allowed.join(' or ')}, got "${value}"`)
  return value as T
}

/** Copies only defined values: the options object is built for exactOptionalPropertyTypes. */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> }
}

/**
 * Parses the CLI's arguments (without `node` and the script) with `node:util` `parseArgs`.
 * Never exits or prints: the caller decides what to do with a usage error. `env` supplies
 * `AMPLITUDE_API_KEY` when `--api-key` is absent.
 *
 * @example
 * parseCommandLine(['convert', 'in.ndjson', '--region', 'eu'], {})
 * // { kind: 'run', line: { command: 'convert', input: 'in.ndjson', region: 'eu', … } }
 */
export function parseCommandLine(args: readonly string[], env: Readonly<Record<string, string | undefined>>): ParsedCommandLine {
  // The command is the first positional; guessed before parsing so a usage error in the flags
  // still shows that command's help.
  const guess = args.find((arg) => COMMANDS.includes(arg)) as Command | undefined
  let help = guess === undefined ? HELP.main : HELP[guess]
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true })
    const first = positionals[0]
    const command = first !== undefined && COMMANDS.includes(first) ? (first as Command) : undefined
    help = command === undefined ? HELP.main : HELP[command]
    if (values.help === true) return { kind: 'help', text: help }
    if (values.version === true) return { kind: 'version' }
    if (command === undefined) {
      if (first === undefined) return { kind: 'usage', message: 'no command given', help }
      if (first === 'help') {
        const topic = positionals[1]
        return { kind: 'help', text: topic !== undefined && COMMANDS.includes(topic) ? HELP[topic as Command] : HELP.main }
      }
      return { kind: 'usage', message: `unknown command "${first}" (expected convert, validate or send)`, help }
    }
    if (positionals.length > 2) throw new UsageError(`one input at a time; got ${positionals.slice(1).join(', ')}`)
    for (const [flag, commands] of Object.entries(ONLY)) {
      if ((values as Record<string, unknown>)[flag] !== undefined && !commands.includes(command)) {
        throw new UsageError(`--${flag} is not an option of ${command} (only of ${commands.join(', ')})`)
      }
    }
    if (values.progress === true && values['no-progress'] === true) throw new UsageError('--progress and --no-progress contradict each other')
    const apiKey = values['api-key'] ?? (env['AMPLITUDE_API_KEY'] === '' ? undefined : env['AMPLITUDE_API_KEY'])
    if (command === 'send' && apiKey === undefined) throw new UsageError('send needs an Amplitude API key: --api-key KEY or $AMPLITUDE_API_KEY')
    if (apiKey !== undefined && apiKey.trim() === '') throw new UsageError('--api-key is empty')
    const endpoint = values.endpoint
    if (endpoint !== undefined && !/^https?:\/\/[^/]/u.test(endpoint)) throw new UsageError(`--endpoint must be an http(s) URL, got "${endpoint}"`)
    const line: CommandLine = {
      command,
      input: positionals[1] ?? '-',
      region: oneOf('region', values.region, ['us', 'eu'] as const) ?? 'us',
      useBatchEndpoint: values.batch === true,
      progress: values.progress === true ? 'on' : values['no-progress'] === true ? 'off' : 'auto',
      quiet: values.quiet === true,
      stats: values.stats === true,
      json: values.json === true,
      ...defined({
        settingsFile: values.settings,
        profile: oneOf('profile', values.profile, ['classic', 'actions'] as const),
        apiKey,
        minIdLength: integer('min-id-length', values['min-id-length'], 1),
        maxEventsPerRequest: integer('max-events-per-request', values['max-events-per-request'], 1),
        rejects: values.rejects,
        outDir: values['out-dir'],
        endpoint,
        concurrency: integer('concurrency', values.concurrency, 1),
        maxRetries: integer('max-retries', values['max-retries'], 0),
        timeoutMs: integer('timeout', values.timeout, 1),
        backoffMs: integer('backoff', values.backoff, 0),
        throttleDelayMs: integer('throttle-delay', values['throttle-delay'], 0),
      }),
    }
    return { kind: 'run', line }
  } catch (error) {
    // parseArgs throws TypeErrors with codes like ERR_PARSE_ARGS_UNKNOWN_OPTION: usage errors too.
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      return { kind: 'usage', message: error.message, help }
    }
    throw error
  }
}
