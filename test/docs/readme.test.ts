import { expect, test } from 'vitest'
import { readDoc } from '../../scripts/gen-docs.js'
import { translate } from '../../src/index.js'

const readme = readDoc('README.md') ?? ''

test('the README opens with the two commands: run the main job on the sample, and the tests', () => {
  const firstBlock = /^```sh\n([\s\S]*?)^```$/m.exec(readme)
  expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('\n\n', readme.indexOf('# segment-amplitude') + 20) + 2)
  expect(firstBlock?.[1]).toBe('npm ci && npx segment-amplitude convert examples/segment-sample.ndjson\nnpm test\n')
})

test('the README example gives the calls its comment shows', () => {
  const result = translate({
    type: 'track',
    event: 'Song Played',
    userId: 'user-123',
    messageId: 'msg-1',
    timestamp: '2024-05-06T08:03:47.612Z',
    properties: { title: 'Blue' },
  })
  expect(result).toStrictEqual({
    ok: true,
    calls: [
      {
        api: 'event',
        event: {
          user_id: 'user-123',
          event_type: 'Song Played',
          time: 1714982627612,
          insert_id: 'msg-1',
          session_id: -1,
          library: 'segment',
          event_properties: { title: 'Blue' },
        },
      },
    ],
    issues: [],
  })
  expect(readme).toContain("event_type: 'Song Played',\n//   time: 1714982627612, insert_id: 'msg-1', session_id: -1, library: 'segment',\n//   event_properties: { title: 'Blue' } } }]")
})
