import { readFile } from 'node:fs/promises'
import { resolveSettings, type ResolvedSettings } from '../settings/resolveSettings.js'
import type { Settings } from '../settings/settings.js'
import { CliError } from './CliError.js'
import type { CommandLine } from './parseCommandLine.js'

/**
 * The translation settings of a run: the `--settings` JSON file, then `--profile`, resolved
 * once (so translating each message skips the checks). A missing file, bad JSON or an unknown
 * or mistyped setting is a usage error (exit 2) naming the problem.
 *
 * @example
 * const settings = await loadSettings({ settingsFile: 'amplitude.json', profile: 'actions' })
 */
export async function loadSettings(line: Pick<CommandLine, 'settingsFile' | 'profile'>): Promise<ResolvedSettings> {
  let partial: Record<string, unknown> = {}
  if (line.settingsFile !== undefined) {
    let text: string
    try {
      text = await readFile(line.settingsFile, 'utf8')
    } catch (error) {
      throw new CliError(`--settings ${line.settingsFile}: ${(error as Error).message}`, 2)
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      throw new CliError(`--settings ${line.settingsFile} is not valid JSON: ${(error as Error).message}`, 2)
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new CliError(`--settings ${line.settingsFile} must hold a JSON object of settings`, 2)
    }
    partial = { ...(parsed as Record<string, unknown>) }
  }
  if (line.profile !== undefined) partial['profile'] = line.profile
  try {
    return resolveSettings(partial as Partial<Settings>)
  } catch (error) {
    const where = line.settingsFile === undefined ? '' : ` (in ${line.settingsFile})`
    throw new CliError(`${(error as Error).message.replace(/^segment-amplitude: /u, '')}${where}`, 2)
  }
}
