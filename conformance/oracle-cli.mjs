// Runs Segment's Amplitude (Actions) destination on messages from stdin.
//   node oracle-cli.mjs < message.json          one message, or {"message", "settings"}
//   node oracle-cli.mjs --jsonl < messages.jsonl one per line, one result line each
//   --raw: print the recorded requests as well as the decoded, normalised calls
import { readFileSync } from 'node:fs'
import { expectedFor } from './expected.mjs'

const args = new Set(process.argv.slice(2))
const input = readFileSync(0, 'utf8')
const docs = args.has('--jsonl') ? input.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l)) : [JSON.parse(input)]

for (const doc of docs) {
  const envelope = doc !== null && typeof doc === 'object' && 'message' in doc ? doc : { message: doc }
  const { raw, ...result } = await expectedFor(envelope.message, envelope.settings ?? {})
  const output = args.has('--raw') ? { ...result, raw } : result
  console.log(args.has('--jsonl') ? JSON.stringify(output) : JSON.stringify(output, null, 2))
}
