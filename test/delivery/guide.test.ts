import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { DELIVERY_REJECTION_REASONS } from '../../src/delivery/index.js'

test('the delivery guide lists exactly the rejection reasons deliver can give', () => {
  const guide = readFileSync(new URL('../../docs/guides/delivery.md', import.meta.url), 'utf8')
  const table = guide.slice(guide.indexOf('### Rejection reasons'), guide.indexOf('## What the client does'))
  const listed = [...table.matchAll(/^\| `([a-z_]+)` \|/gm)].map((match) => match[1])
  expect(listed).toEqual(Object.keys(DELIVERY_REJECTION_REASONS))
})
