/**
 * Issue codes the CLI itself reports about its input (the library's codes cover the messages).
 * The error guide's table is generated from these catalogues.
 *
 * @example
 * CLI_ISSUE_CODES.invalid_json // 'error: the line (or array element) is not valid JSON'
 */
export const CLI_ISSUE_CODES = {
  invalid_json: 'error: the line (or array element) is not valid JSON',
  record_too_long: 'error: the line (or array element) is longer than the 16 MiB limit and was skipped',
  truncated_array: 'error: the JSON array input ended before its closing `]`',
  trailing_content: 'error: something other than another JSON array follows the closing `]`; it was not read',
  delivery_incomplete: 'error: the run stopped (fatal error) before this message could be delivered',
} as const

/**
 * A code of {@link CLI_ISSUE_CODES}.
 *
 * @example
 * const code: CliIssueCode = 'truncated_array'
 */
export type CliIssueCode = keyof typeof CLI_ISSUE_CODES

/**
 * Records longer than this are skipped with `record_too_long`: no single Segment message can be
 * sent anyway (Amplitude takes at most 1 MB per request), and a missing newline in a huge file
 * must not make the reader buffer the whole file.
 *
 * @example
 * createLineSplitter(MAX_RECORD_CHARS)
 */
export const MAX_RECORD_CHARS: number = 16 * 1024 * 1024
