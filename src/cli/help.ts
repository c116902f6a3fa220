/**
 * The exit codes the CLI documents in `--help` and docs/guides/cli.md.
 *
 * @example
 * process.exitCode = EXIT_CODES.usage // 2
 */
export const EXIT_CODES = {
  ok: 0,
  someFailed: 1,
  usage: 2,
  fatal: 3,
} as const

const EXIT_TEXT = `Exit codes:
  0  every message was converted / valid / delivered (warnings and skipped
     messages allowed)
  1  some messages failed: bad JSON, a translation error, a pre-flight error
     or, for send, a call Amplitude rejected (see the summary, and --rejects)
  2  usage error: unknown command or flag, bad flag value, invalid settings,
     send without an API key
  3  fatal: the input or an output could not be read or written, a corrupt
     gzip stream or a cut-off JSON array, or (send) Amplitude refused the API
     key; the run stopped (what was read before is still written or sent)`

const INPUT_TEXT = `Input: FILE or - (stdin). NDJSON (one message per line) or a JSON array of
messages, detected by the first non-blank character; gzip detected by content.
Read as a stream: memory stays flat however large the file.`

const TRANSLATE_OPTIONS = `Translation and request options:
  --settings FILE          translation settings as JSON (the library's Settings
                           names, e.g. {"trackAllPages": true}); flags below win
  --profile NAME           classic (default) or actions
  --region REGION          us (default) or eu: which Amplitude hosts
  --batch                  send events to the Batch API (/batch, 20 MB requests)
  --api-key KEY            Amplitude API key (default: $AMPLITUDE_API_KEY)
  --min-id-length N        Amplitude's minimum user/device id length (default 5)
  --max-events-per-request N
                           lower the 2,000 calls per request cap`

const OUTPUT_OPTIONS = `Reporting:
  --rejects FILE           write every message that failed (original message +
                           reasons) as NDJSON, to fix and re-run
  --progress               progress line on stderr even when it is not a terminal
  --no-progress            no progress line, even on a terminal
  --quiet, -q              no summary on stderr
  --stats                  add elapsed time, rate and peak memory to the summary
  --help, -h               this help`

/**
 * `--help` texts: the tool's and each command's.
 *
 * @example
 * process.stdout.write(HELP.convert)
 */
export const HELP: Readonly<Record<'main' | 'convert' | 'validate' | 'send', string>> = {
  main: `segment-amplitude: Segment messages in, Amplitude requests out.

Usage:
  segment-amplitude convert [FILE|-] [options]   print Amplitude requests as NDJSON
  segment-amplitude validate [FILE|-] [options]  check messages without sending
  segment-amplitude send [FILE|-] --api-key KEY  deliver to Amplitude
  segment-amplitude <command> --help             options of a command
  segment-amplitude --version

Example:
  segment-amplitude convert examples/segment-sample.ndjson | head -c 500

${INPUT_TEXT}

${EXIT_TEXT}
`,
  convert: `segment-amplitude convert [FILE|-] [options]

Translates every message and writes the Amplitude HTTP requests to stdout as
NDJSON, one request a line:
  {"method":"POST","url":"https://api2.amplitude.com/2/httpapi",
   "headers":{"content-type":"application/json"},"body":"…","callCount":2000,
   "api":"event"}
Without --api-key or $AMPLITUDE_API_KEY, bodies carry the placeholder
YOUR_API_KEY.

${INPUT_TEXT}

Output:
  --out-dir DIR            instead of stdout, one file per request body
                           (000001-event.json, 000002-identify.form, …) and
                           DIR/requests.ndjson listing url, headers and file;
                           DIR must be empty or absent

${TRANSLATE_OPTIONS}

${OUTPUT_OPTIONS}

${EXIT_TEXT}
`,
  validate: `segment-amplitude validate [FILE|-] [options]

Translates every message and runs Amplitude's pre-flight checks (id lengths,
invalid ids, event_type, string lengths, request sizes) without sending
anything. Prints a summary and the issues by code, with counts and the first
line numbers, to stdout. Exits 1 when any message fails.

${INPUT_TEXT}

  --json                   print the summary as one JSON object instead

${TRANSLATE_OPTIONS}

${OUTPUT_OPTIONS}

${EXIT_TEXT}
`,
  send: `segment-amplitude send [FILE|-] --api-key KEY [options]

Translates and delivers every message to Amplitude, retrying 429 and 5xx with
backoff, splitting on 413 and dropping only the events a 400 names. Every
message ends delivered or, with --rejects, in the rejects file with its reasons.

${INPUT_TEXT}

Delivery:
  --api-key KEY            required (or $AMPLITUDE_API_KEY; the environment
                           variable keeps the key out of the process list)
  --endpoint URL           send to this host instead of Amplitude's (a proxy,
                           a test server); the API paths are appended
  --concurrency N          requests in flight at once (default 4)
  --max-retries N          retries per request for 429, 5xx and network errors
                           (default 12)
  --timeout MS             per-request timeout (default 10000)
  --backoff MS             the n-th retry waits n x MS, at most 30 s
                           (default 1000)
  --throttle-delay MS      pause of users/devices a 429 names (default 30000)

${TRANSLATE_OPTIONS}

${OUTPUT_OPTIONS}

${EXIT_TEXT}
`,
}

