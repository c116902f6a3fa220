#!/usr/bin/env node
// Writes a large NDJSON file of Segment messages for the CLI's memory and speed check:
//   node scripts/gen-large-ndjson.mjs [count=1000000] [out=/tmp/segment-large.ndjson] [--gzip]
// Each message is one of examples/segment-sample.ndjson's (all six calls, web/mobile/server,
// orders with products) with a fresh messageId, a shifted timestamp and ids made unique per
// cycle through the sample, so the stream looks like a long archive rather than one file
// repeated. Deterministic: no randomness, no clock.
import { createWriteStream, readFileSync } from 'node:fs'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { createGzip } from 'node:zlib'

const args = process.argv.slice(2).filter((arg) => arg !== '--gzip')
const gzip = process.argv.includes('--gzip')
const count = Number(args[0] ?? 1_000_000)
const out = args[1] ?? `/tmp/segment-large.ndjson${gzip ? '.gz' : ''}`
const samplePath = fileURLToPath(new URL('../examples/segment-sample.ndjson', import.meta.url))
const sample = readFileSync(samplePath, 'utf8').trim().split('\n').map((line) => JSON.parse(line))

const file = createWriteStream(out)
const sink = gzip ? createGzip() : file
if (gzip) sink.pipe(file)

const DAY = 86_400_000
const shift = (iso, ms) => (typeof iso === 'string' ? new Date(Date.parse(iso) + ms).toISOString() : iso)
const suffix = (id, cycle) => (typeof id === 'string' && cycle > 0 ? `${id}-${cycle}` : id)

let pending = ''
for (let i = 0; i < count; i++) {
  const template = sample[i % sample.length]
  const cycle = Math.floor(i / sample.length)
  const offset = (cycle % 365) * DAY
  const message = {
    ...template,
    messageId: `large-${i}`,
    ...(template.userId === undefined ? {} : { userId: suffix(template.userId, cycle) }),
    ...(template.anonymousId === undefined ? {} : { anonymousId: suffix(template.anonymousId, cycle) }),
    ...(template.previousId === undefined ? {} : { previousId: suffix(template.previousId, cycle) }),
    timestamp: shift(template.timestamp, offset),
    originalTimestamp: shift(template.originalTimestamp, offset),
    sentAt: shift(template.sentAt, offset),
    receivedAt: shift(template.receivedAt, offset),
  }
  pending += `${JSON.stringify(message)}\n`
  if (pending.length > 1 << 20) {
    if (!sink.write(pending)) await once(sink, 'drain')
    pending = ''
  }
}
sink.end(pending)
await once(file, 'finish')
console.error(`gen-large-ndjson: wrote ${count.toLocaleString('en-US')} messages to ${out}`)
