/**
 * Returns a function that replaces every occurrence of any of `secrets` with `***`. Longer
 * secrets go first, so a key that contains another is hidden whole.
 *
 * @example
 * const hide = redact(['s3cr3t-key'])
 * hide('Invalid API key: s3cr3t-key') // 'Invalid API key: ***'
 */
export function redact(secrets: Iterable<string>): (text: string) => string {
  const list = [...new Set(secrets)].filter((secret) => secret !== '').sort((a, b) => b.length - a.length)
  return (text) => list.reduce((out, secret) => out.split(secret).join('***'), text)
}
