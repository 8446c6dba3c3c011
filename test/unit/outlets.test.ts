import { describe, expect, it } from 'vitest';
import { parse } from 'tldts';
import {
  allOutlets,
  findOutletByDomain,
  findOutletByName,
  isReportingContext,
  matchOutletsInText,
  nameKey,
  toOutletRef,
} from '../../src/core/outlets/index.ts';
import ambiguous from '../../src/core/outlets/data/ambiguous.json';
import type { AmbiguousAlias } from '../../src/core/outlets/index.ts';

const outlets = allOutlets();
const ids = (text: string): string[] => matchOutletsInText(text).map((m) => m.outlet.id);

describe('outlet directory data', () => {
  it('has at least 400 outlets with unique ids and every region represented', () => {
    expect(outlets.length).toBeGreaterThanOrEqual(400);
    expect(new Set(outlets.map((o) => o.id)).size).toBe(outlets.length);
    const regions = new Set(outlets.map((o) => o.region));
    for (const r of ['north-america', 'europe', 'middle-east', 'asia', 'oceania', 'africa', 'latin-america', 'global']) {
      expect(regions.has(r as never), r).toBe(true);
    }
    expect(outlets.filter((o) => o.kind === 'wire').length).toBeGreaterThan(50);
    expect(outlets.filter((o) => o.kind === 'aggregator').length).toBeGreaterThan(15);
  });

  it('uses valid lower-case domains: registrable ones, or subdomains of one', () => {
    for (const o of outlets) {
      expect(o.domains.length, o.id).toBeGreaterThan(0);
      for (const d of o.domains) {
        const p = parse(d);
        expect(d, o.id).toBe(d.toLowerCase());
        expect(p.isIcann && p.domain, `${o.id}: ${d}`).toBeTruthy();
        expect(d === p.domain || d.endsWith(`.${p.domain}`), `${o.id}: ${d}`).toBe(true);
      }
    }
  });

  it('gives every outlet an https homepage on its own site', () => {
    // Apple News has no web front page of its own: its homepage is Apple's page about it.
    const elsewhere = new Set(['apple-news']);
    for (const o of outlets) {
      const url = new URL(o.homepage);
      expect(url.protocol, o.id).toBe('https:');
      if (elsewhere.has(o.id)) continue;
      const sites = o.domains.map((d) => parse(d).domain);
      expect(sites.includes(parse(url.hostname).domain), `${o.id}: ${o.homepage}`).toBe(true);
    }
  });

  it('shares a domain between two outlets only when paths tell them apart', () => {
    const byDomain = new Map<string, string[]>();
    for (const o of outlets) for (const d of o.domains) byDomain.set(d, [...(byDomain.get(d) ?? []), o.id]);
    for (const [domain, owners] of byDomain) {
      if (owners.length < 2) continue;
      const plain = owners.filter((id) => !outlets.find((o) => o.id === id)!.paths);
      expect(plain.length, `${domain}: ${owners.join(', ')}`).toBe(1);
    }
  });

  it('lists a feed’s names among the outlet’s own names, so a credit to the feed resolves to the outlet', () => {
    const fed = outlets.filter((o) => o.feedNames?.length);
    expect(fed.length).toBeGreaterThan(0);
    for (const o of fed) for (const n of o.feedNames!) expect([o.name, ...o.aliases], `${o.id}: ${n}`).toContain(n);
  });

  it('shares no name between outlets unless the ambiguous list resolves it', () => {
    const listed = new Set((ambiguous as AmbiguousAlias[]).map((a) => nameKey(a.alias)));
    const owners = new Map<string, Set<string>>();
    for (const o of outlets) {
      for (const name of [o.name, ...o.aliases, ...(o.shortForms ?? [])]) {
        const key = nameKey(name);
        owners.set(key, (owners.get(key) ?? new Set()).add(o.id));
      }
    }
    for (const [key, set] of owners) if (set.size > 1) expect(listed.has(key), `${key}: ${[...set].join(', ')}`).toBe(true);
    for (const a of ambiguous as AmbiguousAlias[]) {
      for (const id of [...a.outlets, ...Object.values(a.byCountry ?? {}), ...(a.default ? [a.default] : [])]) {
        expect(outlets.some((o) => o.id === id), `${a.alias} → ${id}`).toBe(true);
      }
    }
  });
});

describe('findOutletByDomain', () => {
  it('finds outlets by host or URL, most specific entry first', () => {
    expect(findOutletByDomain('https://www.ft.com/content/abc')?.id).toBe('ft');
    expect(findOutletByDomain('english.kyodonews.net')?.id).toBe('kyodo');
    expect(findOutletByDomain('https://asia.nikkei.com/Politics/x')?.id).toBe('nikkei-asia');
    expect(findOutletByDomain('https://www.nikkei.com/article/x')?.id).toBe('nikkei');
    expect(findOutletByDomain('https://www.bloomberg.com/opinion/articles/2025-07-01/x')?.id).toBe('bloomberg-opinion');
    expect(findOutletByDomain('https://www.bloomberg.com/news/articles/x')?.id).toBe('bloomberg');
    expect(findOutletByDomain('https://www.bloomberg.com/opinionated')?.id).toBe('bloomberg');
    expect(findOutletByDomain('https://news.yahoo.com/x.html')?.id).toBe('yahoo-news');
    expect(findOutletByDomain('https://www.japantimes.co.jp/news/')?.id).toBe('japan-times');
    expect(findOutletByDomain('https://example.com/')).toBeNull();
    expect(findOutletByDomain('not a url at all')).toBeNull();
  });

  it('reports registrable domains and homepages', () => {
    expect(toOutletRef(findOutletByDomain('asia.nikkei.com')!)).toMatchObject({ name: 'Nikkei Asia', domain: 'nikkei.com' });
    expect(toOutletRef(findOutletByDomain('english.kyodonews.net')!).domain).toBe('kyodonews.net');
    expect(findOutletByName('Bloomberg Opinion')).toMatchObject({ kind: 'opinion-desk', homepage: 'https://www.bloomberg.com/opinion' });
  });
});

describe('findOutletByName', () => {
  it.each([
    ['FT', 'ft'], ['Financial Times', 'ft'], ['the FT', 'ft'], ['RT', 'rt'], ['Russia Today', 'rt'], ['AP', 'ap'],
    ['Associated Press', 'ap'], ['The AP', 'ap'], ['Kyodo', 'kyodo'], ['Kyodo News', 'kyodo'], ['Kyodo news agency', 'kyodo'],
    ['Nikkei Asia', 'nikkei-asia'], ['SCMP', 'scmp'], ['South China Morning Post', 'scmp'], ['Arab News', 'arab-news'],
    ['Malay Mail', 'malay-mail'], ['NHK', 'nhk'], ['Taipei Times', 'taipei-times'], ['Politico', 'politico'],
    ['Jiji Press', 'jiji'], ['Khaleej Times', 'khaleej-times'], ['Japan Times', 'japan-times'], ['REUTERS', 'reuters'],
    ['Daily8', 'daily8'], ['MENAFN', 'menafn'], ['Xinhua', 'xinhua'], ['Yonhap', 'yonhap'], ['dpa', 'dpa'],
    // Names in the script of the outlet's own language, as pages in that language credit them
    // (huffingtonpost.jp's "朝日新聞デジタル", youth.cn's "人民日报", donga.com's "동아일보").
    ['朝日新聞デジタル', 'asahi'], ['読売新聞', 'yomiuri'], ['日本経済新聞', 'nikkei'], ['毎日新聞', 'mainichi'], ['産経新聞', 'sankei'],
    ['人民日报', 'peoples-daily'], ['环球时报', 'global-times'], ['聯合報', 'united-daily-news'], ['自由時報', 'liberty-times'],
    ['동아일보', 'donga'], ['조선일보', 'chosun'], ['중앙일보', 'joongang'], ['한겨레', 'hankyoreh'],
    // Agencies in Cyrillic, Greek, Vietnamese, Persian and Arabic, as their own language's source lines credit them.
    ['ТАСС', 'tass'], ['РИА Новости', 'ria-novosti'], ['Интерфакс', 'interfax'], ['Укрінформ', 'ukrinform'], ['УНІАН', 'unian'],
    ['БелТА', 'belta'], ['БТА', 'bta'], ['ΑΠΕ-ΜΠΕ', 'amna'], ['TTXVN', 'vna'], ['ایرنا', 'irna'], ['واس', 'spa'], ['كونا', 'kuna'],
    ['İhlas Haber Ajansı', 'iha'], ['DHA', 'dha'], ['TASR', 'tasr'], ['Adnkronos', 'adnkronos'], ['KNA', 'kna'], ['Télam', 'telam'],
  ])('%s → %s', (name, id) => {
    expect(findOutletByName(name)?.id).toBe(id);
  });

  it('keeps short forms case-exact and ambiguous names to their context', () => {
    expect(findOutletByName('ap')).toBeNull();
    expect(findOutletByName('rt')).toBeNull();
    expect(findOutletByName('The Post')).toBeNull();
    expect(findOutletByName('CNA')?.id).toBe('cna');
    expect(findOutletByName('CNA', { country: 'TW' })?.id).toBe('central-news-agency');
    expect(findOutletByName('The Post', { knownIds: ['washington-post'] })?.id).toBe('washington-post');
  });
});

describe('matchOutletsInText', () => {
  it('finds names with their capitals, longest first', () => {
    expect(ids('The Financial Times reported on Monday that Bloomberg Opinion columnists disagreed.')).toEqual(['ft', 'bloomberg-opinion']);
    expect(ids('Shares rose, Japan\'s Nikkei newspaper reported.')).toEqual(['nikkei']);
  });

  it('never matches short forms as ordinary words or tokens', () => {
    expect(ids('The CAPE ratio and the ap style guide were discussed.')).toEqual([]);
    expect(ids('RT @user: great thread on tariffs')).toEqual([]);
    expect(ids('Time has moved on since then, said the minister.')).toEqual([]);
    expect(ids('He wrote an FT-style memo.')).toEqual([]);
  });

  it('matches short forms where the text credits or quotes them', () => {
    expect(ids('told the FT that the talks had stalled')).toEqual(['ft']);
    expect(ids('WASHINGTON (AP) — The Senate voted on Tuesday.')).toEqual(['ap']);
    expect(ids('RT reported on Monday that the talks failed.')).toEqual(['rt']);
  });

  it('rejects names that are part of a longer proper noun', () => {
    expect(ids('a study by the Reuters Institute found')).toEqual([]);
    expect(ids('Former mayor Michael Bloomberg said on Monday')).toEqual([]);
  });

  it('resolves "the Post" only when the page says which Post', () => {
    expect(ids('The Post reported that the plan was dropped.')).toEqual([]);
    expect(ids('The Washington Post reported it first. The Post said officials agreed.')).toEqual(['washington-post', 'washington-post']);
  });

  it('treats platforms as platforms', () => {
    expect(ids('He posted on X (formerly Twitter) and on Truth Social, then on Facebook.')).toEqual([]);
  });
});

describe('isReportingContext', () => {
  const check = (text: string, name: string): boolean => {
    const start = text.indexOf(name);
    return isReportingContext(text, start, start + name.length);
  };
  it.each([
    ['the Financial Times reported on Monday', 'Financial Times'],
    ['according to Reuters, the deal', 'Reuters'],
    ['Kyodo news agency reported on Friday', 'Kyodo'],
    ['Kyodo quoted the official as saying', 'Kyodo'],
    ['an official told the FT that', 'FT'],
    ['citing Bloomberg, the paper said', 'Bloomberg'],
    ['according to a Financial Times report on Monday', 'Financial Times'],
    ['as first reported by Axios.', 'Axios'],
    ['TOKYO, June 27 (Reuters) - Japan', 'Reuters'],
    ['leaked to the newspaper Le Parisien in January', 'Le Parisien'],
    // French "told" and "asked by" (ici.radio-canada.ca "avait déclaré à CBC/Radio-Canada").
    ["a indiqué la préfecture à l'AFP.", 'AFP'],
    ['avait déclaré à CBC/Radio-Canada que', 'CBC'],
    ["interrogé par l'AFP, le maire", 'AFP'],
  ])('%s', (text, name) => expect(check(text, name)).toBe(true));

  it('finds an outlet whose article French or Italian elides into its name ("à l\'AFP", "selon l’Agence France-Presse", "dell\'ANSA")', () => {
    expect(ids("a indiqué la préfecture à l'AFP.")).toEqual(['afp']);
    expect(ids('selon l’Agence France-Presse, le')).toEqual(['afp']);
    expect(ids("secondo l'ANSA la")).toEqual(['ansa']);
    expect(ids("l'autre jour, d'abord")).toEqual([]);
  });

  it.each([
    ['He reads the Financial Times every morning.', 'Financial Times'],
    ['Reuters Institute study', 'Reuters'],
    ['a subscription to Bloomberg Terminal', 'Bloomberg'],
  ])('not: %s', (text, name) => expect(check(text, name)).toBe(false));
});
