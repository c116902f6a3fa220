import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'

/** Bytes gathered before one `write` call: fewer syscalls than a write per line. */
const FLUSH_AT = 64 * 1024

/**
 * A buffered writer that respects backpressure: `write` returns a promise only when the stream
 * asked to wait (its buffer is full), so the caller pauses reading instead of piling output
 * up in memory. A stream error is kept and thrown by the next `write` or by `end`.
 *
 * @example
 * const out = createTextWriter(process.stdout)
 * for (const line of lines) await out.write(line + '\n')
 * await out.end()
 */
export function createTextWriter(stream: Writable, options: { readonly close?: boolean } = {}): {
  write(text: string): Promise<void> | undefined
  flush(): Promise<void> | undefined
  end(): Promise<void>
  error(): Error | undefined
} {
  let pending: string[] = []
  let pendingLength = 0
  let failure: Error | undefined
  stream.on('error', (error: Error) => {
    failure ??= error
  })

  function waitForDrain(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        stream.off('drain', done)
        stream.off('error', done)
        stream.off('close', done)
        resolve()
      }
      stream.on('drain', done)
      stream.on('error', done)
      stream.on('close', done)
    })
  }

  function flush(): Promise<void> | undefined {
    if (failure !== undefined) throw failure
    if (pendingLength === 0) return undefined
    const text = pending.length === 1 ? (pending[0] as string) : pending.join('')
    pending = []
    pendingLength = 0
    return stream.write(text) ? undefined : waitForDrain()
  }

  return {
    write(text) {
      if (failure !== undefined) throw failure
      pending.push(text)
      pendingLength += text.length
      return pendingLength >= FLUSH_AT ? flush() : undefined
    },
    flush,
    async end() {
      await flush()
      if (options.close === true) {
        stream.end()
        // `finished` rejects with a write error that the 'error' event would report only later.
        await finished(stream).catch((error: unknown) => {
          failure ??= error as Error
        })
      } else {
        // A write error (ENOSPC, EPIPE) is emitted a tick after the write that failed.
        await new Promise<void>((resolve) => setImmediate(resolve))
      }
      if (failure !== undefined) throw failure
    },
    error() {
      return failure
    },
  }
}
