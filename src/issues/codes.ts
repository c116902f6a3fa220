/**
 * Every issue code the parser and the translation can report, with what it means. The error
 * guide's table is generated from these catalogues, so it cannot drift from the code.
 */
export const PARSE_ISSUE_CODES = {
  invalid_message: 'error: the input is not an object',
  missing_type: 'error: the message has no `type`',
  unknown_type: 'error: `type` is not one of track, identify, page, screen, group, alias',
  missing_event: 'error: a track call has no event name',
  invalid_type: 'warning: a known field has the wrong type and was dropped',
  internal_error: 'error: a defect in the library; the message was not translated (please report it)',
} as const
