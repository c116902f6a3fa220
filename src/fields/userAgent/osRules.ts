import type { NameRule, ValueFix } from './uaRule.js'

const UNDERSCORES = /_/g
const dotted: ValueFix = (version) => version.replace(UNDERSCORES, '.')

// ua-parser-js's windowsVersionMap, in the order it is searched (integer-like keys first).
const WINDOWS_VERSIONS: readonly (readonly [token: string, version: string])[] = [
  ['nt 6.1', '7'],
  ['nt 6.2', '8'],
  ['nt 6.4', '10'],
  ['nt 10.0', '10'],
  ['nt 5.0', '2000'],
  ['4.90', 'ME'],
  ['nt3.51', 'NT 3.11'],
  ['nt4.0', 'NT 4.0'],
  ['nt 5.1', 'XP'],
  ['nt 5.2', 'XP'],
  ['nt 6.0', 'Vista'],
  ['nt 6.3', '8.1'],
  ['arm', 'RT'],
]

const windowsVersion: ValueFix = (version) => {
  const lower = version.toLowerCase()
  for (const [token, name] of WINDOWS_VERSIONS) if (lower.includes(token)) return name
  return version
}

/**
 * OS rules in ua-parser-js 0.7.x order and naming (`Windows` `10`, `Mac OS` `10.15.7`, `iOS`
 * `17.1`, `Android`, `Chromium OS`, …). Same shape and safety rules as `BROWSER_RULES`.
 *
 * @example
 * OS_RULES.find(([pattern]) => pattern.test('(X11; CrOS x86_64 14541.0.0)'))?.[1] // 'Chromium OS'
 */
export const OS_RULES: readonly NameRule[] = [
  [/microsoft (windows) (vista|xp)/i],
  [/(windows) nt 6\.2; (arm)/i, '$1', windowsVersion],
  [/(windows (?:phone(?: os)?|mobile))[/ ]?([\d.\w ]*)/i, '$1', windowsVersion],
  [/(windows)[/ ]?([ntce\d. ]+\w)(?!.+xbox)/i, '$1', windowsVersion],
  [/(?:win(?=3|9|n)|win 9x )([nt\d.]+)/i, 'Windows', windowsVersion],
  [/ip[honead]{2,4}\b(?:.*os (\w+) like mac|; opera)/i, 'iOS', dotted],
  [/cfnetwork\/.+darwin/i, 'iOS'],
  [/mac os x ?([\w. ]*)/i, 'Mac OS', dotted],
  [/(?:macintosh|mac_powerpc\b)(?!.+haiku)/i, 'Mac OS'],
  [/droid ([\w.]+)\b.+(android[- ]x86)/i, '$2', '$1'],
  [/(android|webos|qnx|bada|rim tablet os|maemo|meego|sailfish)[-/ ]?([\w.]*)/i],
  [/(blackberry)\w*\/([\w.]*)/i],
  [/(tizen|kaios)[/ ]([\w.]+)/i],
  [/\((series40);/i],
  [/\(bb(10);/i, 'BlackBerry'],
  [/(?:symbian ?os|symbos|s60(?=;)|series60)[-/ ]?([\w.]*)/i, 'Symbian'],
  [/mozilla\/[\d.]+ \((?:mobile|tablet|tv|mobile; [\w ]+); rv:.+ gecko\/([\w.]+)/i, 'Firefox OS'],
  [/web0s;.+rt(tv)/i, 'webOS'],
  [/\b(?:hp)?wos(?:browser)?\/([\w.]+)/i, 'webOS'],
  [/crkey\/([\d.]+)/i, 'Chromecast'],
  [/cros \w+ ([\w.]+\w)/i, 'Chromium OS'],
  [/(nintendo|playstation) ([wids345portablevuch]+)/i],
  [/(xbox); +xbox ([^);]+)/i],
  [/\b(joli|palm)\b ?(?:os)?\/?([\w.]*)/i],
  [/(mint)[/() ]?(\w*)/i],
  [/(mageia|vectorlinux)[; ]/i],
  [/([kxln]?ubuntu|debian|suse|opensuse|gentoo|arch(?= linux)|slackware|fedora|mandriva|centos|pclinuxos|red ?hat|zenwalk|linpus|raspbian|plan 9|minix|risc os|contiki|deepin|manjaro|elementary os|sabayon|linspire)(?: gnu\/linux)?(?: enterprise)?(?:[- ]linux)?(?:-gnu)?[-/ ]?(?!chrom|package)([-\w.]*)/i],
  [/(hurd|linux) ?([\w.]*)/i],
  [/(gnu) ?([\w.]*)/i],
  [/\b([-frentopcghs]{0,5}bsd|dragonfly)[/ ]?(?!amd|[ix346]{1,2}86)([\w.]*)/i],
  [/(haiku) (\w+)/i],
  [/sunos ?([\w.]*)/i, 'Solaris'],
  [/((?:open)?solaris)[-/ ]?([\w.]*)/i],
  [/(aix) (\d\.)*/i],
  [/\b(beos|os\/2|amigaos|morphos|openvms|fuchsia|hp-ux)/i],
  [/(unix) ?([\w.]*)/i],
]
