// Registrable-domain helpers small enough for the always-injected content script.
// A compact list of multi-label public suffixes covers the news sites we meet; the full
// Public Suffix List (tldts) is used where size does not matter (outlet directory tests).

const MULTI_LABEL_SUFFIXES = new Set(
  (
    'co.uk org.uk ac.uk gov.uk me.uk ltd.uk plc.uk net.uk com.au net.au org.au gov.au edu.au co.nz org.nz net.nz ' +
    'co.jp ne.jp or.jp go.jp ac.jp co.kr or.kr go.kr com.cn net.cn org.cn gov.cn com.hk org.hk com.tw org.tw gov.tw ' +
    'com.sg org.sg gov.sg com.my org.my com.ph com.vn com.pk com.bd co.in net.in org.in gov.in co.id or.id go.id ' +
    'co.th or.th in.th co.za org.za gov.za co.ke or.ke co.ug co.tz com.ng org.ng com.gh com.eg gov.eg com.sa gov.sa ' +
    'com.qa gov.qa com.kw com.bh com.om co.il org.il gov.il com.tr org.tr gov.tr com.lb com.jo com.br org.br gov.br ' +
    'com.ar org.ar gob.ar com.mx org.mx gob.mx com.co org.co com.pe com.ve com.ec com.uy com.py com.bo com.ua org.ua ' +
    'com.ru org.ru msk.ru co.at or.at com.pl org.pl com.es com.pt com.gr com.cy com.mt ac.nz govt.nz com.fj com.pg ' +
    'ae.org com.de co.ve com.sv com.gt com.do com.pr com.cu com.na com.zw co.zw com.et com.np com.lk com.mm com.kh com.af ' +
    'blogspot.com github.io wordpress.com substack.com medium.com'
  ).split(' '),
);

/** Lower-cased hostname of a URL string, or '' when it is not a valid http(s)/file URL. */
export function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** The registrable domain ("eTLD+1") of a hostname: 'www.daily8.com' → 'daily8.com', 'a.b.co.uk' → 'b.co.uk'. */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '');
  if (!host || /^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  const take = MULTI_LABEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Registrable domain of a URL string ('' when unparseable). */
export function domainOfUrl(url: string): string {
  return registrableDomain(hostnameOf(url));
}

/** True when both hosts belong to the same site (same registrable domain). */
export function sameSite(a: string, b: string): boolean {
  return !!a && !!b && registrableDomain(a) === registrableDomain(b);
}

/** Query parameters that say only how a reader arrived (campaign tags, click ids), not which page it is. */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|msclkid|cmpid|ocid|smid)$/i;

/** An address as a page is known by: no fragment, scheme, leading "www.", trailing slash, case or tracking tags. */
function pageKey(url: string): string {
  const bare = url.replace(/#.*$/, '');
  const q = bare.indexOf('?');
  const path = (q < 0 ? bare : bare.slice(0, q)).replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/+$/, '');
  const params = q < 0 ? '' : bare.slice(q + 1).split('&').filter((p) => p && !TRACKING_PARAM.test(p.split('=')[0]!)).join('&');
  return (params ? `${path}?${params}` : path).toLowerCase();
}

/**
 * Whether two addresses are the same page (a card or a video link pointing back at the story itself). Other query
 * parameters name the page ("news_view.html?idx=8723" is not "…?idx=8724").
 */
export function samePage(a: string, b: string): boolean {
  return pageKey(a) === pageKey(b);
}

/** The word a domain is named after: 'japantimes.co.jp' → 'japantimes'. */
export function domainStem(domain: string): string {
  const reg = registrableDomain(domain);
  return reg.split('.')[0] ?? '';
}

/** The URL resolved against `base` if it is http(s), else null: only http(s) links ever leave the core. */
export function httpUrl(value: string | null | undefined, base?: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
