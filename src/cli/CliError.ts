/**
 * An error that ends the run with a message (no stack trace) and a documented exit code:
 * 2 for a usage problem, 3 for a fatal I/O problem.
 *
 * @example
 * throw new CliError('cannot read settings.json: no such file', 2)
 */
export class CliError extends Error {
  readonly exitCode: 2 | 3
  constructor(message: string, exitCode: 2 | 3) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}
