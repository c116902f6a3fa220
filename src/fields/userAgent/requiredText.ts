const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/
const CLASS_ESCAPE = /[\dA-Za-z]/

function classEnd(source: string, at: number): number {
  while (++at < source.length && source.charAt(at) !== ']') if (source.charAt(at) === '\\') at++
  return at
}

// Index of the `)` closing the group opened at `at`, and whether the group has a top-level `|`.
function groupEnd(source: string, at: number): [end: number, alternation: boolean] {
  let depth = 0
  let alternation = false
  for (; at < source.length; at++) {
    const char = source.charAt(at)
    if (char === '\\') at++
    else if (char === '[') at = classEnd(source, at)
    else if (char === '(') depth++
    else if (char === ')' && --depth === 0) return [at, alternation]
    else if (char === '|' && depth === 1) alternation = true
  }
  return [at, alternation]
}

function quantifierLength(source: string, at: number): number {
  return QUANTIFIER.exec(source.slice(at))?.[0].length ?? 0
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
    if (char === ')') {
      at++ // the end of a group entered below
      continue
    }
    let length = 1
    let literal = false
    if (char === '(') {
      const [end, alternation] = groupEnd(source, at)
      const plain = source.charAt(at + 1) !== '?' || source.charAt(at + 2) === ':'
      if (plain && !alternation && quantifierLength(source, end + 1) === 0) {
        at += source.charAt(at + 1) === '?' ? 3 : 1
        continue
      }
      length = end + 1 - at
    } else if (char === '[') length = classEnd(source, at) + 1 - at
    else if (char === '\\') {
      length = 2
      literal = !CLASS_ESCAPE.test(source.charAt(at + 1))
    } else literal = !'.^$'.includes(char)
    const quantifier = quantifierLength(source, at + length)
    if (literal && quantifier === 0) run += source.charAt(at + length - 1).toLowerCase()
    else {
      if (run.length > best.length) best = run
      run = ''
    }
    at += length + quantifier
  }
  return run.length > best.length ? run : best
}
