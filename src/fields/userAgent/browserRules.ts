import type { NameRule } from './uaRule.js'

// Safari 1 and 2 carry no Version/ token; ua-parser-js maps their WebKit build to a version.
const OLD_SAFARI_BUILD = /^\/(?:([138])|41[2679])/
const oldSafari = (build: string): string | undefined => {
  const m = OLD_SAFARI_BUILD.exec(build)
  return m ? (m[1] ? '1' : '2') : undefined
}

/**
 * Browser rules in ua-parser-js 0.7.x order and naming (`Chrome`, `Mobile Safari`, `Edge`,
 * `Samsung Browser`, `Facebook`, …). Each pattern has at most one unbounded wildcard run per
 * literal anchor and no nested quantifiers, so matching stays cheap on hostile input.
 *
 * @example
 * BROWSER_RULES.find(([pattern]) => pattern.test('Firefox/121.0'))?.[0] // /(firefox)\/([\w.]+)/i
 */
export const BROWSER_RULES: readonly NameRule[] = [
  [/\b(?:crmo|crios)\/([\w.]+)/i, 'Chrome'],
  [/edg(?:e|ios|a)?\/([\w.]+)/i, 'Edge'],
  [/(opera mini)\/([-\w.]+)/i],
  [/(opera [mobiletab]{3,6})\b.+version\/([-\w.]+)/i],
  [/(opera)(?:.+version\/|[/ ]+)([\w.]+)/i],
  [/opios[/ ]+([\w.]+)/i, 'Opera Mini'],
  [/\bopr\/([\w.]+)/i, 'Opera'],
  [/(kindle)\/([\w.]+)/i],
  [/(lunascape|maxthon|netfront|jasmine|blazer)[/ ]?([\w.]*)/i],
  [/(avant |iemobile|slim)(?:browser)?[/ ]?([\w.]*)/i],
  [/(ba?idubrowser)[/ ]?([\w.]+)/i],
  [/(?:ms|\()(ie) ([\w.]+)/i],
  [/(flock|rockmelt|midori|epiphany|silk|skyfire|ovibrowser|bolt|iron|vivaldi|iridium|phantomjs|bowser|quark|qupzilla|falkon|rekonq|puffin|brave|whale|qqbrowserlite|qq)\/([-\w.]+)/i],
  [/(weibo)__([\d.]+)/i],
  [/(?:\buc? ?browser|juc.+ucweb)[/ ]?([\w.]+)/i, 'UCBrowser'],
  [/\bqbcore\/([\w.]+)/i, 'WeChat(Win) Desktop'],
  [/micromessenger\/([\w.]+)/i, 'WeChat'],
  [/konqueror\/([\w.]+)/i, 'Konqueror'],
  [/trident.+rv[: ]([\w.]{1,9})\b.+like gecko/i, 'IE'],
  [/yabrowser\/([\w.]+)/i, 'Yandex'],
  [/(avast|avg)\/([\w.]+)/i, '$1 Secure Browser'],
  [/\bfocus\/([\w.]+)/i, 'Firefox Focus'],
  [/\bopt\/([\w.]+)/i, 'Opera Touch'],
  [/coc_coc\w+\/([\w.]+)/i, 'Coc Coc'],
  [/dolfin\/([\w.]+)/i, 'Dolphin'],
  [/coast\/([\w.]+)/i, 'Opera Coast'],
  [/miuibrowser\/([\w.]+)/i, 'MIUI Browser'],
  [/fxios\/([-\w.]+)/i, 'Firefox'],
  [/\bqihu|(?:qi?ho?o?|360)browser/i, '360 Browser'],
  [/(oculus|samsung|sailfish)browser\/([\w.]+)/i, '$1 Browser'],
  [/(comodo)_(dragon)\/([\w.]+)/i, '$1 $2', '$3'],
  [/(electron)\/([\w.]+) safari/i],
  [/(tesla)(?: qtcarbrowser|\/(20\d\d\.[-\w.]+))/i],
  [/m?(qqbrowser|baiduboxapp|2345Explorer)[/ ]?([\w.]+)/i],
  [/(metasr)[/ ]?[\w.]/i, '$1', ''],
  [/(lbbrowser)/i, '$1', ''],
  [/;fbav\/([\w.]+);/i, 'Facebook'],
  [/(?:fban\/fbios|fb_iab\/fb4a)(?!.+fbav)/i, 'Facebook'],
  [/safari (line)\/([\w.]+)/i],
  [/\b(line)\/([\w.]+)\/iab/i],
  [/(chromium|instagram)[/ ]([-\w.]+)/i],
  [/\bgsa\/([\w.]+) .*safari\//i, 'GSA'],
  [/headlesschrome(?:\/([\w.]+)| )/i, 'Chrome Headless'],
  [/ wv\).+chrome\/([\w.]+)/i, 'Chrome WebView'],
  [/droid.+ version\/([\w.]+)\b.+safari/i, 'Android Browser'],
  [/(chrome|omniweb|arora|[tizenoka]{5} ?browser)\/v?([\w.]+)/i],
  [/version\/([\w.]+) .*mobile\/\w+ safari/i, 'Mobile Safari'],
  [/version\/([\w.]+) .*(mobile ?safari|safari)/i, '$2', '$1'],
  [/webkit.+?(mobile ?safari|safari)(\/[\w.]+)/i, '$1', oldSafari],
  [/(webkit|khtml)\/([\w.]+)/i],
  [/(?:navigator|netscape\d?)\/([-\w.]+)/i, 'Netscape'],
  [/mobile vr; rv:([\w.]+)\).+firefox/i, 'Firefox Reality'],
  [/ekiohf.+(flow)\/([\w.]+)/i],
  [/(swiftfox)/i],
  [/(icedragon|iceweasel|camino|chimera|fennec|maemo browser|minimo|conkeror|klar)[/ ]?([\w.+]+)/i],
  [/(seamonkey|k-meleon|icecat|iceape|firebird|phoenix|palemoon|basilisk|waterfox)\/([-\w.]+)$/i],
  [/(firefox)\/([\w.]+)/i],
  [/(mozilla)\/([\w.]+) .+rv:.+gecko\/\d+/i],
  [/(polaris|lynx|dillo|icab|doris|amaya|w3m|netsurf|sleipnir|obigo|mosaic|(?:go|ice|up)[. ]?browser)[-/ ]?v?([\w.]+)/i],
  [/(links) \(([\w.]+)/i],
]
