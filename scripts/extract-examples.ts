// Extracts the `@example` blocks of every export of the public entry points (`segment-amplitude`,
// `segment-amplitude/delivery`, `segment-amplitude/testing`) and type-checks them with the
// TypeScript compiler API, each as its own module. test/docs/examples.test.ts runs it in
// `npm test`; run it by hand with `npx tsx scripts/extract-examples.ts` (`--print` shows the
// wrapped modules).
//
// An example is a snippet a reader copies: it imports from the package names, and may use any
// export of the entry points without importing it (the wrapper adds the imports it needs). Inputs
// a snippet only stands for (`messages`, `calls`) must be declared in it (`declare const messages:
// unknown[]`), so that what it does with them is checked too.
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import ts from 'typescript'

/** The repository root. */
export const ROOT: string = fileURLToPath(new URL('../', import.meta.url))

/** The public entry points: the package specifier a reader imports, and its source file. */
export const ENTRY_POINTS: readonly { readonly specifier: string; readonly file: string }[] = [
  { specifier: 'segment-amplitude', file: 'src/index.ts' },
  { specifier: 'segment-amplitude/delivery', file: 'src/delivery/index.ts' },
  { specifier: 'segment-amplitude/testing', file: 'src/testing/index.ts' },
]

/** One exported name of an entry point. */
export interface PublicExport {
  readonly specifier: string
  readonly name: string
  /** Where it is declared, relative to the root, with its 1-based line. */
  readonly declaredAt: string
  /** A value (function, constant, class) rather than only a type. */
  readonly isValue: boolean
  readonly hasDoc: boolean
  readonly examples: readonly Example[]
}

/** One `@example` block, or one code block of a guide. */
export interface Example {
  /** `segment-amplitude#translate`, `segment-amplitude/testing` for a module's own example, or `docs/guides/x.md`. */
  readonly owner: string
  readonly file: string
  /** 1-based line of the first line of code in `file`. */
  readonly line: number
  readonly code: string
  /** `js` blocks of the guides are checked as JavaScript (`checkJs`). */
  readonly language?: 'ts' | 'js'
  /** Guides' snippets import what they use themselves, as a reader copies them. */
  readonly ownImportsOnly?: boolean
}

/** Compiler options of the examples: the repository's strict options, as a Node user would run them. */
function compilerOptions(): ts.CompilerOptions {
  const configPath = resolve(ROOT, 'tsconfig.node.json')
  const read = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path))
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, configPath)
  return {
    ...parsed.options,
    noEmit: true,
    // A wrapper imports every export a snippet names; one only named in a comment stays unused.
    noUnusedLocals: false,
    noUnusedParameters: false,
    baseUrl: ROOT,
    paths: Object.fromEntries(ENTRY_POINTS.map(({ specifier, file }) => [specifier, [file]])),
  }
}

/** The code of an `@example` tag, read from the source text so that `@` and `{` inside stay as written. */
function exampleCode(sourceFile: ts.SourceFile, tag: ts.JSDocTag): { code: string; line: number } {
  const start = tag.tagName.getEnd()
  const raw = sourceFile.text.slice(start, tag.getEnd())
  const lines = raw.split('\n').map((line) => line.replace(/^\s*\*\/?\s?/, '').replace(/\s*\*\/\s*$/, ''))
  const firstLine = sourceFile.getLineAndCharacterOfPosition(start).line + 1
  // Code starts on the tag's own line when something follows `@example` there, else on the next.
  let offset = lines[0]?.trim() === '' ? 1 : 0
  let body = lines.slice(offset)
  // A fenced block: keep what is inside the fence.
  const fence = body.findIndex((line) => line.trimStart().startsWith('```'))
  if (fence !== -1) {
    const close = body.findIndex((line, index) => index > fence && line.trimStart().startsWith('```'))
    offset += fence + 1
    body = body.slice(fence + 1, close === -1 ? undefined : close)
  }
  while (body.length > 0 && body[body.length - 1]?.trim() === '') body.pop()
  return { code: body.join('\n'), line: firstLine + offset }
}

function relative(file: string): string {
  return file.startsWith(ROOT) ? file.slice(ROOT.length) : file
}

function examplesOf(declaration: ts.Node, owner: string): { hasDoc: boolean; examples: Example[] } {
  const sourceFile = declaration.getSourceFile()
  const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc)
  const examples: Example[] = []
  for (const doc of docs) {
    for (const tag of doc.tags ?? []) {
      if (tag.tagName.text !== 'example') continue
      examples.push({ owner, file: relative(sourceFile.fileName), ...exampleCode(sourceFile, tag) })
    }
  }
  return { hasDoc: docs.length > 0, examples }
}

/** The `@packageDocumentation` block of an entry point, if it has one. */
function packageExamples(sourceFile: ts.SourceFile, owner: string): Example[] {
  const first = sourceFile.statements[0]
  if (first === undefined) return []
  return ts
    .getJSDocCommentsAndTags(first)
    .filter(ts.isJSDoc)
    .filter((doc) => doc.tags?.some((tag) => tag.tagName.text === 'packageDocumentation'))
    .flatMap((doc) =>
      (doc.tags ?? [])
        .filter((tag) => tag.tagName.text === 'example')
        .map((tag) => ({ owner, file: relative(sourceFile.fileName), ...exampleCode(sourceFile, tag) })),
    )
}

/** Every export of every entry point, with its TSDoc examples. */
export function collectPublicExports(program: ts.Program = createProgram([])): {
  exports: PublicExport[]
  packageExamples: Example[]
} {
  const checker = program.getTypeChecker()
  const exports: PublicExport[] = []
  const modules: Example[] = []
  for (const { specifier, file } of ENTRY_POINTS) {
    const sourceFile = program.getSourceFile(resolve(ROOT, file))
    if (sourceFile === undefined) throw new Error(`entry point ${file} is not in the program`)
    modules.push(...packageExamples(sourceFile, specifier))
    const moduleSymbol = checker.getSymbolAtLocation(sourceFile)
    if (moduleSymbol === undefined) continue
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      const declarations = symbol.declarations ?? []
      const owner = `${specifier}#${exported.name}`
      let hasDoc = false
      const examples: Example[] = []
      for (const declaration of declarations) {
        const found = examplesOf(declaration, owner)
        hasDoc ||= found.hasDoc
        examples.push(...found.examples)
      }
      const first = declarations[0]
      const where = first === undefined ? '?' : `${relative(first.getSourceFile().fileName)}:${first.getSourceFile().getLineAndCharacterOfPosition(first.getStart()).line + 1}`
      exports.push({ specifier, name: exported.name, declaredAt: where, isValue: (symbol.flags & ts.SymbolFlags.Value) !== 0, hasDoc, examples })
    }
  }
  return { exports, packageExamples: modules }
}

const IMPORT_LINE = /^import\s[\s\S]*?from\s+['"][^'"]+['"]\s*;?\s*$|^import\s+['"][^'"]+['"]\s*;?\s*$/gm

/** What an example's code declares or imports itself (so the wrapper does not import it again). */
function ownNames(code: string): Set<string> {
  const names = new Set<string>()
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const visit = (node: ts.Node): void => {
    if (ts.isImportSpecifier(node) || ts.isNamespaceImport(node) || ts.isImportClause(node)) {
      if (node.name !== undefined) names.add(node.name.text)
    }
    if ((ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name !== undefined && ts.isIdentifier(node.name)) {
      names.add(node.name.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return names
}

/** An example as a module: the imports it needs, its own imports hoisted, then its code. */
export function wrapExample(example: Example, publicExports: readonly PublicExport[]): { text: string; codeLine: number } {
  const own = ownNames(example.code)
  const imports = example.code.match(IMPORT_LINE) ?? []
  const code = example.code.replace(IMPORT_LINE, '')
  const needed = new Map<string, string[]>()
  const seen = new Set<string>()
  for (const exported of example.ownImportsOnly === true ? [] : publicExports) {
    if (seen.has(exported.name) || own.has(exported.name)) continue
    if (!new RegExp(`(?<![\\w$.])${exported.name.replace(/\$/g, '\\$')}(?![\\w$])`).test(code)) continue
    seen.add(exported.name)
    const list = needed.get(exported.specifier) ?? []
    list.push(exported.isValue ? exported.name : `type ${exported.name}`)
    needed.set(exported.specifier, list)
  }
  const header = [
    `// ${example.owner} (${example.file}:${example.line})`,
    ...[...needed].map(([specifier, names]) => `import { ${names.join(', ')} } from '${specifier}'`),
    ...imports,
    'export {}',
  ]
  // Hoisted imports leave blank lines behind, so line numbers in the code stay those of the source.
  return { text: `${header.join('\n')}\n${code}\n`, codeLine: header.length + 1 }
}

// What Segment's Functions runtime provides to the destination-function recipe (docs/guides/recipes.md),
// whose library bundle defines the global `amplitude`.
const GLOBALS_FILE = resolve(ROOT, '.examples/globals.d.ts')
const GLOBALS = `declare global {
  const amplitude: typeof import('segment-amplitude') & typeof import('segment-amplitude/delivery')
  class ValidationError extends Error {}
  class RetryError extends Error {}
  class EventNotSupported extends Error {}
  class InvalidEventPayload extends Error {}
}
export {}
`

function createProgram(virtual: readonly { name: string; text: string }[], oldProgram?: ts.Program): ts.Program {
  const options = { ...compilerOptions(), allowJs: true, checkJs: true }
  const host = ts.createCompilerHost(options, true)
  const files = new Map(virtual.map(({ name, text }) => [name, text]))
  if (virtual.length > 0) files.set(GLOBALS_FILE, GLOBALS)
  const { getSourceFile, fileExists, readFile } = host
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) => {
    const text = files.get(name)
    return text === undefined ? getSourceFile.call(host, name, languageVersion, onError, shouldCreate) : ts.createSourceFile(name, text, languageVersion, true)
  }
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name)
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name)
  const roots = [...ENTRY_POINTS.map(({ file }) => resolve(ROOT, file)), ...files.keys()]
  return ts.createProgram({ rootNames: roots, options, host, ...(oldProgram === undefined ? {} : { oldProgram }) })
}

/**
 * The TypeScript (```ts) and JavaScript (```js) blocks of markdown files, as examples that import
 * what they use themselves. A block right after `<!-- not checked -->` is skipped.
 */
export function markdownSnippets(files: readonly string[]): Example[] {
  const snippets: Example[] = []
  for (const file of files) {
    const text = ts.sys.readFile(resolve(ROOT, file))
    if (text === undefined) throw new Error(`${file} does not exist`)
    for (const block of text.matchAll(/^```(ts|typescript|js|javascript)\n([\s\S]*?)^```$/gm)) {
      const before = text.slice(0, block.index)
      if (/<!-- not checked -->\n$/.test(before)) continue
      const language = block[1]?.startsWith('j') === true ? 'js' : 'ts'
      snippets.push({ owner: file, file, line: before.split('\n').length + 1, code: block[2] ?? '', language, ownImportsOnly: true })
    }
  }
  return snippets
}

/** A compiler error in an example, located in the source file the example lives in. */
export interface ExampleError {
  readonly owner: string
  /** `src/translate.ts:42` */
  readonly at: string
  readonly message: string
}

/**
 * Extracts every example and type-checks all of them in one program. `missing` lists the exports
 * without a TSDoc block or without an `@example`.
 */
export function checkExamples(snippets: readonly Example[] = []): {
  exports: PublicExport[]
  examples: Example[]
  missing: string[]
  errors: ExampleError[]
  wrapped: { name: string; text: string }[]
} {
  const base = createProgram([])
  const { exports, packageExamples: modules } = collectPublicExports(base)
  const examples = [...modules, ...exports.flatMap((exported) => exported.examples), ...snippets]
  const missing = exports
    .filter((exported) => exported.examples.length === 0)
    .map((exported) => `${exported.specifier}#${exported.name} (${exported.declaredAt})${exported.hasDoc ? ': no @example' : ': no TSDoc'}`)
  const wrapped = examples.map((example, index) => {
    const { text, codeLine } = wrapExample(example, exports)
    return { name: resolve(ROOT, `.examples/example-${String(index).padStart(3, '0')}.${example.language ?? 'ts'}`), text, codeLine, example }
  })
  // Reuses the parsed sources of the first program: only the examples are new.
  const program = createProgram(wrapped, base)
  const errors: ExampleError[] = []
  for (const { name, codeLine, example } of wrapped) {
    const sourceFile = program.getSourceFile(name)
    if (sourceFile === undefined) continue
    for (const diagnostic of [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)]) {
      const position = diagnostic.start === undefined ? 0 : sourceFile.getLineAndCharacterOfPosition(diagnostic.start).line + 1
      const line = position >= codeLine ? example.line + position - codeLine : example.line
      errors.push({ owner: example.owner, at: `${example.file}:${line}`, message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n') })
    }
  }
  return { exports, examples, missing, errors, wrapped: wrapped.map(({ name, text }) => ({ name: relative(name), text })) }
}

/** The guides whose TypeScript and JavaScript blocks are type-checked with the examples. */
export const CHECKED_GUIDES: readonly string[] = [
  'README.md',
  'docs/guides/getting-started.md',
  'docs/guides/mental-model.md',
  'docs/guides/settings.md',
  'docs/guides/errors.md',
  'docs/guides/extending.md',
  'docs/guides/recipes.md',
  'docs/migration/from-classic.md',
  'docs/migration/from-actions.md',
]

if (process.argv[1] !== undefined && import.meta.url === new URL(`file://${resolve(process.argv[1])}`).href) {
  const { exports, examples, missing, errors, wrapped } = checkExamples(markdownSnippets(CHECKED_GUIDES))
  if (process.argv.includes('--print')) for (const { name, text } of wrapped) console.log(`=== ${name}\n${text}`)
  console.log(`${exports.length} exports, ${examples.length} examples`)
  for (const line of missing) console.log(`missing: ${line}`)
  for (const { owner, at, message } of errors) console.log(`error: ${at} (${owner}): ${message}`)
  process.exitCode = missing.length + errors.length > 0 ? 1 : 0
}
