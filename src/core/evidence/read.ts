// Reading the evidence: every credit the page gives, from its lines (the credit reader), its title, the logos
// beside its byline, its address, its head metadata and JSON-LD, and the site rule. Pure and free of the page:
// it runs in the background (for the verdict on every page) and in the engine (for attribution), on the same record.
import type { SiteRule } from '../rules/rule-types.ts';
import { domainOfUrl, httpUrl } from '../domain.ts';
import { compact, norm, unescapeRefs } from '../text.ts';
import type { Evidence, EvidenceLine } from './index.ts';
import { meta, type HeadData, type LdStory, type MicrodataSources } from './head.ts';
import { BY, BYLINE_SEPARATOR, bylineOutlets, withoutDistributor, withoutTimeStamp, CONTRIBUTED, initialled, initialsOf, PEOPLE, PICTURE, readCredits, titleCredit, type Credit } from './credit-forms.ts';
import { findOutletByDomain, findOutletByName, outletNameSuffix } from '../outlets/index.ts';
import { COMPANY, outletShape, stripRole } from './outlet-shapes.ts';
import { initials } from '../outlet-names.ts';
import type { Where } from './where.ts';

export type { Credit, CreditForm } from './credit-forms.ts';

/** "Russia Today18 hours ago", "Japan Times 13 hours ago", "The Associated Press5h", "Reuters · 2 days ago". */
export const RELATIVE_TAIL =
  /\s*[·•|,-]?\s*(?:time\s*)?(?:(?:\d{1,3}|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|\d{1,2}\s*[smhd]|yesterday|just now)\s*$/i;

/** The name on a provider line ("Russia Today · 18 hours ago" → "Russia Today"), or null. */
export function providerName(line: string): string | null {
  const text = norm(line);
  if (text.length > 80 || !RELATIVE_TAIL.test(text)) return null;
  const name = text.replace(RELATIVE_TAIL, '').trim();
  return name.length >= 2 ? name : null;
}

/** Credits by the site rule: its credit patterns over the lines, and the provider lines it points at. */
function siteRuleCredits(rule: SiteRule, lines: EvidenceLine[]): Credit[] {
  const out: Credit[] = [];
  const add = (outlet: string, line: string, where: Where): void => {
    if (outlet && !out.some((c) => c.outlet === outlet)) out.push({ form: 'site-rule', outlet, line: line.slice(0, 200), where, shape: 'named' });
  };
  for (const source of rule.creditPatterns ?? []) {
    let re: RegExp;
    try {
      re = new RegExp(source, 'u');
    } catch {
      continue;
    }
    for (const { text, where } of lines) {
      const outlet = re.exec(text)?.groups?.outlet?.trim();
      if (outlet) add(outlet.replace(RELATIVE_TAIL, ''), text, where);
    }
  }
  for (const { text, where } of lines) {
    if (where !== 'provider') continue;
    const name = providerName(text) ?? (text.length <= 60 ? text : null);
    if (name) add(name, text, where);
  }
  return out;
}

// A path segment that names a wire: /ap/, /afp/, /reuters/ (a specific wire), /wires/ (some wire).
const WIRE_SEGMENTS: Record<string, string> = {
  ap: 'AP', apnews: 'AP', 'ap-news': 'AP', aponline: 'AP', 'associated-press': 'AP', afp: 'AFP', reuters: 'Reuters', bloomberg: 'Bloomberg',
  dpa: 'dpa', efe: 'EFE', upi: 'UPI', xinhua: 'Xinhua', pti: 'PTI', ians: 'IANS', ani: 'ANI', kyodo: 'Kyodo News', bernama: 'Bernama',
  'canadian-press': 'The Canadian Press', cp: 'The Canadian Press', aap: 'AAP', 'pa-media': 'PA Media', ansa: 'ANSA', lusa: 'Lusa',
};

function urlCredits(url: string): Credit[] {
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return [];
  }
  const segments = path.split('/').filter(Boolean).slice(0, -1);
  for (const s of segments) {
    const outlet = WIRE_SEGMENTS[s];
    if (outlet) return [{ form: 'url-segment', outlet, line: path.slice(0, 200), where: 'url', shape: 'known' }];
    if (s === 'wires' || s === 'wire' || s === 'wirestories' || s === 'wire-stories') return [{ form: 'url-segment', outlet: null, line: path.slice(0, 200), where: 'url', shape: null }];
  }
  return [];
}

function samePath(a: string, b: string): boolean {
  try {
    const pa = new URL(a).pathname.replace(/\/+$/, '');
    const pb = new URL(b).pathname.replace(/\/+$/, '');
    return pa.length > 8 && (pa === pb || pa.endsWith(pb) || pb.endsWith(pa));
  } catch {
    return false;
  }
}

/** The registrable domain of an absolute address when it is another site's than `hostDomain`, else null. */
function otherSite(abs: string, hostDomain: string): string | null {
  const d = domainOfUrl(abs);
  return d.includes('.') && d !== hostDomain ? d : null;
}

function metaCredit(outlet: string | null, line: string, field: string, shape: Credit['shape'], url?: string): Credit {
  return { form: field === 'canonical' || field === 'og:url' ? 'canonical' : 'metadata', outlet, line: `${field}: ${line}`.slice(0, 200), where: 'head', shape, field, ...(url ? { url } : {}) };
}

/** Sites that host other people's publications: a post's canonical link to its author's own domain is no source. */
const PLATFORMS = new Set(['medium.com', 'wordpress.com', 'blogspot.com', 'substack.com', 'tumblr.com', 'github.io']);

/**
 * A site's name names a domain when it holds the domain's first label or is its initials: "Hamburger Abendblatt"
 * abendblatt.de, "BBC News" bbc.com, "Westdeutsche Allgemeine Zeitung" waz.de.
 */
function namesDomain(name: string, domain: string): boolean {
  const stem = compact(domain.split('.')[0]!);
  return stem.length >= 3 && (compact(name).includes(stem) || initials(name) === stem);
}

/**
 * Which of two addresses, its own and another site's, the page's own site name names. 'own' alone: the same path on
 * the other domain is a sister paper's story (papers of one group share a newsroom's stories and their addresses:
 * braunschweiger-zeitung.de, waz.de and abendblatt.de, each naming itself, point their canonical links at the same
 * path on morgenpost.de); without that, the same path is the outlet's other address (tnr.com → newrepublic.com,
 * guardian.co.uk → theguardian.com). 'both': a show or title of the outlet with an address of its own, the same
 * outlet ("Radiolab Podcasts | WNYC Studios" on wnycstudios.org, its canonical link on radiolab.org).
 */
function namedAfter(head: HeadData, ld: LdStory | null, hostDomain: string, other: string): 'own' | 'both' | null {
  const own = meta(head, 'og:site_name') ?? ld?.publisher.find((p) => p.name)?.name ?? null;
  if (!own || PLATFORMS.has(hostDomain) || !namesDomain(own, hostDomain)) return null;
  return namesDomain(own, other) ? 'both' : 'own';
}

/**
 * A company named by its legal form that the directory knows by neither name ("Living Media India Limited" as a
 * paper's `sourceOrganization`, `provider` and `copyrightHolder`): the site's owner, not a newsroom another outlet
 * runs ("Reuters Ltd" is Reuters).
 */
const owningCompany = (name: string): boolean => {
  const bare = name.replace(COMPANY, '').replace(/[\s,]+$/, '');
  return bare !== name && !findOutletByName(name, {}) && !findOutletByName(bare, {});
};

/** Credits in the head and the JSON-LD: cross-site canonical links, source metas, organisations named as author or source. */
function headCredits(head: HeadData, ld: LdStory | null, microdata: MicrodataSources | null, url: string, hostDomain: string): Credit[] {
  const out: Credit[] = [];
  const foreign = (href: string | null | undefined, field: string): void => {
    const abs = href ? httpUrl(href, url) : null;
    const d = abs ? otherSite(abs, hostDomain) : null;
    if (!abs || !d || out.some((c) => c.outlet === d)) return;
    const named = namedAfter(head, ld, hostDomain, d);
    if ((!samePath(abs, url) || named === 'own') && named !== 'both') out.push(metaCredit(d, abs, field, 'named', abs));
  };
  foreign(head.canonical, 'canonical');
  foreign(meta(head, 'og:url'), 'og:url');
  for (const field of ['syndication-source', 'original-source', 'source', 'dc.source']) {
    const v = head.metas[field];
    if (!v) continue;
    if (/^https?:\/\//i.test(v)) foreign(v, field);
    else {
      const shape = outletShape(v);
      if (shape || field !== 'source') out.push(metaCredit(v, v, field, shape ?? 'named'));
    }
  }
  for (const field of ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator']) {
    const v = head.metas[field];
    if (v && !/^https?:/i.test(v)) for (const o of bylineOutlets(v)) out.push(metaCredit(o.outlet, v, `meta ${field}`, o.shape));
  }
  if (ld) {
    for (const author of ld.author) {
      if (!author.name) continue;
      const name = unescapeRefs(author.name);
      const shape = outletShape(name);
      const org = !!author.type && /Organization|Corporation/i.test(author.type);
      if (org || shape === 'known') out.push(metaCredit(name, name, 'json-ld author', shape ?? 'named'));
      else for (const o of bylineOutlets(name)) out.push(metaCredit(o.outlet, name, 'json-ld author', o.shape));
    }
  }
  // The same source fields as JSON-LD or as microdata on the story's item; a publisher only as JSON-LD.
  for (const [via, src] of [['json-ld', ld], ['microdata', microdata]] as const) {
    if (!src) continue;
    const lists = [['sourceOrganization', src.sourceOrganization], ['provider', src.provider], ...(via === 'json-ld' && ld ? [['publisher', ld.publisher] as const] : [])] as const;
    for (const [key, list] of lists) {
      const field = `${via} ${key}`;
      for (const e of list) {
        if (e.name) {
          const name = unescapeRefs(e.name);
          if (!owningCompany(name)) out.push(metaCredit(name, name, field, outletShape(name) ?? 'named', e.url ?? undefined));
        } else if (e.url) foreign(e.url, field);
      }
    }
    for (const e of src.isBasedOn) {
      if (e.url) foreign(e.url, `${via} isBasedOn`);
      else if (e.name) out.push(metaCredit(e.name, e.name, `${via} isBasedOn`, 'named'));
    }
  }
  return out;
}

/** One word no surname is: an acronym of three letters or more ("CNN", "MSNBC", "NHK") or a capital inside ("TechCrunch"). */
const ONE_WORD_OUTLET = /^(?:[A-Z]{3,6}|[A-Z][a-z]+[A-Z][A-Za-z]+)$/;

/**
 * A byline naming its people and then an outlet the directory knows: with a separator ("Ari Wasserman, Northeast
 * Ohio Media Group", "By Joe Davidson · Washington Post"), or run into the names with nothing between them ("Lisa
 * Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader", "Kevin Johnson USA TODAY"). The credit reader tells such
 * outlets only by their shape or a wire's name; here the directory tells them, for names of two words or more and
 * one-word names no surname has (a one-word name such as "Fortune" or "Post" is as often a surname, "AA" a text-size
 * button). The site's own paper is told apart where credits are weighed.
 */
function directoryBylineOutlet(text: string): Credit | null {
  // The time stamp a byline element often ends with ("… Argus Leader Published 10:02 AM EST Nov 19, 2019").
  const line = withoutTimeStamp(withoutDistributor(norm(text).replace(BY, '')), true)
    // and the mark that parted the stamp from the names ("… Argus Leader · Published …").
    .replace(/[\s·•|,;–—-]+$/, '');
  if (line.length > 120 || CONTRIBUTED.test(line) || PICTURE.test(line)) return null;
  const credit = (name: string): Credit => ({ form: 'byline-agency', outlet: name, line: line.slice(0, 200), where: 'byline', shape: 'shaped' });
  const listedName = (name: string): boolean => (/\s/.test(name) || ONE_WORD_OUTLET.test(name)) && !!findOutletByName(name, {});
  // The outlet alone, no person: "Por: El Universal" opening a story a regional site ran.
  if (listedName(line)) return credit(line);
  const parts = line.split(BYLINE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1) {
    if (!PEOPLE.test(parts[0]!)) return null;
    for (const part of parts.slice(1)) {
      const name = stripRole(part).replace(/[.,;:]+$/, '');
      if (listedName(name)) return credit(name);
    }
    return null;
  }
  // A one-word name run in counts as an acronym no surname is ("Jane Doe CNN", "Jane Doe NPR").
  const last = line.split(/\s+/).pop()!;
  const found = outletNameSuffix(line, {}, 2) ?? (/^[A-Z]{3,6}$/.test(last) && findOutletByName(last, {}) ? { name: last } : null);
  if (!found || !PEOPLE.test(line.slice(0, line.length - found.name.length).trim())) return null;
  return credit(found.name);
}

/**
 * The name a Japanese headline brackets is often what the story is about ("…USBメモリを紛失（阪南大学）" over
 * "阪南大学は3月4日、…と発表した"), not where it came from: a line of the story that opens with the name as its
 * subject (は, が) says so.
 */
function storySubject(evidence: Evidence, name: string): boolean {
  return evidence.lines.some((l) => (l.where === 'lead' || l.where === 'headline') && l.text.startsWith(name) && /^[はが]/u.test(l.text.slice(name.length)));
}

/** The directory lists the name as an outlet (any outlet: an ambiguous name counts when one of its outlets is meant). */
const inDirectory = (name: string): boolean => !!findOutletByName(name, {});

/** The story's authors as the page names them: its byline lines and the people its JSON-LD names. */
function authorNames(evidence: Evidence): string[] {
  const people = (evidence.ld?.author ?? []).filter((a) => a.name && !/Organization|Corporation/i.test(a.type ?? '')).map((a) => a.name!);
  return [...evidence.lines.filter((l) => l.where === 'byline').map((l) => l.text), ...people];
}

/** Whether an initialled sign-off's initials are one of the story's authors'. */
function authorsInitials(line: string, authors: string[]): boolean {
  const signed = authors.length ? initialled(line) : null;
  return !!signed && signed.initials.some((i) => authors.some((a) => initialsOf(i, a)));
}

/**
 * A source label and the link after it, in a date line that runs on past them: "2024-05-13 09:16:04 来源: <a>鞭牛士</a>
 * 北京 举报" (163.com). The link's text is the next line read under the headline; the two make the source line.
 */
function linkedSource(text: string, next: Evidence['lines'][number] | undefined): string | null {
  if (!next || next.where !== 'headline' || next.text.length < 2) return null;
  const at = text.indexOf(next.text);
  const label = at > 0 && at + next.text.length < text.length ? /(?:来源|來源|source)\s*[:：]\s*$/i.exec(text.slice(0, at)) : null;
  return label ? label[0] + next.text : null;
}

const memo = new WeakMap<Evidence, Credit[]>();

/** Every credit the evidence holds, read once per evidence record. */
export function evidenceCredits(evidence: Evidence, rules: readonly SiteRule[]): Credit[] {
  const known = memo.get(evidence);
  if (known) return known;
  const credits: Credit[] = [];
  if (evidence.kind !== 'listing') {
    const authors = authorNames(evidence);
    for (const [i, { where, text }] of evidence.lines.entries()) {
      // "kry/dpa" closing a story by Katherine Rydlink: the author's own story, written with the agency's material.
      const read = readCredits(text, where, inDirectory).filter((c) => c.form !== 'sign-off' || !authorsInitials(text, authors));
      const linked = linkedSource(text, evidence.lines[i + 1]);
      if (linked) read.push(...readCredits(linked, where, inDirectory));
      const agency = read.find((c) => c.form === 'byline-agency');
      // "By Jane Doe New York Times": the outlet's shape reads the writer and the paper as one name; the directory
      // knows where the paper's name starts.
      const runOn = agency?.shape === 'shaped' && !inDirectory(agency.outlet ?? '') ? directoryBylineOutlet(text) : null;
      // The same under the label a byline opens with, as the story's first line ("Por: El Universal").
      const listed = (where === 'byline' || (where === 'lead' && BY.test(text))) && !agency ? directoryBylineOutlet(text) : null;
      credits.push(...(runOn ? read.map((c) => (c === agency ? { ...runOn, where } : c)) : read), ...(listed ? [listed] : []));
    }
    for (const t of [evidence.h1, evidence.title]) {
      const c = titleCredit(t);
      if (c && !credits.some((x) => x.form === 'title-source') && !storySubject(evidence, c.outlet!)) credits.push(c);
    }
    for (const alt of evidence.logos) {
      const shape = outletShape(alt);
      if (shape) credits.push({ form: 'logo', outlet: alt, line: `logo: ${alt}`, where: 'byline', shape });
    }
    credits.push(...urlCredits(evidence.url));
  }
  // On a press-release wire's own site the organisations its metadata names are the releases' issuers (a company as
  // the release's publisher and source on globenewswire.com, its author on prnewswire.com), not outlets that reported.
  const releaseWire = findOutletByDomain(evidence.url)?.kind === 'agency';
  credits.push(...headCredits(evidence.head, evidence.ld, evidence.microdata, evidence.url, evidence.host.domain).filter((c) => !releaseWire || c.form !== 'metadata'));
  const source = evidence.sourceLink;
  const sourceDomain = source ? otherSite(source, evidence.host.domain) : null;
  // A "Source link" to another site names the story's source by its address (and gives the original's link).
  if (source && sourceDomain) {
    credits.push({ form: 'source-line', outlet: sourceDomain, line: `Source link: ${source}`.slice(0, 200), where: 'tail', shape: 'named', url: source });
  }
  const rule = rules.find((r) => r.id === evidence.rule);
  if (rule) credits.push(...siteRuleCredits(rule, evidence.lines));
  memo.set(evidence, credits);
  return credits;
}
