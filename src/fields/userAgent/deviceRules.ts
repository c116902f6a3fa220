import type { DeviceRule, ValueFix } from './uaRule.js'

const M = 'mobile'
const T = 'tablet'
const TV = 'smarttv'
const C = 'console'
const W = 'wearable'
const APPLE = 'Apple'
const AMAZON = 'Amazon'
const GOOGLE = 'Google'
const HUAWEI = 'Huawei'
const LG = 'LG'
const MICROSOFT = 'Microsoft'
const MOTOROLA = 'Motorola'
const SAMSUNG = 'Samsung'
const SONY = 'Sony'
const XIAOMI = 'Xiaomi'
const ZEBRA = 'Zebra'

const UNDERSCORES = /_/g
const spaced: ValueFix = (value) => value.replace(UNDERSCORES, ' ')
const trimmed: ValueFix = (value) => value.trim()

/**
 * Device rules in ua-parser-js 0.7.x order and naming: vendor (`Apple`, `Samsung`, `Google`, …),
 * model (`iPhone`, `SM-G991B`, `Pixel 7`, …) and type (`mobile`, `tablet`, `smarttv`, `console`,
 * `wearable`, `embedded`; desktops have none). The generic Android rules that follow these live
 * in `parseUserAgent`. To keep the bundle small, ua-parser-js's rules for a long tail of rare
 * brands are left out (AT&T, Barnes & Noble, Dell Venue, Dragon Touch, Envizen, Essential, Gigaset,
 * Insignia, Le Pan, LvTel, MachSpeed, Microsoft Kin, NextBook, NuVision, RCA, Rotor, Siemens,
 * Sprint, Swiss, Trinity, Verizon, Vodafone, Voice, Zeki): those devices get the generic Android
 * model and type instead.
 *
 * @example
 * DEVICE_RULES.find(([pattern]) => pattern.test('(iPhone; CPU iPhone OS 17_1 like Mac OS X)'))?.[1] // 'Apple'
 */
export const DEVICE_RULES: readonly DeviceRule[] = [
  [/\b(sch-i[89]0\d|shw-m380s|sm-[pt]\w{2,4}|gt-[pn]\d{2,4}|sgh-t8[56]9|nexus 10)/i, SAMSUNG, T],
  [/\b((?:s[cgp]h|gt|sm)-\w+|galaxy nexus)/i, SAMSUNG, M],
  [/samsung[- ]([-\w]+)/i, SAMSUNG, M],
  [/sec-(sgh\w+)/i, SAMSUNG, M],
  [/((?:ipod|iphone)\d+,\d+)/i, APPLE, M],
  [/(ipad\d+,\d+)/i, APPLE, T],
  [/\((ip(?:hone|od)[\w ]*);/i, APPLE, M],
  [/\((ipad);[-\w),; ]+apple/i, APPLE, T],
  [/applecoremedia\/[\w.]+ \((ipad)/i, APPLE, T],
  [/\b(ipad)\d\d?,\d\d?[;\]].+ios/i, APPLE, T],
  [/\b((?:ag[rs][23]?|bah2?|sht?|btv)-a?[lw]\d{2})\b(?!.+d\/s)/i, HUAWEI, T],
  [/(?:huawei|honor)([-\w ]+)[;)]/i, HUAWEI, M],
  [/\b(nexus 6p|\w{2,4}-[atu]?[ln][01259x][012359][an]?)\b(?!.+d\/s)/i, HUAWEI, M],
  [/\b(poco[\w ]+)(?: bui|\))/i, XIAOMI, M, spaced],
  [/\b; (\w+) build\/hm\1/i, XIAOMI, M, spaced],
  [/\b(hm[-_ ]?note?[_ ]?(?:\d\w)?) bui/i, XIAOMI, M, spaced],
  [/\b(redmi[-_ ]?(?:note|k)?[\w ]+)(?: bui|\))/i, XIAOMI, M, spaced],
  [/\b(mi[-_ ]?(?:a\d|one|one[_ ]plus|note lte|max)?[_ ]?\d?\w?[_ ]?(?:plus|se|lite)?)(?: bui|\))/i, XIAOMI, M, spaced],
  [/\b(mi[-_ ]?pad[\w ]+)(?: bui|\))/i, XIAOMI, T, spaced],
  [/; (\w+) bui.+ oppo/i, 'OPPO', M],
  [/\b(cph[12]\d{3}|p(?:af|c[al]|d\w|e[ar])[mt]\d0|x9007)\b/i, 'OPPO', M],
  [/vivo (\w+)(?: bui|\))/i, 'Vivo', M],
  [/\b(v[12]\d{3}\w?[at])(?: bui|;)/i, 'Vivo', M],
  [/\b(rmx[12]\d{3})(?: bui|;|\))/i, 'Realme', M],
  [/\b(milestone|droid(?:[2-4x]| (?:bionic|x2|pro|razr))?:?(?: 4g)?)\b[\w ]+build\//i, MOTOROLA, M],
  [/\bmot(?:orola)?[- ](\w*)/i, MOTOROLA, M],
  [/((?:moto[\w() ]+|xt\d{3,4}|nexus 6)(?= bui|\)))/i, MOTOROLA, M],
  [/\b(mz60\d|xoom[2 ]{0,2}) build\//i, MOTOROLA, T],
  [/([vl]k-?\d{3}) bui| 3\.[-\w; ]{10}lg?-[06cv9]{3,4}/i, LG, T],
  [/(lm(?:-?f100[nv]?|-[\w.]+)(?= bui|\))|nexus [45])/i, LG, M],
  [/\blg[-e;/ ]+((?!browser|netcast|android tv)\w+)/i, LG, M],
  [/\blg-?(\w+) bui/i, LG, M],
  [/(ideatab[-\w ]+)/i, 'Lenovo', T],
  [/lenovo ?(s[56]000[-\w]+|tab[\w ]+|yt[-\w]{6}|tb[-\w]{6})/i, 'Lenovo', T],
  [/(?:maemo|nokia).*(n900|lumia \d+)/i, 'Nokia', M, spaced],
  [/nokia[-_ ]?([-\w.]*)/i, 'Nokia', M, spaced],
  [/(pixel c)\b/i, GOOGLE, T],
  [/droid.+; (pixel[\daxl ]{0,6})(?: bui|\))/i, GOOGLE, M],
  [/droid.+ ([c-g]\d{4}|so[-l]\w+|xq-a\w[4-7][12])(?= bui|\).+chrome\/(?![1-6]{0,1}\d\.))/i, SONY, M],
  [/sony tablet [ps]|\b(?:sony)?sgp\w+(?: bui|\))/i, SONY, T, 'Xperia Tablet'],
  [/ (kb2005|in20[12]5|be20[12][59])\b/i, 'OnePlus', M],
  [/(?:one)?(?:plus)? (a\d0\d\d)(?: b|\))/i, 'OnePlus', M],
  [/(alexa)webm/i, AMAZON, T],
  [/(kf[a-z]{2}wi)(?: bui|\))/i, AMAZON, T],
  [/(kf[a-z]+)(?: bui|\)).+silk\//i, AMAZON, T],
  [/((?:sd|kf)[0349hijorstuw]+)(?: bui|\)).+silk\//i, AMAZON, M, 'Fire Phone $1'],
  [/(playbook);[-\w),; ]+(rim)/i, '$2', T],
  [/\b((?:bb[a-f]|st[hv])100-\d)/i, 'BlackBerry', M],
  [/\(bb10; (\w+)/i, 'BlackBerry', M],
  [/(?:\b|asus_)(transfo[prime ]{4,10} \w+|eeepc|slider \w+|nexus 7|padfone|p00[cj])/i, 'ASUS', T],
  [/ (z[bes]6[027][012][km][ls]|zenfone \d\w?)\b/i, 'ASUS', M],
  [/(nexus 9)/i, 'HTC', T],
  [/(htc)[-;_ ]{1,2}([\w ]+(?=\)| bui)|\w+)/i, '$1', M, spaced],
  [/(zte)[- ]([\w ]+?)(?: bui|\/|\))/i, '$1', M, spaced],
  [/(alcatel|geeksphone|nexian|panasonic|sony)[-_ ]?([-\w]*)/i, '$1', M, spaced],
  [/droid.+; ([ab][1-7]-?[0178a]\d\d?)/i, 'Acer', T],
  [/droid.+; (m[1-5] note) bui/i, 'Meizu', M],
  [/\bmz-([-\w]{2,})/i, 'Meizu', M],
  [/\b(sh-?[altvz]?\d\d[a-ekm]?)/i, 'Sharp', M],
  [/(blackberry|benq|palm(?=-)|sonyericsson|acer|asus|dell|meizu|motorola|polytron)[-_ ]?([-\w]*)/i, '$1', M],
  [/(hp) ([\w ]+\w)/i, '$1', M],
  [/(asus)-?(\w+)/i, '$1', M],
  [/(microsoft); (lumia[\w ]+)/i, '$1', M],
  [/(lenovo)[-_ ]?([-\w]+)/i, '$1', M],
  [/(jolla)/i, '$1', M],
  [/(oppo) ?([\w ]+) bui/i, '$1', M],
  [/(archos) (gamepad2?)/i, '$1', T],
  [/(hp).+(touchpad(?!.+tablet)|tablet)/i, '$1', T],
  [/(kindle)\/([\w.]+)/i, '$1', T],
  [/(nook)[\w ]+build\/(\w+)/i, '$1', T],
  [/(dell) (strea[kpr\d ]*[\dko])/i, '$1', T],
  [/(surface duo)/i, MICROSOFT, T],
  [/droid [\d.]+; (fp\du?)(?: b|\))/i, 'Fairphone', M],
  [/\b(k88) b/i, 'ZTE', T],
  [/\b(nx\d{3}j) b/i, 'ZTE', M],
  [/(shield[\w ]+) b/i, 'Nvidia', T],
  [/droid.+; (cc6666?|et5[16]|mc[239][23]x?|vc8[03]x?)\)/i, ZEBRA, T],
  [/droid.+; (ec30|ps20|tc[2-8]\d[kx])\)/i, ZEBRA, M],
  [/(ouya)/i, '$1', C],
  [/(nintendo) ([wids3utch]+)/i, '$1', C],
  [/droid.+; (shield) bui/i, 'Nvidia', C],
  [/(playstation [345portablevi]+)/i, SONY, C],
  [/\b(xbox(?: one)?(?!; xbox))[); ]/i, MICROSOFT, C],
  [/smart-tv.+(samsung)/i, '$1', TV],
  [/hbbtv.+maple;(\d+)/i, SAMSUNG, TV, 'SmartTV$1'],
  [/nux; netcast.+smarttv|lg (?:netcast\.tv-201\d|android tv)/i, LG, TV],
  [/(apple) ?tv/i, '$1', TV, 'Apple TV'],
  [/crkey/i, GOOGLE, TV, 'Chromecast'],
  [/droid.+aft(\w)(?: bui|\))/i, AMAZON, TV],
  [/\(dtv[);].+(aquos)/i, 'Sharp', TV],
  [/\b(roku)[\dx]*[)/]((?:dvp-)?[\d.]*)/i, '$1', TV, trimmed],
  [/hbbtv\/\d+\.\d+\.\d+ +\([\w ]*; *(\w[^;]*);([^;]*)/i, '$1', TV, trimmed],
  [/\b(?:android tv|smart[- ]?tv|opera tv|tv; rv:)\b/i, '', TV],
  [/((pebble))app/i, '$1', W],
  [/droid.+; (glass) \d/i, GOOGLE, W],
  [/droid.+; (wt63?0{2,3})\)/i, ZEBRA, W],
  [/(tesla)(?: qtcarbrowser|\/[-\w.]+)/i, '$1', 'embedded'],
]

/**
 * The rules ua-parser-js tries after its generic Android phone and tablet rules: bare tablet and
 * phone hints, then a generic Android model.
 *
 * @example
 * DEVICE_FALLBACK_RULES[1]?.[2] // 'mobile'
 */
export const DEVICE_FALLBACK_RULES: readonly DeviceRule[] = [
  [/\b(?:(?:tablet|tab)[;/]|focus\/\d(?!.+mobile))/i, '', T],
  [/phone|mobile(?:[;/]| safari)|pda(?=.+windows ce)/i, '', M],
  [/(android[-\w. ]{0,9});.+buil/i, 'Generic', ''],
]
