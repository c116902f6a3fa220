import fc from 'fast-check'
import { createRequire } from 'node:module'
import { describe, expect, test } from 'vitest'
import { parseSegmentMessage } from '../../src/models/segment/parse.js'
import { resolveSettings } from '../../src/settings/resolveSettings.js'
import {
  arbAlias,
  arbAndroidContext,
  arbGroup,
  arbHostileInput,
  arbHostileMessage,
  arbIdentify,
  arbIntegrations,
  arbIosContext,
  arbOrderCompleted,
  arbPage,
  arbScreen,
  arbSegmentMessage,
  arbServerContext,
  arbSettings,
  arbTimestamp,
  arbTrack,
  arbWebContext,
  GROUP_TRAIT_NAMES,
  TRAIT_NAMES,
  USER_AGENTS,
} from '../../src/testing/index.js'

const SEED = 20_240_601

function sample<T>(arbitrary: fc.Arbitrary<T>, numRuns = 300, seed = SEED): T[] {
  return fc.sample(arbitrary, { seed, numRuns })
}

type Node = Readonly<Record<string, unknown>>

/** Visits every object reachable through own enumerable keys, each once (so cycles end). */
function someNode(root: unknown, predicate: (node: Node) => boolean): boolean {
  const seen = new Set<object>()
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value !== 'object' || value === null || seen.has(value)) continue
    seen.add(value)
    if (predicate(value as Node)) return true
    for (const key of Object.keys(value)) stack.push((value as Node)[key])
  }
  return false
}

function someLeaf(root: unknown, predicate: (leaf: unknown) => boolean): boolean {
  return someNode(root, (node) => Object.keys(node).some((key) => predicate(node[key])))
}

/** Depth-first search: a cycle is an edge back to an object still on the path. */
function hasCycle(root: unknown): boolean {
  const onPath = new Set<object>()
  const done = new Set<object>()
  const visit = (value: unknown): boolean => {
    if (typeof value !== 'object' || value === null || done.has(value)) return false
    if (onPath.has(value)) return true
    onPath.add(value)
    const found = Object.keys(value).some((key) => visit((value as Node)[key]))
    onPath.delete(value)
    done.add(value)
    return found
  }
  return visit(root)
}

/** How deep a chain of one-key objects or one-element arrays goes (a cycle ends it). */
function depth(value: unknown): number {
  const seen = new Set<object>()
  let node = value
  while (typeof node === 'object' && node !== null && !seen.has(node)) {
    seen.add(node)
    const keys = Object.keys(node)
    if (keys.length !== 1) break
    node = (node as Node)[keys[0] ?? '']
  }
  return seen.size
}

const VALID = [
  ['arbSegmentMessage', arbSegmentMessage],
  ['arbTrack', arbTrack],
  ['arbOrderCompleted', arbOrderCompleted],
  ['arbIdentify', arbIdentify],
  ['arbPage', arbPage],
  ['arbScreen', arbScreen],
  ['arbGroup', arbGroup],
  ['arbAlias', arbAlias],
] as const

describe('valid message arbitraries', () => {
  test('arbSegmentMessage produces all six calls, track the most often', () => {
    const counts = new Map<string, number>()
    for (const message of sample(arbSegmentMessage, 600)) counts.set(message.type, (counts.get(message.type) ?? 0) + 1)
    expect([...counts.keys()].sort()).toEqual(['alias', 'group', 'identify', 'page', 'screen', 'track'])
    expect(Math.max(...counts.values())).toBe(counts.get('track'))
  })

  test('fc.sample gives the same messages for the same seed and others for another seed', () => {
    expect(sample(arbSegmentMessage, 50)).toEqual(sample(arbSegmentMessage, 50))
    expect(sample(arbSegmentMessage, 50)).not.toEqual(sample(arbSegmentMessage, 50, SEED + 1))
  })

  test.each(VALID)('every %s value is accepted by parseSegmentMessage without any issue', (_, arbitrary) => {
    for (const message of sample(arbitrary, 200)) {
      const result = parseSegmentMessage(message)
      expect(result, JSON.stringify(message)).toMatchObject({ ok: true, issues: [] })
    }
  })

  test.each(VALID)('every %s value keeps its required ids and names after parsing', (_, arbitrary) => {
    for (const message of sample(arbitrary, 200)) {
      const result = parseSegmentMessage(message)
      if (!result.ok) throw new Error(`rejected: ${JSON.stringify(message)}`)
      const parsed = result.message
      if (parsed.type === 'alias') {
        expect(parsed.userId).toBeTypeOf('string')
        expect(parsed.previousId).toBeTypeOf('string')
      } else {
        expect(parsed.userId ?? parsed.anonymousId, JSON.stringify(message)).toBeTypeOf('string')
      }
      if (parsed.type === 'track') expect(parsed.event.trim()).not.toBe('')
      if (parsed.type === 'group') expect(parsed.groupId).toBeTypeOf('string')
    }
  })

  test.each(VALID)('every %s value survives a JSON round trip unchanged (no undefined, NaN or -0)', (_, arbitrary) => {
    for (const message of sample(arbitrary, 200)) {
      expect(JSON.parse(JSON.stringify(message))).toStrictEqual(message)
    }
  })

  test('ids are sometimes numbers, null, empty or whitespace beside a usable id', () => {
    const messages = sample(arbSegmentMessage, 1_000)
    const ids = messages.flatMap((m) => [m.userId, m.anonymousId])
    expect(ids.some((id) => typeof id === 'number')).toBe(true)
    expect(ids.some((id) => id === null)).toBe(true)
    expect(ids.some((id) => id === '')).toBe(true)
    expect(ids.some((id) => typeof id === 'string' && id !== '' && id.trim() === '')).toBe(true)
    expect(messages.some((m) => m.userId === undefined)).toBe(true)
    expect(messages.some((m) => m.anonymousId === undefined)).toBe(true)
  })

  test('page and screen calls come with and without a name and a category', () => {
    const views = [...sample(arbPage, 300), ...sample(arbScreen, 300)]
    for (const [hasName, hasCategory] of [
      [true, true],
      [true, false],
      [false, true],
      [false, false],
    ]) {
      expect(views.some((v) => (v.name !== undefined) === hasName && (v.category !== undefined) === hasCategory)).toBe(true)
    }
  })

  test('a page call from analytics.js carries the same page in properties and context.page', () => {
    for (const page of sample(arbPage, 200)) {
      if (page.context?.library?.name !== 'analytics.js') continue
      expect(page.properties).toMatchObject(page.context.page ?? {})
    }
  })

  test('strings stay modest: no valid message is longer than 20,000 characters of JSON', () => {
    const lengths = sample(arbSegmentMessage, 500).map((m) => JSON.stringify(m).length)
    expect(Math.max(...lengths)).toBeLessThan(20_000)
  })
})

describe('order completed', () => {
  const orders = sample(arbOrderCompleted, 400)

  test('uses an order-completed event name, mostly "Order Completed"', () => {
    for (const order of orders) expect(order.event).toMatch(/^(order[ _]completed|completed order)$/i)
    expect(orders.filter((o) => o.event === 'Order Completed').length).toBeGreaterThan(orders.length / 2)
  })

  test('carries products with ids, names, prices and quantities', () => {
    const products = orders.flatMap((o) => (Array.isArray(o.properties?.['products']) ? (o.properties['products'] as Node[]) : []))
    expect(products.length).toBeGreaterThan(100)
    for (const product of products) expect(product['name']).toBeTypeOf('string')
    expect(products.some((p) => typeof p['product_id'] === 'string')).toBe(true)
    expect(products.some((p) => typeof p['productId'] === 'string')).toBe(true)
    expect(products.some((p) => typeof p['price'] === 'number' && Number.isInteger(p['quantity']))).toBe(true)
    expect(products.some((p) => typeof p['price'] === 'string')).toBe(true)
    expect(products.some((p) => typeof p['quantity'] === 'number' && !Number.isInteger(p['quantity']))).toBe(true)
  })

  test('writes revenue and total as numbers and sometimes as strings like "$1,234.50"', () => {
    const money = orders.flatMap((o) => [o.properties?.['revenue'], o.properties?.['total']])
    expect(money.some((m) => typeof m === 'number')).toBe(true)
    expect(money.some((m) => typeof m === 'string' && /^-?\$\d{1,3}(,\d{3})*\.\d{2}$/.test(m))).toBe(true)
    expect(orders.some((o) => o.properties?.['revenue'] === undefined && o.properties?.['total'] !== undefined)).toBe(true)
  })
})

describe('contexts', () => {
  test('a web context comes from analytics.js with a real user agent', () => {
    for (const context of sample(arbWebContext)) {
      expect(context.library?.name).toBe('analytics.js')
      expect(USER_AGENTS).toContain(context.userAgent)
    }
  })

  test('an iOS context has an Apple device with a hardware model and an iOS-family os', () => {
    for (const context of sample(arbIosContext)) {
      expect(context.library?.name).toMatch(/^analytics-(ios|swift)$/)
      expect(context.device).toMatchObject({ manufacturer: 'Apple', type: 'ios' })
      expect(context.device?.model).toMatch(/^(iPhone|iPad)\d+,\d+$|^arm64$/)
      expect(context.os?.name).toMatch(/^(iOS|iPadOS)$/)
    }
    expect(sample(arbIosContext).some((c) => c.device?.advertisingId !== undefined)).toBe(true)
  })

  test('an Android context has an Android device and os', () => {
    for (const context of sample(arbAndroidContext)) {
      expect(context.library?.name).toMatch(/^analytics-(android|kotlin)$/)
      expect(context.device?.type).toBe('android')
      expect(context.os?.name).toBe('Android')
    }
  })

  test('a server context is sparse: a library at most, never a device or os', () => {
    const contexts = sample(arbServerContext)
    for (const context of contexts) {
      expect(context.device).toBeUndefined()
      expect(context.os).toBeUndefined()
    }
    expect(contexts.some((c) => Object.keys(c).length === 0)).toBe(true)
  })

  test('USER_AGENTS holds about twenty distinct strings that ua-parser-js recognises', () => {
    const require = createRequire(import.meta.url)
    const UAParser = require('@amplitude/ua-parser-js') as new (ua: string) => {
      getResult(): { browser: { name?: string }; os: { name?: string } }
    }
    expect(new Set(USER_AGENTS).size).toBe(USER_AGENTS.length)
    expect(USER_AGENTS.length).toBeGreaterThanOrEqual(20)
    const unrecognised = USER_AGENTS.filter((ua) => {
      const result = new UAParser(ua).getResult()
      return result.browser.name === undefined && !ua.includes('Googlebot')
    })
    expect(unrecognised).toEqual([])
  })
})

describe('integrations', () => {
  const all = sample(arbIntegrations, 1_000)
  const options = all.map((i) => i.Amplitude).filter((a): a is Node => typeof a === 'object')

  test('covers routing off for Amplitude, both ways', () => {
    expect(all.some((i) => i.All === false && i.Amplitude === undefined)).toBe(true)
    expect(all.some((i) => i.Amplitude === false)).toBe(true)
    expect(all.some((i) => i.All === false && i.Amplitude !== undefined)).toBe(true)
  })

  test('gives session_id as epoch ms, as a digit string and in the Actions key', () => {
    expect(options.some((o) => typeof o['session_id'] === 'number' && (o['session_id'] as number) > 1e12)).toBe(true)
    expect(options.some((o) => typeof o['session_id'] === 'string' && /^\d+$/.test(o['session_id'] as string))).toBe(true)
    expect(all.some((i) => typeof i['Actions Amplitude'] === 'object')).toBe(true)
  })

  test('uses every Classic option', () => {
    for (const key of ['session_id', 'event_id', 'groups', 'unmap', 'paying', 'start_version']) {
      expect(options.some((o) => key in o), key).toBe(true)
    }
  })
})

describe('timestamps', () => {
  const stamps = sample(arbTimestamp, 1_000)

  test('are mostly ISO strings in UTC, sometimes epoch numbers, zone-less, offset or invalid', () => {
    const iso = stamps.filter((s) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(s))
    expect(iso.length).toBeGreaterThan(stamps.length / 2)
    expect(stamps.some((s) => typeof s === 'number')).toBe(true)
    expect(stamps.some((s) => typeof s === 'string' && /T[\d:.]+$/.test(s))).toBe(true)
    expect(stamps.some((s) => typeof s === 'string' && /[+-]\d{2}:\d{2}$/.test(s))).toBe(true)
    expect(stamps.some((s) => typeof s === 'string' && Number.isNaN(Date.parse(s)))).toBe(true)
  })
})

describe('arbSettings', () => {
  const settings = sample(arbSettings, 500)

  test('every value passes resolveSettings and never sets parseUserAgent', () => {
    for (const s of settings) {
      expect(() => resolveSettings(s)).not.toThrow()
      expect(s).not.toHaveProperty('parseUserAgent')
    }
  })

  test('covers both profiles, defaults and every switch both ways', () => {
    expect(new Set(settings.map((s) => s.profile))).toEqual(new Set(['classic', 'actions', undefined]))
    for (const key of ['trackAllPages', 'trackNamedPages', 'trackCategorizedPages', 'trackUtmProperties', 'trackReferrer', 'preferAnonymousIdForDeviceId', 'trackRevenuePerProduct', 'trackProductsOnce', 'userAgentParsing'] as const) {
      expect(new Set(settings.map((s) => s[key])), key).toEqual(new Set([true, false, undefined]))
    }
  })

  test('draws trait lists from TRAIT_NAMES and group traits from GROUP_TRAIT_NAMES', () => {
    for (const s of settings) {
      for (const list of [s.traitsToIncrement, s.traitsToSetOnce, s.traitsToAppend, s.traitsToPrepend]) {
        for (const name of list ?? []) expect(TRAIT_NAMES).toContain(name)
      }
      for (const name of [s.groupTypeTrait, s.groupValueTrait]) {
        if (name !== undefined) expect([...GROUP_TRAIT_NAMES, 'missing_trait']).toContain(name)
      }
    }
    expect(settings.some((s) => (s.traitsToIncrement?.length ?? 0) > 0)).toBe(true)
    expect(settings.some((s) => s.groupTypeTrait !== undefined && s.groupValueTrait !== undefined)).toBe(true)
  })

  test('appends message paths such as context.page.title to event properties', () => {
    const maps = settings.flatMap((s) => (s.appendFieldsToEventProps === undefined ? [] : [s.appendFieldsToEventProps]))
    expect(maps.some((m) => 'context.page.title' in m)).toBe(true)
    for (const map of maps) for (const name of Object.values(map)) expect(name).toBeTypeOf('string')
  })
})

describe('hostile arbitraries', () => {
  const hostile = sample(arbHostileMessage, 600)

  test('keep a valid type on every hostile message', () => {
    for (const message of hostile) expect(['track', 'identify', 'page', 'screen', 'group', 'alias']).toContain(message['type'])
  })

  test('include circular references in properties, traits and context', () => {
    expect(hostile.some((m) => hasCycle(m))).toBe(true)
    for (const section of ['properties', 'traits', 'context']) {
      expect(hostile.some((m) => hasCycle(m[section])), section).toBe(true)
    }
  })

  test('include __proto__, constructor and prototype as own keys', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(hostile.some((m) => someNode(m, (node) => Object.prototype.hasOwnProperty.call(node, key))), key).toBe(true)
    }
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  test('include NaN, -0, huge strings and deep nesting', () => {
    expect(hostile.some((m) => someLeaf(m, (v) => Number.isNaN(v)))).toBe(true)
    expect(hostile.some((m) => someLeaf(m, (v) => Object.is(v, -0)))).toBe(true)
    expect(hostile.some((m) => someLeaf(m, (v) => typeof v === 'string' && v.length >= 100_000))).toBe(true)
    expect(hostile.some((m) => someLeaf(m, (v) => depth(v) >= 1_000))).toBe(true)
  })

  test('fc.sample gives the same hostile messages for the same seed', () => {
    expect(sample(arbHostileMessage, 100)).toEqual(sample(arbHostileMessage, 100))
  })

  test('arbHostileInput adds wrong types and values that are not messages', () => {
    const inputs = sample(arbHostileInput, 600)
    expect(inputs.some((i) => typeof i !== 'object' || i === null || Array.isArray(i))).toBe(true)
    expect(inputs.some((i) => typeof i === 'object' && i !== null && !('type' in i))).toBe(true)
    expect(inputs.some((i) => typeof i === 'object' && i !== null && (i as Node)['type'] === 'Track')).toBe(true)
  })

  test('parseSegmentMessage never throws on any hostile input', () => {
    fc.assert(
      fc.property(arbHostileInput, (input) => {
        parseSegmentMessage(input)
      }),
      { seed: SEED, numRuns: 300 },
    )
  })
})
