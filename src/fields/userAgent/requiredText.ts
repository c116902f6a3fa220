const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/
const CLASS_ESCAPE = /[\dA-Za-z]/
const LOOKAROUND = /^\(\?[=!<]/

// The index just past the atom at `at` (an escape, a class, a whole group or one character), and
// whether that atom is a group with an alternation of its own.
function atomEnd(source: string, at: number): [end: number, alternation: boolean] {
  const char = source.charAt(at)
  let alternation = false
  if (char === '\\') return [at + 2, false]
  if (char === '[') {
    while (at < source.length && source.charAt(++at) !== ']') if (source.charAt(at) === '\\') at++
  } else if (char === '(') {
    for (at++; at < source.length && source.charAt(at) !== ')'; ) {
      alternation ||= source.charAt(at) === '|'
      at = atomEnd(source, at)[0]
    }
  }
  return [at + 1, alternation]
}

/**
 * The longest run of literal text every match of `pattern` contains, lower-cased ('' when there is
 * none). The parser checks it with a plain `includes` on the lower-cased user agent before it runs
 * the pattern, which skips most patterns at a fraction of their cost. Conservative by
 * construction: a run only spans characters and plain groups that must match exactly once, and a
 * pattern with a top-level alternation has none.
 *
 * @example
 * requiredText(/(kindle)\/([\w.]+)/i) // 'kindle/'
 * requiredText(/\bopr\/([\w.]+)/i) // 'opr/'
 * requiredText(/phone|mobile/i) // ''
 */
export function requiredText(pattern: RegExp): string {
  const source = pattern.source
  let best = ''
  let run = ''
  for (let at = 0; at < source.length; ) {
    const char = source.charAt(at)
    if (char === '|') return ''
    const [end, alternation] = atomEnd(source, at)
    const quantifier = QUANTIFIER.exec(source.slice(end))?.[0] ?? ''
    if (char === ')' || (char === '(' && !alternation && !quantifier && !LOOKAROUND.test(source.slice(at)))) {
      // A group that must match exactly once is read through; its `)` is passed over on the way out.
      at += char === ')' ? 1 : source.charAt(at + 1) === '?' ? 3 : 1
      continue
    }
    const literal = char === '\\' ? !CLASS_ESCAPE.test(source.charAt(at + 1)) : !'[(.^$'.includes(char)
    if (literal && !quantifier) run += source.charAt(end - 1).toLowerCase()
    else {
      if (run.length > best.length) best = run
      run = ''
    }
    at = end + quantifier.length
  }
  return run.length > best.length ? run : best
}
