import { expect, test } from 'vitest'
import { rewriteUrl } from './rewriteUrl.js'

test('replaces the origin of a request URL with the endpoint, keeping the path', () => {
  expect(rewriteUrl('https://api2.amplitude.com/2/httpapi', 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/2/httpapi')
  expect(rewriteUrl('https://api.eu.amplitude.com/batch', 'https://proxy.example/amp/')).toBe('https://proxy.example/amp/batch')
  expect(rewriteUrl('https://api.amplitude.com/usermap', undefined)).toBe('https://api.amplitude.com/usermap')
})
