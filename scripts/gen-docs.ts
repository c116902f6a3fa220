// Generates the parts of the guides that must not drift from the code, between
// `<!-- BEGIN GENERATED: name -->` and `<!-- END GENERATED: name -->` markers:
//
// - docs/guides/errors.md: the table of every issue code, from the `*_ISSUE_CODES` catalogues
//   and the delivery client's rejection reasons;
// - docs/guides/settings.md: the settings table, defaults read from DEFAULT_SETTINGS;
// - docs/guides/getting-started.md: the output printed by each snippet marked `<!-- run: name -->`
//   (TypeScript, run against src/) or `<!-- run-cli: name -->` (the CLI, run in-process).
//
// Run `npx tsx scripts/gen-docs.ts` after changing a catalogue, a default or the CLI's summary,
// and commit the result; `--check` only reports stale files. test/docs/generated.test.ts fails
// when a committed file differs from what this renders.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PassThrough } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import { CLI_ISSUE_CODES } from '../src/cli/codes.js'
import { runCli } from '../src/cli/runCli.js'
import { DELIVERY_REJECTION_REASONS } from '../src/delivery/codes.js'
import { PARSE_ISSUE_CODES } from '../src/issues/codes.js'
import { TRANSLATION_ISSUE_CODES } from '../src/mappings/codes.js'
import { ACTIONS_ISSUE_CODES } from '../src/profiles/actions/codes.js'
import { REQUEST_ISSUE_CODES } from '../src/requests/codes.js'
import { DEFAULT_MIN_ID_LENGTH, MAX_EVENTS_PER_REQUEST } from '../src/requests/limits.js'
import { DEFAULT_SETTINGS } from '../src/settings/resolveSettings.js'
import type { Settings } from '../src/settings/settings.js'

/** The repository root. */
export const ROOT: string = fileURLToPath(new URL('../', import.meta.url))

// ---------------------------------------------------------------------------------------------
// Markers

const begin = (name: string): string => `<!-- BEGIN GENERATED: ${name} (scripts/gen-docs.ts) -->`
const end = (name: string): string => `<!-- END GENERATED: ${name} -->`

/** Replaces what lies between the markers of `name` in `text`; throws when they are missing. */
export function replaceGenerated(text: string, name: string, content: string): string {
  const start = text.indexOf(begin(name))
  const stop = text.indexOf(end(name))
  if (start === -1 || stop === -1 || stop < start) throw new Error(`the markers of "${name}" are missing`)
  return `${text.slice(0, start + begin(name).length)}\n${content.trimEnd()}\n${text.slice(stop)}`
}

// ---------------------------------------------------------------------------------------------
// Issue codes

/** A catalogue of issue codes: `code: 'severity: meaning'`. */
export interface IssueCatalogue {
  readonly name: string
  readonly file: string
  /** Which part of the library reports the codes (the table's "where" column). */
  readonly where: string
  readonly codes: Readonly<Record<string, string>>
}

/** Every issue-code catalogue, in the order data flows through the library. */
export const ISSUE_CATALOGUES: readonly IssueCatalogue[] = [
  { name: 'PARSE_ISSUE_CODES', file: 'src/issues/codes.ts', where: '`translate` (parsing), `parseSegmentMessage`', codes: PARSE_ISSUE_CODES },
  { name: 'TRANSLATION_ISSUE_CODES', file: 'src/mappings/codes.ts', where: '`translate`: Classic profile (Actions too, for the rules they share)', codes: TRANSLATION_ISSUE_CODES },
  { name: 'ACTIONS_ISSUE_CODES', file: 'src/profiles/actions/codes.ts', where: '`translate`: Actions profile', codes: ACTIONS_ISSUE_CODES },
  { name: 'REQUEST_ISSUE_CODES', file: 'src/requests/codes.ts', where: '`toRequests`, `validateCalls`', codes: REQUEST_ISSUE_CODES },
  { name: 'CLI_ISSUE_CODES', file: 'src/cli/codes.ts', where: 'the CLI', codes: CLI_ISSUE_CODES },
]

const SEVERITY = /^(error|warning|info): (.+)$/s

/** Splits a catalogue entry into its severity and meaning; throws on a malformed entry. */
export function parseCatalogueEntry(code: string, entry: string): { severity: 'error' | 'warning' | 'info'; meaning: string } {
  const match = SEVERITY.exec(entry)
  if (match === null) throw new Error(`issue code ${code}: "${entry}" does not start with "error: ", "warning: " or "info: "`)
  return { severity: match[1] as 'error' | 'warning' | 'info', meaning: match[2] as string }
}

/** Markdown table cells cannot hold a raw `|` or a line break. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')

/** The issue-code table of docs/guides/errors.md. */
export function renderIssueCodeTable(): string {
  const rows = ['| code | severity | meaning | where |', '| --- | --- | --- | --- |']
  for (const catalogue of ISSUE_CATALOGUES) {
    for (const [code, entry] of Object.entries(catalogue.codes)) {
      const { severity, meaning } = parseCatalogueEntry(code, entry)
      rows.push(`| \`${code}\` | ${severity} | ${cell(meaning)} | ${catalogue.where} |`)
    }
  }
  for (const [reason, meaning] of Object.entries(DELIVERY_REJECTION_REASONS)) {
    rows.push(`| \`${reason}\` | error | ${cell(meaning)} | \`deliver\` (a rejected call's \`reason\`), the CLI's \`send\` |`)
  }
  const sources = [...ISSUE_CATALOGUES.map(({ name, file }) => `\`${name}\` (\`${file}\`)`), '`DELIVERY_REJECTION_REASONS` (`src/delivery/codes.ts`)']
  return `${rows.join('\n')}\n\nGenerated from ${sources.join(', ')}.`
}

/** A code literal found in src/: where, and the severity written next to it, if any. */
export interface CodeLiteral {
  readonly code: string
  readonly at: string
  readonly severity?: string
}

const CODE_NAMES = new Set(['code', 'reason'])

function literalsOf(expression: ts.Expression): ts.StringLiteralLike[] {
  if (ts.isStringLiteralLike(expression)) return [expression]
  if (ts.isConditionalExpression(expression)) return [...literalsOf(expression.whenTrue), ...literalsOf(expression.whenFalse)]
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression)) return literalsOf(expression.expression)
  return []
}

function parameterNames(node: ts.SignatureDeclarationBase): string[] {
  return node.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : ''))
}

/**
 * Every issue code or rejection reason written as a literal in src/ (outside tests and the
 * testing arbitraries): values of `code:` / `reason:` properties, and arguments of a function's
 * `code` / `reason` parameter (`report(check, 'error', 'invalid_id', …)`), found syntactically.
 */
export function collectCodeLiterals(): CodeLiteral[] {
  const files = listSourceFiles(join(ROOT, 'src')).filter((file) => !/\.test(-d)?\.ts$|\.prop\.test\.ts$/.test(file) && !file.includes('/src/testing/'))
  const sources = files.map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true))
  // Function name -> parameter names, per file first, then across src/ for imported helpers.
  const byFile = new Map<ts.SourceFile, Map<string, string[]>>()
  const global = new Map<string, string[][]>()
  for (const source of sources) {
    const local = new Map<string, string[]>()
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionDeclaration(node) && node.name !== undefined) local.set(node.name.text, parameterNames(node))
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer !== undefined && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) {
        local.set(node.name.text, parameterNames(node.initializer))
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
    byFile.set(source, local)
    for (const [name, parameters] of local) global.set(name, [...(global.get(name) ?? []), parameters])
  }
  const found: CodeLiteral[] = []
  const at = (node: ts.Node): string => {
    const source = node.getSourceFile()
    return `${source.fileName.slice(ROOT.length)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  }
  for (const source of sources) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && CODE_NAMES.has(node.name.text)) {
        const severity = ts.isObjectLiteralExpression(node.parent)
          ? node.parent.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'severity')
          : undefined
        const severityText = severity !== undefined && ts.isStringLiteralLike(severity.initializer) ? severity.initializer.text : undefined
        for (const literal of literalsOf(node.initializer)) found.push({ code: literal.text, at: at(literal), ...(severityText === undefined ? {} : { severity: severityText }) })
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const name = node.expression.text
        const candidates = byFile.get(source)?.get(name) ?? (global.get(name)?.length === 1 ? global.get(name)?.[0] : undefined)
        candidates?.forEach((parameter, index) => {
          const argument = node.arguments[index]
          if (!CODE_NAMES.has(parameter) || argument === undefined) return
          const severityIndex = candidates.indexOf('severity')
          const severityArgument = severityIndex === -1 ? undefined : node.arguments[severityIndex]
          const severityText = severityArgument !== undefined && ts.isStringLiteralLike(severityArgument) ? severityArgument.text : undefined
          for (const literal of literalsOf(argument)) found.push({ code: literal.text, at: at(literal), ...(severityText === undefined ? {} : { severity: severityText }) })
        })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return listSourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

// ---------------------------------------------------------------------------------------------
// Settings

interface SettingRow {
  /** What the setting does. */
  readonly meaning: string
  /** Segment's Amplitude (Classic) setting that does the same, or why there is none. */
  readonly classic: string
  /** Segment's Amplitude (Actions) field or behaviour, or why there is none. */
  readonly actions: string
  /** Which profiles read it. */
  readonly profiles: 'classic' | 'both'
}

/** One row per setting; the generator fails when a setting has none. */
export const SETTING_ROWS: { readonly [K in keyof Settings]: SettingRow } = {
  profile: {
    meaning: 'which Segment destination to reproduce: `classic` (SPEC 3-5) or `actions` (SPEC 6)',
    classic: 'the "Amplitude" destination',
    actions: 'the "Actions Amplitude" destination',
    profiles: 'both',
  },
  trackAllPages: {
    meaning: 'send every page and screen call; `Loaded a Page` / `Loaded a Screen` when it has no name or category',
    classic: '`trackAllPages` ("Track All Pages")',
    actions: 'no setting: the Page Calls and Screen Calls presets send every page and screen',
    profiles: 'classic',
  },
  trackNamedPages: {
    meaning: 'send page and screen calls that have a name',
    classic: '`trackNamedPages` ("Track Named Pages")',
    actions: 'no setting (every page is sent)',
    profiles: 'classic',
  },
  trackCategorizedPages: {
    meaning: 'send page and screen calls that have a category',
    classic: '`trackCategorizedPages` ("Track Categorized Pages")',
    actions: 'no setting (every page is sent)',
    profiles: 'classic',
  },
  trackUtmProperties: {
    meaning: '`context.campaign` becomes `$set` `utm_*` and `$setOnce` `initial_utm_*` user properties',
    classic: '`trackUtmProperties` ("Track UTM Properties")',
    actions: 'always on: the `utm_properties` field (identify, purchases), `setOnce` / `setAlways` (other events)',
    profiles: 'classic',
  },
  trackReferrer: {
    meaning: '`context.page.referrer` becomes `$set` `referrer`, `referring_domain` and `$setOnce` `initial_referrer`, `initial_referring_domain`',
    classic: '`trackReferrer` ("Track Referrer"; device mode only, from `document.referrer`)',
    actions: 'always on: the `referrer` field, `setOnce.initial_referrer`, `setAlways.referrer` (no referring domain)',
    profiles: 'classic',
  },
  preferAnonymousIdForDeviceId: {
    meaning: '`device_id` from `anonymousId` first, then `context.device.id`',
    classic: '`preferAnonymousIdForDeviceId` ("Prefer Anonymous ID for Device ID")',
    actions: 'no setting: edit the `device_id` mapping',
    profiles: 'classic',
  },
  traitsToIncrement: {
    meaning: 'identify traits sent as `$add`',
    classic: '`traitsToIncrement` ("Traits to Increment")',
    actions: 'no setting: put a `$add` object in the traits, which pass through unchanged',
    profiles: 'classic',
  },
  traitsToSetOnce: {
    meaning: 'identify traits sent as `$setOnce`',
    classic: '`traitsToSetOnce` ("Traits to Set Once")',
    actions: 'no setting: put a `$setOnce` object in the traits',
    profiles: 'classic',
  },
  traitsToAppend: {
    meaning: 'identify traits sent as `$append`',
    classic: '`traitsToAppend` ("Traits to Append")',
    actions: 'no setting: put a `$append` object in the traits',
    profiles: 'classic',
  },
  traitsToPrepend: {
    meaning: 'identify traits sent as `$prepend`',
    classic: '`traitsToPrepend` ("Traits to Prepend")',
    actions: 'no setting: put a `$prepend` object in the traits',
    profiles: 'classic',
  },
  groupTypeTrait: {
    meaning: 'the group trait naming the Amplitude group type (with `groupValueTrait`)',
    classic: '`groupTypeTrait` ("Group Type Trait")',
    actions: 'the `group_type` field of Group Identify User',
    profiles: 'classic',
  },
  groupValueTrait: {
    meaning: 'the group trait holding the Amplitude group value (with `groupTypeTrait`)',
    classic: '`groupValueTrait` ("Group Value Trait")',
    actions: 'the `group_value` field of Group Identify User',
    profiles: 'classic',
  },
  groupType: {
    meaning: 'Actions profile: the Amplitude group type of every group call (the value is `groupId`)',
    classic: 'none: Classic falls back to `[Segment] Group`',
    actions: 'the `group_type` field of Group Identify User (required there, no default)',
    profiles: 'both',
  },
  trackRevenuePerProduct: {
    meaning: 'order-completed events: book revenue on each `Product Purchased` event instead of the order',
    classic: '`trackRevenuePerProduct` ("Track Revenue Per Product")',
    actions: 'the `trackRevenuePerProduct` field of Log Purchase',
    profiles: 'both',
  },
  trackProductsOnce: {
    meaning: 'order-completed events: keep `products` on the order event instead of fanning out',
    classic: '`trackProductsOnce` ("Track Products Once", beta)',
    actions: 'none: Log Purchase always sends one `Product Purchased` event per product',
    profiles: 'classic',
  },
  appendFieldsToEventProps: {
    meaning: 'message paths (`context.page.title`) copied into every event\'s properties under a new name',
    classic: '`appendFieldsToEventProps` ("Append Fields To Event Properties"; web device mode only)',
    actions: 'no setting: add keys to the `event_properties` mapping',
    profiles: 'classic',
  },
  userAgentParsing: {
    meaning: 'parse `context.userAgent` into OS and device fields (Classic: web traffic only)',
    classic: 'none: always on for `analytics.js` traffic',
    actions: 'the `userAgentParsing` field',
    profiles: 'both',
  },
  parseUserAgent: {
    meaning: 'the user-agent parser, `(userAgent) => UserAgentInfo`; the built-in one reproduces `@amplitude/ua-parser-js` 0.7.25',
    classic: 'none',
    actions: 'none (Segment runs `@amplitude/ua-parser-js` 0.7.25)',
    profiles: 'both',
  },
}

/** A default as it is written in TypeScript. */
export function formatDefault(value: unknown): string {
  if (value === undefined) return 'unset'
  if (typeof value === 'function') return 'the built-in parser'
  if (Array.isArray(value) && value.length === 0) return '`[]`'
  if (typeof value === 'string') return `\`'${value}'\``
  return `\`${JSON.stringify(value)}\``
}

/** The settings table of docs/guides/settings.md. */
export function renderSettingsTable(): string {
  const keys = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]
  const missing = keys.filter((key) => !Object.prototype.hasOwnProperty.call(SETTING_ROWS, key))
  if (missing.length > 0) throw new Error(`settings without a row in SETTING_ROWS: ${missing.join(', ')}`)
  const profile = { classic: 'Classic', both: 'both' } as const
  const rows = ['| setting | default | profile | meaning | Segment Classic | Segment Actions |', '| --- | --- | --- | --- | --- | --- |']
  for (const key of keys) {
    const row = SETTING_ROWS[key]
    rows.push(`| \`${key}\` | ${formatDefault(DEFAULT_SETTINGS[key])} | ${profile[row.profiles]} | ${cell(row.meaning)} | ${cell(row.classic)} | ${cell(row.actions)} |`)
  }
  return `${rows.join('\n')}\n\nDefaults generated from \`DEFAULT_SETTINGS\` (\`src/settings/resolveSettings.ts\`).`
}

/** The `toRequests` options table of docs/guides/settings.md. */
export function renderRequestOptionsTable(): string {
  const rows: readonly (readonly [string, string, string, string, string])[] = [
    ['`apiKey`', 'required', 'the Amplitude project API key, sent in every body', '`apiKey` ("API Key")', '`apiKey`'],
    ['`region`', "`'us'`", "`'us'` or `'eu'`: which Amplitude hosts", '`endpoint` (US or EU; cloud mode)', '`endpoint` (`north_america` or `europe`)'],
    ['`useBatchEndpoint`', '`false`', 'events go to the Batch API (`/batch`, 20 MB per request)', '`sendToBatchEndpoint` ("Send To Batch Endpoint")', 'the `use_batch_endpoint` field'],
    ['`minIdLength`', `\`${DEFAULT_MIN_ID_LENGTH}\``, 'Amplitude\'s minimum id length, sent as `options.min_id_length` when not 5', 'none', 'the `min_id_length` field'],
    ['`maxEventsPerRequest`', `\`${MAX_EVENTS_PER_REQUEST}\``, 'a lower cap on events per request', 'none (Segment batches itself)', 'none (one message, one request)'],
    ['`maxCallsPerRequest`', "each API's limit", 'a lower cap on calls per request, every API', 'none', 'none'],
    ['`maxBodyBytes`', "each API's limit", 'a lower cap on the UTF-8 size of every body', 'none', 'none'],
  ]
  return [
    '| option | default | meaning | Segment Classic | Segment Actions |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')
}

// ---------------------------------------------------------------------------------------------
// Runnable snippets (getting started)

const FENCE = /^```([^\n]*)\n([\s\S]*?)^```$/gm

interface Snippet {
  readonly kind: 'run' | 'run-cli'
  readonly name: string
  readonly code: string
}

/** The snippets marked `<!-- run: name -->` / `<!-- run-cli: name -->`, each the fenced block after its marker. */
export function findSnippets(text: string): Snippet[] {
  const snippets: Snippet[] = []
  for (const marker of text.matchAll(/<!-- (run|run-cli): ([\w-]+) -->\n/g)) {
    const after = (marker.index ?? 0) + marker[0].length
    FENCE.lastIndex = after
    const block = FENCE.exec(text)
    if (block === null || block.index !== after) {
      throw new Error(`<!-- ${marker[1]}: ${marker[2]} --> must be followed directly by a fenced code block`)
    }
    snippets.push({ kind: marker[1] as Snippet['kind'], name: marker[2] as string, code: block[2] as string })
  }
  return snippets
}

const IMPORTS: Readonly<Record<string, string>> = {
  'segment-amplitude': 'src/index.ts',
  'segment-amplitude/delivery': 'src/delivery/index.ts',
  'segment-amplitude/testing': 'src/testing/index.ts',
}

/** A snippet's imports of the package, pointed at the sources. */
export function toSourceImports(code: string): string {
  return code.replace(/from '(segment-amplitude(?:\/\w+)?)'/g, (whole, specifier: string) => {
    const file = IMPORTS[specifier]
    return file === undefined ? whole : `from '${join(ROOT, file)}'`
  })
}

let runs = 0

/** Runs a TypeScript snippet (as a module) and returns what it printed with `console.log`. */
export async function runSnippet(code: string): Promise<string> {
  const dir = join(ROOT, '.tmp', 'docs-snippets')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `snippet-${process.pid}-${(runs += 1)}.ts`)
  writeFileSync(file, toSourceImports(code))
  const printed: string[] = []
  const log = console.log
  console.log = (...args: unknown[]) => {
    printed.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg, null, 2))).join(' '))
  }
  try {
    await import(pathToFileURL(file).href)
  } finally {
    console.log = log
    rmSync(file, { force: true })
  }
  return printed.join('\n')
}

/** Runs a documented `npx segment-amplitude …` line in-process; returns stderr, and stdout unless redirected. */
export async function runCliLine(line: string): Promise<string> {
  const match = /^npx segment-amplitude ((?:(?![>|]).)*?)(?:\s*>\s*(\S+))?\s*$/.exec(line.trim())
  if (match === null) throw new Error(`cannot run "${line}": only "npx segment-amplitude ARGS [> FILE]" is supported`)
  if (resolve(process.cwd()) !== resolve(ROOT)) throw new Error('run the documented CLI lines from the repository root')
  const args = (match[1] as string).split(/\s+/).filter((arg) => arg !== '')
  const collect = (): { stream: PassThrough; text: () => string } => {
    const chunks: Buffer[] = []
    const stream = new PassThrough()
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
  }
  const stdout = collect()
  const stderr = collect()
  const stdin = new PassThrough()
  stdin.end()
  const code = await runCli(args, { stdin, stdout: stdout.stream, stderr: stderr.stream, now: () => 0 }, {})
  const shown = match[2] === undefined ? `${stdout.text()}${stderr.text()}` : stderr.text()
  return code === 0 ? shown : `${shown}(exit code ${code})\n`
}

async function runCliLines(code: string): Promise<string> {
  let output = ''
  for (const line of code.split('\n')) if (line.trim() !== '') output += await runCliLine(line)
  return output
}

/** The guide with the output block after each `<!-- output: name -->` marker regenerated. */
export async function renderSnippetOutputs(text: string): Promise<string> {
  let result = text
  for (const snippet of findSnippets(text)) {
    const output =
      snippet.kind === 'run'
        ? await runSnippet(snippet.code)
        : await runCliLines(snippet.code)
    const marker = `<!-- output: ${snippet.name} -->\n`
    const at = result.indexOf(marker)
    if (at === -1) throw new Error(`the snippet "${snippet.name}" has no <!-- output: ${snippet.name} --> block`)
    FENCE.lastIndex = at + marker.length
    const block = FENCE.exec(result)
    if (block === null || block.index !== at + marker.length) throw new Error(`<!-- output: ${snippet.name} --> must be followed directly by a fenced block`)
    const replaced = `\`\`\`${block[1]}\n${output.trimEnd()}\n\`\`\``
    result = `${result.slice(0, block.index)}${replaced}${result.slice(block.index + block[0].length)}`
  }
  return result
}

// ---------------------------------------------------------------------------------------------
// Files

/** Every generated document and how to render it from its committed text. */
export const GENERATED_DOCS: readonly { readonly path: string; readonly render: (text: string) => Promise<string> }[] = [
  { path: 'docs/guides/errors.md', render: async (text) => replaceGenerated(text, 'issue-codes', renderIssueCodeTable()) },
  {
    path: 'docs/guides/settings.md',
    render: async (text) => replaceGenerated(replaceGenerated(text, 'settings', renderSettingsTable()), 'request-options', renderRequestOptionsTable()),
  },
  { path: 'docs/guides/getting-started.md', render: renderSnippetOutputs },
]

/** Reads a committed document; `undefined` when it does not exist. */
export function readDoc(path: string): string | undefined {
  try {
    return readFileSync(join(ROOT, path), 'utf8')
  } catch {
    return undefined
  }
}

async function main(check: boolean): Promise<void> {
  let stale = 0
  for (const { path, render } of GENERATED_DOCS) {
    const committed = readDoc(path)
    if (committed === undefined) throw new Error(`${path} does not exist`)
    const rendered = await render(committed)
    if (rendered === committed) continue
    stale += 1
    if (check) console.error(`${path} is stale`)
    else {
      writeFileSync(join(ROOT, path), rendered)
      console.error(`${path} updated`)
    }
  }
  if (check && stale > 0) process.exitCode = 1
}

if (process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  await main(process.argv.includes('--check'))
}
