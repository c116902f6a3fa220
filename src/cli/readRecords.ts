import { pipeline, Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { createGunzip } from 'node:zlib'
import { createJsonArraySplitter } from './createJsonArraySplitter.js'
import { createLineSplitter } from './createLineSplitter.js'
import type { InputRecord, RecordSplitter } from './inputRecord.js'

/**
 * What {@link readRecords} found out about its input, filled in as soon as it is known.
 *
 * @example
 * const format: InputFormat = { compressed: true, kind: 'ndjson' }
 */
export interface InputFormat {
  compressed: boolean
  kind: 'ndjson' | 'json-array' | 'empty'
}

async function* withHead(head: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  if (head.length > 0) yield head
  for (;;) {
    const next = await rest.next()
    if (next.done === true) return
    yield next.value
  }
}

/** Reads until `count` bytes (or the end) so the gzip magic can be checked on any chunking. */
async function readHead(iterator: AsyncIterator<Buffer>, count: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let length = 0
  while (length < count) {
    const next = await iterator.next()
    if (next.done === true) break
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value
    chunks.push(chunk)
    length += chunk.length
  }
  return Buffer.concat(chunks)
}

function decompressed(head: Buffer, rest: AsyncIterator<Buffer>): AsyncIterable<Buffer> {
  // pipeline forwards a gunzip or source error into the iteration below, where it is thrown.
  return pipeline(Readable.from(withHead(head, rest), { objectMode: false }), createGunzip(), () => undefined)
}

/**
 * Streams a byte source (a file, stdin) into batches of {@link InputRecord}s, one batch per
 * chunk read. Gzip is detected by its magic bytes (`1f 8b`), not by a file name; the layout by
 * the first non-blank character: `[` means a JSON array, anything else NDJSON. Nothing but the
 * current chunk and one open record is ever held in memory.
 *
 * @example
 * import { createReadStream } from 'node:fs'
 * const format: InputFormat = { compressed: false, kind: 'empty' }
 * for await (const batch of readRecords(createReadStream('events.ndjson.gz'), format)) {
 *   for (const record of batch) console.log(record.line)
 * }
 */
export async function* readRecords(source: AsyncIterable<Buffer | string>, format: InputFormat): AsyncGenerator<InputRecord[]> {
  const raw = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  const head = await readHead(raw, 2)
  format.compressed = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b
  const bytes: AsyncIterable<Buffer> = format.compressed ? decompressed(head, raw) : { [Symbol.asyncIterator]: () => withHead(head, raw) }

  const decoder = new StringDecoder('utf8')
  let splitter: RecordSplitter | undefined
  // Text seen before the first non-blank character decides the layout.
  let lead = ''
  for await (const chunk of bytes) {
    let text = decoder.write(chunk)
    if (splitter === undefined) {
      lead += text
      const first = lead.search(/[^\s\ufeff]/u)
      if (first === -1) continue
      format.kind = lead[first] === '[' ? 'json-array' : 'ndjson'
      splitter = format.kind === 'json-array' ? createJsonArraySplitter() : createLineSplitter()
      // A byte-order mark belongs to neither layout.
      text = lead.charCodeAt(0) === 0xfeff ? lead.slice(1) : lead
      lead = ''
    }
    const batch = splitter.push(text)
    if (batch.length > 0) yield batch
  }
  const tail = decoder.end()
  if (splitter === undefined) {
    // Whitespace only (or nothing): no records.
    format.kind = 'empty'
    return
  }
  const last = [...(tail === '' ? [] : splitter.push(tail)), ...splitter.end()]
  if (last.length > 0) yield last
}
