// Credit lines: the places where a page says who reported the story ("(Reuters) -", "(MENAFN- X)",
// "— AFP", "X is a Bloomberg Opinion columnist", "This article is republished from X").
// Shared by the detector (cheap, on every page) and attribution (which resolves names to outlets).

export type CreditKind = 'dateline' | 'agency-tail' | 'bio' | 'republished' | 'source-label' | 'syndicated-feed';

export interface Credit {
  kind: CreditKind;
  /** Outlet name as written, or null when the note names none (e.g. "auto-generated from a syndicated feed"). */
  outlet: string | null;
  /** The line (trimmed, at most 200 chars) the credit was found in. */
  line: string;
}

// Short agency names that appear alone after a dash at the end of a wire story.
const TAIL_AGENCIES =
  'Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|Kyodo News|Jiji|Jiji Press|Yonhap|PTI|ANI|IANS|UNI|ANSA|dpa|EFE|TASS|Interfax|' +
  'Anadolu|WAM|SPA|Bernama|Antara|AAP|UPI|CNA|NHK|The Associated Press|Associated Press|Agence France-Presse|Reuters Staff';

const NAME = String.raw`[A-Z][\w&'’.-]*(?: (?:of |the |de |and |& )?[A-Z0-9][\w&'’.-]*){0,5}`;

const hasDash = (l: string): boolean => l.includes('-') || l.includes('–') || l.includes('—');
const isDash = (c: string | undefined): boolean => c === '-' || c === '–' || c === '—';

/** ")" followed by spaces and a dash somewhere in the line: what every "(Outlet) -" dateline holds. */
function closeParenDash(l: string): boolean {
  for (let i = l.indexOf(')'); i >= 0; i = l.indexOf(')', i + 1)) {
    let j = i + 1;
    while (l[j] === ' ') j++;
    if (isDash(l[j])) return true;
  }
  return false;
}

const AGENCY_NAMES = TAIL_AGENCIES.split('|');
const AGENCY_SET = new Set([...AGENCY_NAMES, 'KYODO NEWS']);
/** The text before the first ", " is an agency name ("PTI, Washington"): agency names hold no comma. */
const agencyBeforeComma = (l: string): boolean => {
  const i = l.indexOf(', ');
  return i > 0 && AGENCY_SET.has(l.slice(0, i));
};
/** The line ends with an agency name, optionally in brackets ("... — AFP", "... (Reuters)"). */
const endsWithAgency = (l: string, closing = ''): boolean => {
  const t = l.trimEnd();
  return AGENCY_NAMES.some((a) => t.endsWith(a + closing));
};
const BIO_ROLES = ['columnist', 'correspondent', 'reporter', 'contributor', 'writer', 'editor', 'analyst', 'bureau chief'];
const SOURCE_LABELS = ['Source', 'Via', 'Courtesy'];

// Each pattern comes with a substring test its matches cannot do without: most lines of a page pass none,
// and a regular expression that is never run is never compiled (the detector runs cold on every page load).
const PATTERNS: { kind: CreditKind; re: RegExp; may: (line: string) => boolean }[] = [
  // (MENAFN- Khaleej Times) / (MENAFN)
  { kind: 'dateline', re: /^\(\s*MENAFN\s*(?:[-–—]\s*(?<outlet>[^)]{2,60}))?\)/, may: (l) => l.startsWith('(') },
  // TOKYO, June 27 (Reuters) - / WASHINGTON (AP) — / (Reuters) -
  {
    kind: 'dateline',
    re: new RegExp(
      // Place names in datelines are upper case ("SAN FRANCISCO", "HAYWARD, Calif."), or at most two
      // capitalised words ("Hong Kong"); a dash follows the credit (a colon would be a definition).
      String.raw`^(?:(?:[A-Z][A-Z.'’ -]{1,40}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:, [A-Z][A-Za-z. ]{1,20})?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?\s*)?\((?<outlet>${NAME})\)\s*[-–—]`,
    ),
    may: closeParenDash,
  },
  // KYODO NEWS - / AFP, PARIS (Taipei Times style wire dateline)
  { kind: 'dateline', re: new RegExp(String.raw`^(?<outlet>${TAIL_AGENCIES}|KYODO NEWS), [A-Z][A-Z .'’-]{2,30}\b`), may: agencyBeforeComma },
  // "PTI, Washington, Nov 20 2019": an agency byline block with the place in ordinary case.
  { kind: 'dateline', re: new RegExp(String.raw`^(?<outlet>${TAIL_AGENCIES}), [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,|$)`), may: agencyBeforeComma },
  { kind: 'dateline', re: /^(?<outlet>KYODO NEWS|BERNAMA|XINHUA|YONHAP)\s+[-–—]\s/, may: (l) => /^[KBXY]/.test(l) && hasDash(l) },
  // "... text. — Reuters" / "(AFP)" at the very end of the story
  { kind: 'agency-tail', re: new RegExp(String.raw`(?:^|[.!?'"”’]\s*)[-–—]+\s*(?<outlet>${TAIL_AGENCIES})\s*$`), may: (l) => hasDash(l) && endsWithAgency(l) },
  { kind: 'agency-tail', re: new RegExp(String.raw`[.!?”"]\s*\((?<outlet>${TAIL_AGENCIES})\)\s*$`), may: (l) => endsWithAgency(l, ')') },
  // Gearoid Reidy is a Bloomberg Opinion columnist covering Japan
  {
    kind: 'bio',
    re: new RegExp(
      String.raw`^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} (?:is|was) (?:an? |the )?(?:[a-z-]+ ){0,2}(?<outlet>${NAME}) (?:columnist|correspondent|reporter|contributor|writer|editor|analyst|bureau chief)\b`,
    ),
    may: (l) => (l.includes(' is ') || l.includes(' was ')) && BIO_ROLES.some((r) => l.includes(r)),
  },
  // This article is republished from The Conversation / originally appeared on / was originally published by
  {
    kind: 'republished',
    re: new RegExp(
      String.raw`\b(?:(?:is|was) republished from|(?:originally|first) (?:appeared|published|ran) (?:on|in|at|by)|was originally published (?:on|in|at|by)|(?:is|was) reprinted (?:with permission )?from|Originally published (?:on|in|at|by))\s+(?:the )?(?<outlet>${NAME})`,
    ),
    may: (l) => l.includes('publish') || l.includes('appeared') || l.includes(' ran ') || l.includes('reprinted'),
  },
  // Source: South China Morning Post / Source: Reuters
  { kind: 'source-label', re: new RegExp(String.raw`^(?:Source|Sources|Via|Courtesy(?: of)?)\s*:\s*(?<outlet>${NAME})\s*\.?$`), may: (l) => l.includes(':') && SOURCE_LABELS.some((w) => l.startsWith(w)) },
  // Devdiscourse, Latestly and many others: auto-generated from a syndicated feed
  {
    kind: 'syndicated-feed',
    re: /\b(?:auto-generated from a syndicated feed|published from a syndicated feed|from a syndicated news feed|has not been edited by [\w ]+ staff)\b/i,
    may: (l) => /syndicated|has not been edited/i.test(l),
  },
];

/** Credits found in one line of text (a paragraph or a short block). */
export function findCredits(text: string): Credit[] {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length < 3) return [];
  const out: Credit[] = [];
  for (const { kind, re, may } of PATTERNS) {
    if (!may(line)) continue;
    const m = re.exec(line);
    if (!m) continue;
    let outlet = m.groups?.outlet?.trim().replace(/[.,]+$/, '') ?? null;
    if (kind === 'dateline' && /^\(\s*MENAFN/.test(line) && !outlet) outlet = 'MENAFN';
    if (outlet && !plausibleOutletName(outlet)) continue;
    // "Progressive Web Apps (PWA) -" defines an acronym; it credits nobody.
    if (outlet && kind === 'dateline' && /^[A-Z]{2,6}$/.test(outlet)) {
      const before = line.slice(0, line.indexOf(`(${outlet})`)).trim();
      if (before && initials(before.split(/\s+/).slice(-outlet.length).join(' ')) === outlet.toLowerCase()) continue;
    }
    out.push({ kind, outlet, line: line.slice(0, 200) });
  }
  return out;
}

// Parenthesised words that are not outlets: "(AI)", "(EU)", "(2025)", "(Photo)".
const NOT_OUTLETS = new Set(['photo', 'video', 'file', 'update', 'updated', 'ai', 'eu', 'un', 'us', 'uk', 'gdp', 'ceo', 'pictured', 'watch', 'listen', 'opinion', 'analysis', 'exclusive', 'breaking', 'sponsored', 'advertisement', 'ad']);

function plausibleOutletName(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (/^\d/.test(name)) return false;
  return !NOT_OUTLETS.has(name.toLowerCase());
}

/** Normalised form for comparing outlet names with each other and with domains. */
export function nameKey(name: string): string {
  const lower = name.toLowerCase().replace(/^the\s+/, '');
  // For ASCII names the plain class equals the Unicode one; a Unicode-property pattern costs up to a few
  // ms to compile on its first use in a page, and the detector runs cold on every page load.
  return isAscii(lower) ? lower.replace(/[^a-z0-9]+/g, '') : lower.replace(/[^\p{L}\p{N}]+/gu, '');
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Initials of a multi-word name: 'Russia Today' → 'rt', 'South China Morning Post' → 'scmp'. */
export function initials(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => (w.charCodeAt(0) < 128 ? /^[A-Za-z0-9]/.test(w) : /^[\p{L}\p{N}]/u.test(w)) && !/^(of|and|the|de|&)$/i.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}
