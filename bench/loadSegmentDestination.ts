// Segment's published Amplitude (Actions) destination, as conformance/oracle.mjs runs it, ready to
// be timed: the same package versions, the same subscriptions (the quick-setup presets plus group
// and alias), the same `destination.onEvent` entry point, with the network replaced.
//
// The oracle's own `runOracle` also deep-copies each message and matches it against the
// subscriptions a second time to report the action; neither is Segment's work, so the timed
// runner calls `onEvent` directly and its fetch only counts requests.

import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const conformanceDir = fileURLToPath(new URL('../conformance/', import.meta.url))
const oraclePath = join(conformanceDir, 'oracle.mjs')

/** Segment's destination, loaded. */
export interface SegmentDestination {
  /** The package versions the oracle pins. */
  readonly versions: Readonly<Record<string, string>>
  /** Runs Segment's code on every message in turn (default settings); resolves to the number of requests it made. */
  readonly run: (messages: readonly unknown[]) => Promise<number>
  /** The oracle's own entry point, for a check that the destination really produces requests. */
  readonly runOracle: (message: unknown) => Promise<{ requests: readonly unknown[]; error?: unknown }>
}

/** Why Segment's destination could not be loaded. */
export interface SegmentUnavailable {
  readonly skipped: string
}

interface OracleModule {
  subscriptionsFor(settings?: Record<string, unknown>): unknown[]
  runOracle(message: unknown, settings?: Record<string, unknown>): Promise<{ requests: readonly unknown[]; error?: unknown }>
  ORACLE_VERSIONS: Record<string, string>
}

interface FetchModule {
  default: (request: unknown) => Promise<unknown>
  Response: new (body: string, init: { status: number; headers: Record<string, string> }) => unknown
}

interface CoreModule {
  Destination: new (definition: unknown) => { onEvent(message: unknown, settings: unknown): Promise<unknown> }
}

/**
 * Loads Segment's destination from `conformance/node_modules` (installed by
 * `node conformance/ensure-deps.mjs`), or says why it is unavailable.
 *
 * @example
 * const segment = await loadSegmentDestination()
 * if ('skipped' in segment) console.log(segment.skipped)
 * else await segment.run(messages)
 */
export async function loadSegmentDestination(): Promise<SegmentDestination | SegmentUnavailable> {
  if (!existsSync(join(conformanceDir, 'node_modules/@segment/action-destinations/package.json'))) {
    return { skipped: 'conformance/node_modules is not installed (run `node conformance/ensure-deps.mjs`)' }
  }
  let oracle: OracleModule
  try {
    oracle = (await import(pathToFileURL(oraclePath).href)) as OracleModule
  } catch (error) {
    return { skipped: `conformance/oracle.mjs failed to load: ${String(error)}` }
  }
  // The same module instances the oracle loaded (require's cache is keyed by resolved path).
  const require = createRequire(oraclePath)
  const coreEntry = require.resolve('@segment/actions-core')
  const core = require(coreEntry) as CoreModule
  const coreFetch = require(join(dirname(coreEntry), 'fetch.js')) as FetchModule
  const amplitude = (
    require(join(dirname(require.resolve('@segment/action-destinations/package.json')), 'dist/destinations/amplitude/index.js')) as {
      default: unknown
    }
  ).default
  const destination = new core.Destination(amplitude)
  const settings = {
    apiKey: 'bench-api-key',
    secretKey: 'bench-secret-key',
    endpoint: 'north_america',
    subscriptions: oracle.subscriptionsFor({}),
  }
  let requests = 0
  const countingFetch = (): Promise<unknown> => {
    requests++
    return Promise.resolve(new coreFetch.Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }))
  }
  const run = async (messages: readonly unknown[]): Promise<number> => {
    const oracleFetch = coreFetch.default
    coreFetch.default = countingFetch
    requests = 0
    try {
      for (const message of messages) {
        try {
          await destination.onEvent(message, settings)
        } catch {
          // Segment rejects some messages (a bad timestamp, a non-integer quantity): that is its
          // outcome for them, and the time it took counts.
        }
      }
      return requests
    } finally {
      coreFetch.default = oracleFetch
    }
  }
  return { versions: oracle.ORACLE_VERSIONS, run, runOracle: (message) => oracle.runOracle(message) }
}
