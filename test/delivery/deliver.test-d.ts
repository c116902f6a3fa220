import { expectTypeOf, test } from 'vitest'
import { deliver, type DeliveryFetch, type DeliveryReport } from '../../src/delivery/index.js'

test('the global fetch fits the fetch option', () => {
  expectTypeOf(globalThis.fetch).toExtend<DeliveryFetch>()
  expectTypeOf(deliver([], { fetch: globalThis.fetch })).resolves.toEqualTypeOf<DeliveryReport>()
})

test('a test double only needs status and text()', () => {
  const fake: DeliveryFetch = async (_url, init) => ({ status: init.body === '' ? 400 : 200, text: async () => '' })
  expectTypeOf(fake).toExtend<NonNullable<Parameters<typeof deliver>[1]>['fetch']>()
})
