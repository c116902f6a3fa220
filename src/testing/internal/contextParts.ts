import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentContext, SegmentLocation, SegmentPageContext } from '../../models/segment/types.js'
import { arbTraits } from '../arbTraits.js'
import { fields, optional, weighted } from './fields.js'

export const arbLocale: Arbitrary<string> = fc.constantFrom('en-US', 'en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP', 'zh-Hans-CN', 'en')

export const arbTimezone: Arbitrary<string> = fc.constantFrom(
  'America/New_York',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Europe/London',
  'Asia/Tokyo',
  'America/Sao_Paulo',
  'Asia/Kolkata',
)

/** Mostly IPv4 (documentation ranges and private ones), sometimes IPv6. */
export const arbIp: Arbitrary<string> = weighted<string>(
  [8, fc.tuple(fc.constantFrom('203.0.113', '198.51.100', '192.0.2', '10.0.0', '172.16.4'), fc.integer({ min: 1, max: 254 })).map(([net, host]) => `${net}.${host}`)],
  [2, fc.constantFrom('2001:db8::1', '2001:db8:85a3::8a2e:370:7334', '::1')],
)

export const arbLocation: Arbitrary<SegmentLocation> = fc
  .tuple(
    fc.constantFrom(
      { city: 'San Francisco', region: 'California', country: 'United States', latitude: 37.7749, longitude: -122.4194 },
      { city: 'Berlin', region: 'Berlin', country: 'Germany', latitude: 52.52, longitude: 13.405 },
      { city: 'Tokyo', region: 'Tokyo', country: 'Japan', latitude: 35.6762, longitude: 139.6503 },
      { city: 'Lagos', region: 'Lagos', country: 'Nigeria', latitude: 6.5244, longitude: 3.3792 },
    ),
    fc.nat({ max: 9 }),
  )
  .map(([place, roll]): SegmentLocation => {
    if (roll === 0) return { city: place.city, country: place.country }
    if (roll === 1) return { latitude: place.latitude, longitude: place.longitude, speed: 0 }
    return { ...place }
  })

const HOSTS = ['www.example.com', 'shop.acme.io', 'app.example.org', 'docs.hooli.dev'] as const

const PAGES = [
  { path: '/', title: 'Home', name: 'Home', category: undefined },
  { path: '/pricing', title: 'Pricing – Acme', name: 'Pricing', category: undefined },
  { path: '/blog/how-we-ship', title: 'How we ship | Blog', name: 'How we ship', category: 'Blog' },
  { path: '/products/blue-shoes', title: 'Blue Shoes', name: 'Blue Shoes', category: 'Shoes' },
  { path: '/checkout', title: 'Checkout', name: 'Checkout', category: 'Checkout' },
  { path: '/docs/getting-started', title: 'Getting started', name: 'Getting Started', category: 'Docs' },
  { path: '/signup', title: 'Sign up', name: undefined, category: undefined },
] as const

const SEARCHES = ['', '', '', '?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale', '?q=shoes', '?ref=producthunt'] as const

const REFERRERS = ['', 'https://www.google.com/', 'https://t.co/', 'https://news.ycombinator.com/item?id=1', 'https://www.example.com/'] as const

/**
 * One web page view: the `context.page` analytics.js collects, plus the name and category an
 * app would pass to `analytics.page()` for it (either may be absent).
 */
export interface WebPage {
  readonly context: SegmentPageContext
  readonly name: string | undefined
  readonly category: string | undefined
}

export const arbWebPage: Arbitrary<WebPage> = fc
  .tuple(fc.constantFrom(...HOSTS), fc.constantFrom(...PAGES), fc.constantFrom(...SEARCHES), fc.constantFrom(...REFERRERS))
  .map(([host, page, search, referrer]) => ({
    context: { path: page.path, referrer, search, title: page.title, url: `https://${host}${page.path}${search}` },
    name: page.name,
    category: page.category,
  }))

export const arbNetwork: Arbitrary<Record<string, unknown>> = fields({
  wifi: optional(fc.boolean(), 80),
  cellular: optional(fc.boolean(), 70),
  bluetooth: optional(fc.boolean(), 40),
  carrier: optional(fc.constantFrom('T-Mobile', 'Verizon', 'AT&T', 'Vodafone', 'O2 - DE', 'NTT DOCOMO', ''), 60),
})

export const arbAppInfo: Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.constantFrom('Acme', 'Acme Music', 'Hooli Chat'),
    fc.tuple(fc.nat({ max: 12 }), fc.nat({ max: 20 }), fc.nat({ max: 9 })),
    fc.integer({ min: 1, max: 9_999 }),
    fc.constantFrom('com.acme.app', 'io.hooli.chat', 'com.example.music'),
  )
  .map(([name, [major, minor, patch], build, namespace]) => ({
    name,
    version: `${major}.${minor}.${patch}`,
    build: String(build),
    namespace,
  }))

/** What both mobile libraries add besides library, device, os and screen. */
export const arbMobileFields: Arbitrary<SegmentContext> = fields<SegmentContext>({
  app: optional(arbAppInfo, 90),
  network: optional(arbNetwork, 70),
  locale: optional(arbLocale, 90),
  timezone: optional(arbTimezone, 85),
  ip: optional(arbIp, 50),
  location: optional(arbLocation, 10),
  traits: optional(arbTraits, 30),
})
