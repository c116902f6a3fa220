#!/usr/bin/env node
// The `segment-amplitude` command (package.json `bin`, built to dist/cli.js).
import { runCli } from './runCli.js'

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => performance.now(),
    peakRss: () => process.resourceUsage().maxRSS * 1024,
  },
  process.env,
)
