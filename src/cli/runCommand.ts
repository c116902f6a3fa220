import { open } from 'node:fs/promises'
import type { Readable, Writable } from 'node:stream'
import { deliver } from '../delivery/deliver.js'
import type { DeliveryOptions } from '../delivery/types.js'
import type { Issue } from '../issues/issue.js'
import { MAX_EVENTS_PER_REQUEST } from '../requests/limits.js'
import { toRequests } from '../requests/toRequests.js'
import type { RequestOptions } from '../requests/types.js'
import { translate } from '../translate.js'
import { CliError } from './CliError.js'
import { createCallBatcher, type Flush, type RequestBatch } from './createCallBatcher.js'
import { createDeliveryWindow } from './createDeliveryWindow.js'
import { createIssueTally } from './createIssueTally.js'
import { createMessageLedger } from './createMessageLedger.js'
import { createOutDirSink } from './createOutDirSink.js'
import { createProgress } from './createProgress.js'
import { createTextWriter } from './createTextWriter.js'
import { formatReject, type Reject } from './formatReject.js'
import { formatSummary } from './formatSummary.js'
import { EXIT_CODES } from './help.js'
import { loadSettings } from './loadSettings.js'
import type { CommandLine } from './parseCommandLine.js'
import { readRecords } from './readRecords.js'
import { requestLineParts } from './requestLineParts.js'
import { createRunStats } from './runStats.js'
import { toSummary } from './toSummary.js'

/**
 * The API key written into `convert`'s bodies when none is given: obviously not a real one.
 *
 * @example
 * JSON.parse(body).api_key === PLACEHOLDER_API_KEY // when neither --api-key nor $AMPLITUDE_API_KEY is set
 */
export const PLACEHOLDER_API_KEY = 'YOUR_API_KEY'

/** Splitter issues about the input's structure rather than about one message. */
const INPUT_STRUCTURE_CODES: ReadonlySet<string> = new Set(['truncated_array', 'trailing_content'])

/** Default requests in flight for `send`. */
const DEFAULT_CONCURRENCY = 4

/**
 * The process streams and clock a run uses (injected so the run can be driven in-process).
 *
 * @example
 * const io: RunIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, now: Date.now }
 */
export interface RunIo {
  readonly stdin: Readable & { readonly isTTY?: boolean }
  readonly stdout: Writable
  readonly stderr: Writable & { readonly isTTY?: boolean }
  readonly now: () => number
  /** Peak resident set size in bytes, for `--stats`. */
  readonly peakRss?: () => number
}


/** Writes parts in order, waiting whenever the stream asks to. */
async function writeParts(writer: ReturnType<typeof createTextWriter>, parts: Iterable<string>): Promise<void> {
  for (const part of parts) {
    const wait = writer.write(part)
    if (wait !== undefined) await wait
  }
}

async function openInput(path: string, io: RunIo): Promise<Readable> {
  if (path === '-') {
    if (io.stdin.isTTY === true) throw new CliError('no input: give a FILE, or pipe messages in (stdin is a terminal)', 2)
    return io.stdin
  }
  try {
    const handle = await open(path, 'r')
    return handle.createReadStream({ highWaterMark: 64 * 1024 })
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`, 3)
  }
}

async function openRejects(path: string | undefined): Promise<ReturnType<typeof createTextWriter> | undefined> {
  if (path === undefined) return undefined
  try {
    const handle = await open(path, 'w')
    return createTextWriter(handle.createWriteStream(), { close: true })
  } catch (error) {
    throw new CliError(`cannot write --rejects ${path}: ${(error as Error).message}`, 3)
  }
}

function checkRequestOptions(options: RequestOptions): void {
  try {
    toRequests([], options)
  } catch (error) {
    throw new CliError((error as Error).message.replace(/^segment-amplitude: /u, ''), 2)
  }
}

/**
 * Runs `convert`, `validate` or `send` end to end as a stream: read records, translate each,
 * batch calls per API into requests, then write them (convert), count them (validate) or
 * deliver them (send); failed messages go to `--rejects`. Returns the exit code (0, 1 or 3);
 * throws {@link CliError} for usage and I/O problems found before reading.
 *
 * @example
 * const code = await runCommand(line, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, now: Date.now })
 */
export async function runCommand(line: CommandLine, io: RunIo): Promise<number> {
  const settings = await loadSettings(line)
  const requestOptions: RequestOptions = {
    apiKey: line.apiKey ?? PLACEHOLDER_API_KEY,
    region: line.region,
    useBatchEndpoint: line.useBatchEndpoint,
    ...(line.minIdLength === undefined ? {} : { minIdLength: line.minIdLength }),
    ...(line.maxEventsPerRequest === undefined ? {} : { maxEventsPerRequest: line.maxEventsPerRequest }),
  }
  checkRequestOptions(requestOptions)
  const flushAt = Math.min(line.maxEventsPerRequest ?? MAX_EVENTS_PER_REQUEST, MAX_EVENTS_PER_REQUEST)

  const outDir = line.outDir === undefined ? undefined : await createOutDirSink(line.outDir)
  const rejects = await openRejects(line.rejects)
  const input = await openInput(line.input, io)

  const stats = createRunStats(line.command, line.input, io.now())
  const tally = createIssueTally()
  const waits: Promise<void>[] = []
  const writeReject = (reject: Reject): void => {
    const wait = rejects?.write(formatReject(reject))
    if (wait !== undefined) waits.push(wait)
  }
  // The problem of messages still pending when a run stops on a fatal delivery error.
  const incomplete: Issue = { severity: 'error', code: 'delivery_incomplete', path: '', message: 'not sent: the run stopped (Amplitude refused the API key)' }
  const ledger = createMessageLedger((at, raw, problems) => {
    if (problems.includes(incomplete)) tally.add(at, incomplete)
    if (problems.length === 0) {
      stats.done += 1
      return
    }
    stats.failed += 1
    writeReject({ line: at, raw: raw ?? '', parsed: raw !== undefined, reasons: problems })
  })
  const failMessage = (at: number, raw: string, parsed: boolean, reasons: readonly Issue[]): void => {
    stats.failed += 1
    writeReject({ line: at, raw, parsed, reasons })
  }

  const progressMode = line.progress === 'off' || (line.progress === 'auto' && line.quiet) ? 'off' : io.stderr.isTTY === true ? 'tty' : line.progress === 'on' ? 'lines' : 'off'
  const progress = createProgress(io.stderr, progressMode, stats, () => tally.count('error') + tally.count('warning') + tally.count('info'), io.now)
  const timer = progressMode === 'off' ? undefined : setInterval(progress.tick, 250)
  timer?.unref()

  const settleBatch = (batch: RequestBatch): void => {
    for (const at of batch.lines) ledger.settle(at)
  }
  const stdout = line.command === 'convert' && outDir === undefined ? createTextWriter(io.stdout) : undefined
  let untraced = 0
  const window =
    line.command === 'send'
      ? createDeliveryWindow({
          send: (requests) => deliver(requests, deliveryOptions),
          maxCalls: flushAt * (line.concurrency ?? DEFAULT_CONCURRENCY) * 2,
          onOutcome: (at, problem) => {
            if (problem !== undefined) tally.add(at, problem)
            ledger.settle(at, problem)
          },
          onUntraced: (call, problem) => {
            tally.add(0, problem)
            untraced += 1
            writeReject({ line: null, call, reasons: [problem] })
          },
        })
      : undefined
  const deliveryOptions: DeliveryOptions = {
    concurrency: line.concurrency ?? DEFAULT_CONCURRENCY,
    ...(line.maxRetries === undefined ? {} : { maxRetries: line.maxRetries }),
    ...(line.timeoutMs === undefined ? {} : { timeoutMs: line.timeoutMs }),
    ...(line.backoffMs === undefined ? {} : { backoffMs: line.backoffMs }),
    ...(line.throttleDelayMs === undefined ? {} : { throttleDelayMs: line.throttleDelayMs }),
    ...(line.endpoint === undefined ? {} : { endpoint: line.endpoint }),
    onProgress: (counts) => {
      stats.delivered = (window?.delivered() ?? 0) + counts.delivered
      stats.rejected = (window?.rejected() ?? 0) + counts.rejected
    },
  }

  const emit = (batch: RequestBatch): Promise<void> | undefined => {
    stats.requests += 1
    stats.bytes += Buffer.byteLength(batch.request.body)
    if (window !== undefined) return window.add(batch)
    if (outDir !== undefined) return outDir.write(batch.request).then(() => settleBatch(batch))
    settleBatch(batch)
    return stdout === undefined ? undefined : writeParts(stdout, requestLineParts(batch.request))
  }
  const handleFlush = async (flush: Flush): Promise<void> => {
    for (const { line: at, issue } of flush.issues) tally.add(at, issue)
    for (const { line: at, issue } of flush.excluded) ledger.settle(at, issue)
    for (const batch of flush.batches) {
      const wait = emit(batch)
      if (wait !== undefined) await wait
      if (window?.fatal() !== undefined) return
    }
  }

  /** Output failures end the run (exit 3, or quietly when stdout's reader went away: EPIPE). */
  const rethrowOutputError = (error: unknown): void => {
    if (error instanceof CliError) throw error
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') throw error
    if (stdout !== undefined && stdout.error() === error) throw new CliError(`cannot write to stdout: ${(error as Error).message}`, 3)
    if (rejects !== undefined && rejects.error() === error) throw new CliError(`cannot write --rejects ${line.rejects ?? ''}: ${(error as Error).message}`, 3)
  }

  const batcher = createCallBatcher(toRequests, requestOptions, flushAt)
  const keepRaw = rejects !== undefined
  // Set when a fatal delivery error stopped reading before the end of the input.
  let stoppedAfterLine: number | undefined
  try {
    reading: for await (const records of readRecords(input, stats.format)) {
      for (const record of records) {
        if ('issue' in record && INPUT_STRUCTURE_CODES.has(record.issue.code)) {
          // Not a message: the input itself is broken, as with a corrupt gzip stream (exit 3).
          tally.add(record.line, record.issue)
          stats.stopped ??= `line ${record.line}: ${record.issue.message}`
          continue
        }
        stats.read += 1
        if ('issue' in record) {
          tally.add(record.line, record.issue)
          failMessage(record.line, '', false, [record.issue])
          continue
        }
        let message: unknown
        try {
          message = JSON.parse(record.text)
        } catch (error) {
          const issue: Issue = { severity: 'error', code: 'invalid_json', path: '', message: (error as Error).message }
          tally.add(record.line, issue)
          failMessage(record.line, record.text, false, [issue])
          continue
        }
        const result = translate(message, settings)
        for (const issue of result.issues) tally.add(record.line, issue)
        if (!result.ok) {
          failMessage(record.line, record.text, true, result.issues)
          continue
        }
        if (result.calls.length === 0) {
          stats.skipped += 1
          continue
        }
        ledger.open(record.line, keepRaw ? record.text : undefined, result.calls.length)
        for (const [position, call] of result.calls.entries()) {
          stats.calls[call.api] += 1
          const flush = batcher.add(call, record.line, position)
          if (flush !== undefined) await handleFlush(flush)
        }
        if (window?.fatal() !== undefined) {
          stoppedAfterLine = record.line
          break reading
        }
      }
      if (waits.length > 0) await Promise.all(waits.splice(0))
      progress.tick()
    }
  } catch (error) {
    rethrowOutputError(error)
    const code = (error as NodeJS.ErrnoException).code
    const what = typeof code === 'string' && code.startsWith('Z_') ? 'the input is not valid gzip' : `cannot read ${line.input === '-' ? 'stdin' : line.input}`
    // What was read before the error is still written or sent below.
    stats.stopped = `${what}: ${(error as Error).message}`
  } finally {
    input.destroy()
  }
  try {
    if (window?.fatal() === undefined) {
      await handleFlush(batcher.flushAll())
      await window?.drain()
    }
  } catch (error) {
    rethrowOutputError(error)
    throw error
  } finally {
    if (timer !== undefined) clearInterval(timer)
  }

  const fatal = window?.fatal()
  if (fatal !== undefined) {
    const rest = stoppedAfterLine === undefined ? '' : ` and the input after line ${stoppedAfterLine} was not read`
    stats.stopped = `Amplitude refused the API key (${fatal.code}): nothing more was sent${rest}`
    ledger.closeAll(incomplete)
  } else {
    // Calls toRequests placed in requests without naming them cannot be traced: count them done.
    ledger.closeAll()
  }
  if (stats.command === 'send' && window !== undefined) {
    stats.delivered = window.delivered()
    stats.rejected = window.rejected()
  }
  progress.done()
  try {
    if (waits.length > 0) await Promise.all(waits.splice(0))
    await rejects?.end()
    await stdout?.end()
    await outDir?.end()
  } catch (error) {
    rethrowOutputError(error)
    throw error
  }

  const summary = toSummary(stats, tally.entries(), {
    elapsedMs: io.now() - stats.startedAt,
    ...(line.stats && io.peakRss !== undefined ? { peakRssBytes: io.peakRss() } : {}),
  })
  if (line.command === 'validate') {
    io.stdout.write(line.json ? `${JSON.stringify(summary)}\n` : formatSummary(summary))
  } else if (!line.quiet) {
    io.stderr.write(formatSummary(summary))
  }
  if (stats.stopped !== undefined) return EXIT_CODES.fatal
  return stats.failed > 0 || untraced > 0 ? EXIT_CODES.someFailed : EXIT_CODES.ok
}
