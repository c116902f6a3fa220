import { createWriteStream } from 'node:fs'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AmplitudeRequest } from '../requests/types.js'
import { CliError } from './CliError.js'
import { createTextWriter } from './createTextWriter.js'

/**
 * The manifest listing each body file with what is needed to send it.
 *
 * @example
 * readFileSync(join(dir, MANIFEST_FILE), 'utf8') // one {file, method, url, headers, callCount, api} per line
 */
export const MANIFEST_FILE = 'requests.ndjson'

/**
 * `convert --out-dir`: one file per request body (`000001-event.json`, `000002-identify.form`),
 * numbered in output order, and `requests.ndjson` with each file's method, url, headers, call
 * count and API. The directory is created; a non-empty one is refused, so a smaller run never
 * leaves files of a bigger one behind.
 *
 * @example
 * const sink = await createOutDirSink('out')
 * await sink.write(request)
 * await sink.end()
 * // send one: curl -H 'content-type: application/json' --data-binary @out/000001-event.json https://api2.amplitude.com/2/httpapi
 */
export async function createOutDirSink(dir: string): Promise<{ write(request: AmplitudeRequest): Promise<void>; end(): Promise<void> }> {
  let entries: string[] = []
  try {
    entries = await readdir(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(`--out-dir ${dir}: ${(error as Error).message}`, 3)
  }
  if (entries.length > 0) throw new CliError(`--out-dir ${dir} is not empty; give a new or empty directory`, 2)
  await mkdir(dir, { recursive: true })
  const manifest = createTextWriter(createWriteStream(join(dir, MANIFEST_FILE)), { close: true })
  let count = 0
  return {
    async write(request) {
      count += 1
      const file = `${String(count).padStart(6, '0')}-${request.api}.${request.headers['content-type'] === 'application/json' ? 'json' : 'form'}`
      const { method, url, headers, callCount, api } = request
      try {
        await writeFile(join(dir, file), request.body)
        await manifest.write(`${JSON.stringify({ file, method, url, headers, callCount, api })}\n`)
      } catch (error) {
        throw new CliError(`cannot write to --out-dir ${dir}: ${(error as Error).message}`, 3)
      }
    },
    async end() {
      try {
        await manifest.end()
      } catch (error) {
        throw new CliError(`cannot write to --out-dir ${dir}: ${(error as Error).message}`, 3)
      }
    },
  }
}
