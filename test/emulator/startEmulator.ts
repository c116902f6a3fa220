import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { faultAnswer, faultFor, type FaultSchedule, type ScheduledRequest } from './faults.js'
import { judgeRequest, parseRequest, type Answer } from './judgeRequest.js'
import type { Api } from './amplitudeRules.js'

export interface EmulatorOptions {
  /** Project API keys the emulator knows. @defaultValue `['emulator-key']` */
  readonly apiKeys?: readonly string[]
  readonly faults?: FaultSchedule
}

/** One call the emulator ingested. */
export interface IngestedCall {
  readonly api: Api
  readonly payload: Record<string, unknown>
  readonly requestIndex: number
  /** Ingested while the client was told something else (5xx, dropped connection, late answer). */
  readonly ambiguous: boolean
}

/** One request the emulator received, and how it answered (`0`: dropped or answered too late). */
export interface ReceivedRequest extends ScheduledRequest {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  status: number
}

export interface Emulator {
  /** `http://127.0.0.1:<port>`: pass as `deliver`'s `endpoint`. */
  readonly url: string
  readonly received: readonly ReceivedRequest[]
  readonly ingested: readonly IngestedCall[]
  setFaults(faults: FaultSchedule): void
  close(): Promise<void>
}

/**
 * A local Amplitude: a real HTTP server on 127.0.0.1 serving `/2/httpapi`, `/batch`, `/identify`,
 * `/groupidentify` and `/usermap`, judging bodies as Amplitude does, answering with its status
 * codes and error bodies, recording what it ingested, and misbehaving on a schedule.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const knownKeys = new Set(options.apiKeys ?? ['emulator-key'])
  let faults: FaultSchedule = options.faults ?? []
  const received: ReceivedRequest[] = []
  const ingested: IngestedCall[] = []
  const timers = new Set<NodeJS.Timeout>()

  const ingest = (answer: Answer, record: ReceivedRequest, ambiguous: boolean): void => {
    if (record.api === undefined) return
    for (const payload of answer.ingested) ingested.push({ api: record.api, payload, requestIndex: record.index, ambiguous })
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const path = new URL(req.url ?? '/', 'http://emulator').pathname
    const parsed = parseRequest(path, req.headers['content-type'] ?? '', Buffer.concat(chunks).toString('utf8'))
    const record: ReceivedRequest = { ...parsed, index: received.length, headers: req.headers, status: 0 }
    received.push(record)
    const send = (status: number, body: Answer['body']): void => {
      record.status = status
      const text = typeof body === 'string' ? body : JSON.stringify(body)
      res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' })
      res.end(text)
    }
    const fault = req.method === 'POST' ? faultFor(faults, record) : undefined
    if (req.method !== 'POST') return send(405, { code: 405, error: 'Method not allowed' })
    if (fault === undefined) {
      const answer = judgeRequest(parsed, knownKeys)
      ingest(answer, record, false)
      return send(answer.status, answer.body)
    }
    switch (fault.kind) {
      case 'drop':
        if (fault.ingest) ingest(judgeRequest(parsed, knownKeys), record, true)
        req.socket.destroy()
        return
      case 'slow': {
        const answer = judgeRequest(parsed, knownKeys)
        ingest(answer, record, true)
        const timer = setTimeout(() => {
          timers.delete(timer)
          if (!res.destroyed && !req.socket.destroyed) send(answer.status, answer.body)
        }, fault.delayMs)
        timers.add(timer)
        return
      }
      case 'status':
        if (fault.ingest) ingest(judgeRequest(parsed, knownKeys), record, true)
        break
    }
    const { status, body } = faultAnswer(fault)
    send(status, body)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    ingested,
    setFaults: (next) => {
      faults = next
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer)
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    },
  }
}
