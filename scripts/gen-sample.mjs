#!/usr/bin/env node
// Writes examples/segment-sample.ndjson: about 200 realistic Segment messages of all six calls
// (web, iOS, Android and server sources; an e-commerce flow; identify, group, alias).
// Deterministic: a fixed-seed PRNG and a fixed clock, so re-running it gives the same bytes and
// the CLI tests can pin exact counts. Usage: node scripts/gen-sample.mjs [out-file]
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const OUT = process.argv[2] ?? fileURLToPath(new URL('../examples/segment-sample.ndjson', import.meta.url))

// mulberry32: tiny, seedable, good enough for sample data.
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = prng(20240506)
const int = (min, max) => min + Math.floor(random() * (max - min + 1))
const pick = (list) => list[Math.floor(random() * list.length)]
const hex = (n) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('')
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`

const START = Date.parse('2024-05-06T08:00:00.000Z')
const iso = (ms) => new Date(ms).toISOString()

const PRODUCTS = [
  { product_id: 'p-1001', sku: 'TEE-BLK-M', name: 'Organic Cotton Tee', category: 'Apparel', brand: 'Northwind', price: 24 },
  { product_id: 'p-1002', sku: 'HOOD-GRY-L', name: 'Heavyweight Hoodie', category: 'Apparel', brand: 'Northwind', price: 68 },
  { product_id: 'p-2001', sku: 'MUG-12OZ', name: 'Stoneware Mug', category: 'Kitchen', brand: 'Fieldhouse', price: 18.5 },
  { product_id: 'p-2002', sku: 'FRN-PRS-1L', name: 'French Press 1L', category: 'Kitchen', brand: 'Fieldhouse', price: 42.99 },
  { product_id: 'p-3001', sku: 'BKP-24L-NVY', name: 'Daypack 24L', category: 'Bags', brand: 'Trailmark', price: 89 },
  { product_id: 'p-3002', sku: 'BTL-750-STL', name: 'Insulated Bottle 750ml', category: 'Outdoor', brand: 'Trailmark', price: 32 },
  { product_id: 'p-4001', sku: 'NBK-A5-DOT', name: 'Dotted Notebook A5', category: 'Stationery', brand: 'Papercraft', price: 14.25 },
  { product_id: 'p-4002', sku: 'PEN-GEL-3PK', name: 'Gel Pens (3 pack)', category: 'Stationery', brand: 'Papercraft', price: 9.75 },
]

const PEOPLE = [
  ['Ada', 'Lovelace', 'London', 'England', 'GB', 'Analytical Engines Ltd'],
  ['Grace', 'Hopper', 'Arlington', 'VA', 'US', 'Cobol Works'],
  ['Alan', 'Turing', 'Manchester', 'England', 'GB', 'Bletchley Labs'],
  ['Katherine', 'Johnson', 'Hampton', 'VA', 'US', 'Orbital Math Inc'],
  ['Linus', 'Torvalds', 'Portland', 'OR', 'US', 'Kernel Co'],
  ['Margaret', 'Hamilton', 'Boston', 'MA', 'US', 'Apollo Software'],
  ['Tim', 'Berners-Lee', 'Geneva', 'Geneva', 'CH', 'Hypertext AG'],
  ['Radia', 'Perlman', 'Redmond', 'WA', 'US', 'Spanning Tree LLC'],
  ['Hedy', 'Lamarr', 'Vienna', 'Vienna', 'AT', 'Frequency Hop GmbH'],
  ['Dennis', 'Ritchie', 'Murray Hill', 'NJ', 'US', 'Bell Systems'],
  ['Barbara', 'Liskov', 'Cambridge', 'MA', 'US', 'Substitution Partners'],
  ['Edsger', 'Dijkstra', 'Eindhoven', 'North Brabant', 'NL', 'Shortest Path BV'],
  ['Frances', 'Allen', 'Peru', 'NY', 'US', 'Optimizing Compilers'],
  ['Ken', 'Thompson', 'Berkeley', 'CA', 'US', 'Unix Tools'],
  ['Sophie', 'Wilson', 'Cambridge', 'England', 'GB', 'Acorn Chips'],
  ['John', 'McCarthy', 'Stanford', 'CA', 'US', 'Lisp Machines'],
  ['Annie', 'Easley', 'Cleveland', 'OH', 'US', 'Centaur Rockets'],
  ['Donald', 'Knuth', 'Palo Alto', 'CA', 'US', 'TeX Press'],
]

const WEB_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
  'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
]
const CAMPAIGNS = [
  { name: 'spring_sale', source: 'newsletter', medium: 'email', content: 'hero_banner' },
  { name: 'brand_search', source: 'google', medium: 'cpc', term: 'organic cotton tee' },
  { name: 'summer_launch', source: 'instagram', medium: 'social', content: 'story_swipe' },
]
const REFERRERS = ['https://www.google.com/', 'https://news.ycombinator.com/', 'https://www.instagram.com/', '']
const LOCALES = ['en-US', 'en-GB', 'de-AT', 'nl-NL', 'fr-CH']
const IOS_DEVICES = [
  ['iPhone15,3', '17.4.1'],
  ['iPhone14,5', '17.3'],
  ['iPad13,18', '17.4'],
]
const ANDROID_DEVICES = [
  ['Google', 'Pixel 8', 'google', '14'],
  ['samsung', 'SM-S918B', 'samsung', '14'],
  ['OnePlus', 'CPH2451', 'OnePlus', '13'],
]
const CARRIERS = ['T-Mobile', 'Verizon', 'Vodafone', 'AT&T']

const messages = []
let clock = START

function tick(minSeconds, maxSeconds) {
  clock += int(minSeconds, maxSeconds) * 1000 + int(0, 999)
  return clock
}

function envelope(type, ids, context, fields, integrations) {
  const at = tick(3, 95)
  const sentAt = at + int(50, 900)
  const message = {
    type,
    messageId: ids.messageId(),
    ...(ids.userId === undefined ? {} : { userId: ids.userId }),
    ...(ids.anonymousId === undefined ? {} : { anonymousId: ids.anonymousId }),
    ...fields,
    context,
    ...(integrations === undefined ? {} : { integrations }),
    originalTimestamp: iso(at),
    timestamp: iso(at),
    sentAt: iso(sentAt),
    receivedAt: iso(sentAt + int(20, 400)),
  }
  messages.push(message)
  return message
}

function person(index) {
  const [first, last, city, state, country, company] = PEOPLE[index % PEOPLE.length]
  const email = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.com'
  return {
    first,
    last,
    email,
    city,
    state,
    country,
    company,
    userId: `user_${String(1000 + index * 37)}`,
    traits: {
      name: `${first} ${last}`,
      firstName: first,
      lastName: last,
      email,
      plan: pick(['free', 'starter', 'pro', 'enterprise']),
      createdAt: iso(START - int(2, 400) * 86_400_000),
      address: { street: `${int(1, 250)} ${pick(['Market St', 'High Street', 'Elm Ave', 'Canal Rd'])}`, city, state, postalCode: String(int(10000, 99999)), country },
      company: { name: company, id: `acct_${hex(6)}`, industry: pick(['Software', 'Retail', 'Research', 'Manufacturing']), employee_count: int(5, 5000), plan: pick(['team', 'business', 'enterprise']) },
    },
  }
}

function productLine(product, quantity, position) {
  return { ...product, quantity, position, url: `https://shop.example.com/p/${product.product_id}`, image_url: `https://cdn.example.com/img/${product.sku}.jpg` }
}

function order(orderId, lines, coupon) {
  const subtotal = lines.reduce((sum, line) => sum + line.price * line.quantity, 0)
  const discount = coupon === undefined ? 0 : Math.round(subtotal * 0.1 * 100) / 100
  const shipping = subtotal > 75 ? 0 : 5.99
  const tax = Math.round((subtotal - discount) * 0.08 * 100) / 100
  const revenue = Math.round((subtotal - discount) * 100) / 100
  const total = Math.round((revenue + shipping + tax) * 100) / 100
  return {
    order_id: orderId,
    affiliation: 'Online Store',
    total,
    revenue,
    shipping,
    tax,
    discount,
    ...(coupon === undefined ? {} : { coupon }),
    currency: 'USD',
    products: lines,
  }
}

function webLibrary() {
  return { name: 'analytics.js', version: 'next-1.66.0' }
}

function webJourney(index) {
  const who = person(index)
  const anonymousId = uuid()
  const ua = WEB_AGENTS[index % WEB_AGENTS.length]
  const campaign = index % 2 === 0 ? CAMPAIGNS[(index / 2) % CAMPAIGNS.length] : undefined
  const referrer = pick(REFERRERS)
  const sessionId = tick(60, 900)
  const ids = { anonymousId, userId: undefined, messageId: () => `ajs-next-${hex(32)}` }
  const context = (path, title) => ({
    library: webLibrary(),
    userAgent: ua,
    locale: LOCALES[index % LOCALES.length],
    timezone: pick(['America/New_York', 'Europe/London', 'Europe/Vienna', 'America/Los_Angeles']),
    ip: `203.0.113.${int(2, 254)}`,
    page: { path, referrer, search: '', title, url: `https://shop.example.com${path}` },
    ...(campaign === undefined ? {} : { campaign }),
    screen: { width: pick([1920, 1440, 390, 412]), height: pick([1080, 900, 844, 915]) },
  })
  const integrations = { Amplitude: { session_id: sessionId } }
  const page = (name, category, path) =>
    envelope('page', ids, context(path, `${name} | Northwind Shop`), { name, ...(category ? { category } : {}), properties: { name, path, title: `${name} | Northwind Shop`, url: `https://shop.example.com${path}`, referrer } }, integrations)
  const track = (event, properties, path) => envelope('track', ids, context(path, 'Northwind Shop'), { event, properties }, integrations)

  page('Home', undefined, '/')
  page('Catalog', 'Shop', '/shop')
  const query = pick(['tee', 'mug', 'backpack', 'notebook', 'bottle'])
  track('Products Searched', { query }, '/shop')
  const first = PRODUCTS[(index * 3) % PRODUCTS.length]
  const second = PRODUCTS[(index * 5 + 1) % PRODUCTS.length]
  page('Product Detail', 'Shop', `/p/${first.product_id}`)
  track('Product Viewed', productLine(first, 1, 1), `/p/${first.product_id}`)
  track('Product Added', { cart_id: `cart_${hex(8)}`, ...productLine(first, int(1, 3), 1) }, `/p/${first.product_id}`)
  if (index % 3 !== 2) track('Product Added', { cart_id: `cart_${hex(8)}`, ...productLine(second, 1, 2) }, `/p/${second.product_id}`)
  // Sign-up or log-in: the anonymous visitor becomes a known user.
  ids.userId = who.userId
  envelope('identify', ids, context('/account', 'Account'), { traits: who.traits }, integrations)
  if (index % 2 === 0) {
    envelope('alias', { ...ids, anonymousId: undefined }, { library: webLibrary(), userAgent: ua, ip: `203.0.113.${int(2, 254)}` }, { previousId: anonymousId })
  }
  if (index % 4 !== 3) {
    const lines = [productLine(first, int(1, 3), 1)]
    if (index % 3 !== 2) lines.push(productLine(second, 1, 2))
    const placed = order(`ord_${10000 + index}`, lines, index % 3 === 0 ? 'SPRING10' : undefined)
    track('Checkout Started', { order_id: placed.order_id, value: placed.total, revenue: placed.revenue, currency: 'USD', products: lines }, '/checkout')
    track('Order Completed', { checkout_id: `chk_${hex(10)}`, ...placed }, '/checkout/thank-you')
  } else {
    track('Cart Abandoned', { cart_id: `cart_${hex(8)}` }, '/cart')
  }
}

function mobileContext(platform, index, device) {
  const isIos = platform === 'ios'
  return {
    app: { name: 'Northwind', version: isIos ? '5.12.0' : '5.11.3', build: isIos ? '5120' : '511030', namespace: 'com.example.northwind' },
    device: isIos
      ? { id: device.id, advertisingId: device.advertisingId, adTrackingEnabled: true, manufacturer: 'Apple', model: device.model[0], name: 'iPhone', type: 'ios' }
      : { id: device.id, advertisingId: device.advertisingId, adTrackingEnabled: true, manufacturer: device.model[0], model: device.model[1], brand: device.model[2], name: device.model[1], type: 'android' },
    library: isIos ? { name: 'analytics-ios', version: '4.1.8' } : { name: 'analytics-android', version: '4.11.3' },
    locale: LOCALES[index % LOCALES.length],
    network: { carrier: CARRIERS[index % CARRIERS.length], cellular: index % 2 === 0, wifi: index % 2 === 1, bluetooth: false },
    os: isIos ? { name: 'iOS', version: device.model[1] } : { name: 'Android', version: device.model[3] },
    screen: isIos ? { width: 393, height: 852, density: 3 } : { width: 1080, height: 2400, density: 2.625 },
    timezone: pick(['America/Chicago', 'Europe/Amsterdam', 'America/Denver']),
    ip: `198.51.100.${int(2, 254)}`,
  }
}

function mobileJourney(platform, index) {
  const who = person(index + 8)
  const device = {
    id: platform === 'ios' ? uuid().toUpperCase() : hex(16),
    advertisingId: platform === 'ios' ? uuid().toUpperCase() : uuid(),
    model: platform === 'ios' ? IOS_DEVICES[index % IOS_DEVICES.length] : ANDROID_DEVICES[index % ANDROID_DEVICES.length],
    anonymousId: uuid(),
  }
  const ids = { anonymousId: device.anonymousId, userId: index % 2 === 0 ? who.userId : undefined, messageId: uuid }
  const ctx = () => mobileContext(platform, index, device)
  const screen = (name, properties) => envelope('screen', ids, ctx(), { name, properties })
  const track = (event, properties) => envelope('track', ids, ctx(), { event, properties })

  track(index === 0 ? 'Application Installed' : 'Application Opened', index === 0 ? { version: '5.12.0', build: '5120' } : { from_background: false, version: '5.12.0' })
  screen('Home', {})
  screen('Product Detail', { category: 'Shop' })
  const product = PRODUCTS[(index * 3 + 2) % PRODUCTS.length]
  track('Product Viewed', productLine(product, 1, 1))
  track('Product Added', { cart_id: `cart_${hex(8)}`, ...productLine(product, int(1, 2), 1) })
  if (ids.userId === undefined) {
    ids.userId = who.userId
    envelope('identify', ids, ctx(), { traits: who.traits })
  } else {
    envelope('identify', ids, ctx(), { traits: { email: who.email, plan: who.traits.plan, push_enabled: true } })
  }
  screen('Cart', {})
  if (index !== 1) {
    const placed = order(`ord_${20000 + index * 10 + (platform === 'ios' ? 1 : 2)}`, [productLine(product, int(1, 2), 1)], undefined)
    track('Order Completed', placed)
  }
  track('Application Backgrounded', {})
}

function serverJourney(index) {
  const who = person(index + 3)
  const ids = { anonymousId: undefined, userId: who.userId, messageId: () => `api-${uuid()}` }
  const ctx = () => ({ library: { name: 'analytics-node', version: '2.1.2' }, ip: '192.0.2.10' })
  const groupId = `acct_${String(500 + (index % 5))}`
  envelope('identify', ids, ctx(), { traits: { ...who.traits, phone: `+1-555-01${String(index).padStart(2, '0')}`, title: pick(['Engineer', 'VP Product', 'Analyst', 'Founder']) } })
  envelope('group', ids, ctx(), {
    groupId,
    traits: {
      name: PEOPLE[index % 5][5],
      industry: pick(['Software', 'Retail', 'Research']),
      employees: int(10, 2000),
      plan: pick(['team', 'business', 'enterprise']),
      website: `https://${PEOPLE[index % 5][5].toLowerCase().replace(/[^a-z]+/g, '-')}.example.com`,
      createdAt: iso(START - int(30, 900) * 86_400_000),
    },
  })
  const plan = pick(['Starter', 'Pro', 'Business'])
  const price = { Starter: 19, Pro: 49, Business: 199 }[plan]
  envelope('track', ids, ctx(), { event: 'Trial Started', properties: { plan, trial_days: 14 } })
  envelope('track', ids, ctx(), { event: 'Subscription Started', properties: { plan, billing_cycle: 'monthly', revenue: price, currency: 'USD', revenueType: 'Subscription' } })
  envelope('track', ids, ctx(), { event: 'Invoice Paid', properties: { invoice_id: `in_${hex(14)}`, revenue: price, currency: 'USD', revenue_type: 'Subscription', productId: `plan_${plan.toLowerCase()}` } })
  if (index % 3 === 0) envelope('track', ids, ctx(), { event: 'Seat Added', properties: { seats: int(2, 20), plan } })
  if (index % 4 === 1) envelope('alias', { ...ids, anonymousId: undefined }, ctx(), { previousId: `legacy-${1000 + index}` })
}

for (let i = 0; i < 8; i++) webJourney(i)
for (let i = 0; i < 4; i++) mobileJourney('ios', i)
for (let i = 0; i < 4; i++) mobileJourney('android', i)
for (let i = 0; i < 8; i++) serverJourney(i)

// Journeys were generated one after another on one clock, so the file is already in time order,
// like a Segment archive.
const ids = new Set(messages.map((m) => m.messageId))
if (ids.size !== messages.length) throw new Error('gen-sample: duplicate messageId')
writeFileSync(OUT, messages.map((m) => JSON.stringify(m)).join('\n') + '\n')
const byType = {}
for (const m of messages) byType[m.type] = (byType[m.type] ?? 0) + 1
console.error(`gen-sample: wrote ${messages.length} messages to ${OUT}`, byType)
