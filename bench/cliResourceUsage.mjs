// Preloaded (`node --import`) into the CLI process by bench/runCliBench.ts: on exit, writes the
// process's own resource usage (peak RSS, CPU time) as JSON to the file named by
// BENCH_RESOURCE_USAGE_FILE, which a parent process cannot otherwise read portably.
import { writeFileSync } from 'node:fs'

const file = process.env.BENCH_RESOURCE_USAGE_FILE
if (file !== undefined) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage()
    writeFileSync(file, JSON.stringify({ maxRssBytes: maxRSS * 1024, cpuMicros: userCPUTime + systemCPUTime }))
  })
}
