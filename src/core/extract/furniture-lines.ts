// Short lines that Readability keeps inside a story but that are not the story: datelines and
// bylines (attribution keeps those separately), photo credits, account and sharing prompts,
// bare URLs, copyright footers, and headline links to other stories.
import type { RemovedBlock, RemovedKind } from '../types.ts';
import { CALL_TO_ACTION_LINE, COMMENT_LINE, INLINE_RELATED, isRelatedHeading } from './patterns.ts';
import { BLOCK_TAGS, CAPTION_MARK, linkDomain, linkShare, norm, snippet, textAroundLinks } from './text.ts';
import { domainOfUrl } from '../domain.ts';
import { elementsByTag, holdsTag, listOf, tagSet } from '../dom-scan.ts';
import { CJK, MONTH_NAMES } from '../text.ts';
import { kickedHeadlines } from './kicker-lines.ts';
import { isBreadcrumb } from './breadcrumbs.ts';
import { isTopicLinks } from './topic-links.ts';
import { isBracketedPointer, isPointerLine } from './pointer-lines.ts';
import { isKnownWire, isWireName } from '../evidence/outlet-shapes.ts';

const DATE_BITS = new RegExp(
  String.raw`\b(?:${MONTH_NAMES})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_NAMES})\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}[:.]\d{2}\b|\b(?:\d+|an?)\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b|\b(?:19|20)\d{2}\b`,
  'gi',
);
const META_WORDS =
  /\b(?:published|updated|posted|last|modified|created|first|on|at|am|pm|a\.m|p\.m|[ecmp][sd]t|gmt|utc|bst|ist|cet|cest|jst|kst|hkt|sgt|aest|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday|by|and|the|ago|time|date|read|min|mins|minutes?|\d+)\b/gi;

const CJK_CHARS = new RegExp(CJK.source, 'g');

/** "Updated 10:01 pm PST, Tuesday, November 19, 2019", "Nov. 20, 2019 / 1:07 AM / CBS News". */
export function isDateLine(text: string): boolean {
  if (text.length > 110) return false;
  DATE_BITS.lastIndex = 0;
  if (!DATE_BITS.test(text)) return false;
  const rest = text.replace(DATE_BITS, ' ').replace(META_WORDS, ' ').replace(/[^\p{L}\s]+/gu, ' ');
  // Chinese, Japanese and Korean write words without spaces: every two of their characters count as a word
  // ("2015年12月12日" is a date line; "2019年3月15日公表 「新元号への改元に便乗した…」" is a notice's title).
  const cjk = rest.match(CJK_CHARS)?.length ?? 0;
  // A line that closes on a full stop is a sentence unless it is little more than its date: "Deadpool 2 opens in
  // theatres on May 18." (fortressofsolitude.co.za), "Firefox 5 soll am 21. Juni 2011 erscheinen." (golem.de),
  // "Początek rywalizacji o godzinie 14.00." (radiokielce.pl) are the story's; "Published on May 18." and "Posted on
  // Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn." (ebb.org, a byline's name) are not.
  const words = rest.replace(CJK_CHARS, ' ').split(/\s+/).filter(Boolean).length + Math.ceil(cjk / 2);
  const sentence = /\.$/.test(text) && !/\b(?:[ap]\.m|[A-Z][a-z]{2})\.$/.test(text) && !/\bby\s+\p{Lu}/u.test(text);
  return words <= (sentence ? 2 : 4);
}

/** "By Jane Roe", "By Justine Coleman - 11/18/19 11:04 PM EST", "Meg Kinnard and Errin Haines, Associated Press". */
export function isBylineLine(text: string): boolean {
  if (text.length > 100) return false;
  // Lowered (vocab.ts): a capital after "By" reads as \p{Ll}.
  if (/^(?:by|written by|words by|story by|text by)\b\s*:?\s*(?:\p{Ll}|$)/u.test(text.toLowerCase())) return !/[.!?]["”’]?$/.test(text.replace(/\b\p{Lu}\.$/u, ''));
  // The wire's name is looked for first: few lines hold it, and the whole pattern is dear to compile.
  return WIRE_AFTER_NAMES.test(text) && NAMES_THEN_WIRE.test(text);
}

/** ", Associated Press", ", The Associated Press", ", Reuters": a wire closing a byline of names. */
const WIRE_AFTER_NAMES = /, (?:The )?(?:Associated Press|AP|Reuters|AFP|Bloomberg)/;
const NAMES_THEN_WIRE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+(?: and (?:\p{Lu}[\p{L}'’.-]+ ?){2,4})?${WIRE_AFTER_NAMES.source}(?: [\p{L} ]{0,30})?$`,
  'u',
);

/** Credit, caption and account lines; lowered (vocab.ts), so a capital letter reads as \p{Ll}. */
const CREDIT_LINES: RegExp[] = [
  /^\(?(?:image|photo|picture|video)\s+(?:copyright|credit|source)\b/,
  /^(?:image|photo) caption\b/,
  /^\(?(?:image|photo|pictured?|credit|source|illustration)s?\s*:\s*[^)]{0,100}\)?$/,
  /^(?:photo|photograph|illustration|picture|image)s?(?: illustration)? (?:by|courtesy(?: of)?|via)\s/,
  /^(?:credit|photo credit)\s*(?:\.{3}|…|:)/,
  /^(?:getty(?: images)?|shutterstock|istock(?:photo)?|alamy|epa(?:-efe)?|ap photo|reuters|afp(?: via getty images)?)\.?$/,
  /^(?:image|photo|slide) \d+ of \d+$|^\d+ of \d+$|^\d+ ?\/ ?\d+$|^(?:back to|view|see|launch|open) (?:the )?(?:gallery|slideshow|photos)$/,
  /^(?:enlarge|expand|view|open) (?:image|photo|gallery|slideshow)$/,
  /^(?:©|\(c\)\s|copyright\b)/,
  /\ball rights reserved\.?$/,
  /^https?:\/\/\S+$/,
  /^(?:view author archive|email the author|follow on (?:twitter|x|facebook)|about the author|sign in|log in|subscribe|register|menu|close|search|print|comments?|share|tweet|email)$/,
  /\bby clicking here\b|^tell us what you think\b|^want more stories like this\??$|^(?:every day|each week) we send\b|\bmeet your inbox\b|^make \S+ my homepage$|^get breaking news alerts\b/,
  /^(?:subscribe to|join our|follow (?:us|him|her|them|\p{Ll}\p{L}+) on|listen to .{0,60}\b(?:live|here|podcast)\b|like us on)\b/u,
  /\((?:image|photo|picture|credit|pictured|source)s?\s*:\s*[^)]{1,60}\)$/,
  /^(?:write to|e-?mail|reach|contact) [\p{L} .'-]{2,60}\b(?:at|on|via)\b.{0,120}(?:@|twitter|\.com)/u,
  /^follow [\p{L}'’ ]{1,40}(?:full coverage|coverage of|on twitter|@\w)/u,
  /^more (?:ap|reuters|afp) [\p{L} ]{1,30}:/u,
  /^(?:citation|cite this article)\s*:|^this document is subject to copyright\b|^media playback is unsupported\b/,
  // Interface words standing alone: ndtv.com's "Show more" / "Show less" toggles, "Read Full Article" buttons (macrumors.com,
  // yahoo.com, golflink.com) when the page prints them without their link, a gallery's "Previous" / "Next" buttons
  // (blisterreview.com; bhg.com's "Prev Next").
  /^(?:order reprints|print article|text size|reprints|print this (?:article|page)|font size|listen to (?:this )?article|\d+ min(?:ute)? read|show (?:more|less)|read full (?:article|story)|prev(?:ious)?(?:\s*[|/]?\s*next)?|next)$/,
  /^(?:tags?|tagged(?: with| in| as)?|topics?|filed under|categories|category)\s*:/,
  /^if you (?:enjoyed|liked|value) this (?:article|story|post)\b/,
];

/** A multi-page story's link to its next or previous page, with that page's title after it at most. */
const PAGINATION =
  /^(?:(?:next|previous|prev\.?) page|(?:nächste|vorherige) seite|page (?:suivante|précédente)|página (?:siguiente|anterior)|(?:próxima|anterior) página|pagina (?:successiva|precedente)|(?:volgende|vorige) pagina)\b(?![,.])/;

/** An advert slot's label standing alone, in the languages Upstream reads. */
const AD_LABEL = /^(?:advert|advertentie|anzeige|annonce|publicit[ée]|publicidad|pubblicit[àa]|iklan|reklama|реклама|広告|광고|إعلان|פרסומת|विज्ञापन)$/;


export function furnitureKind(text: string): RemovedKind | null {
  if (text.length > 220) return null;
  const lower = text.toLowerCase();
  if (AD_LABEL.test(lower)) return 'ad';
  if (isDateLine(text) || isBylineLine(text)) return 'other';
  if (CREDIT_LINES.some((re) => re.test(lower))) return 'other';
  // A wire's name standing alone is a credit under the headline or a picture ("Associated Press" on detroitnews.com
  // and wsj.com, "AP" and "PA" on independent.co.uk, "DPA" on spiegel.de), never a paragraph of the story; the credit
  // itself was read with the page's evidence. A short form in ordinary case may be a word or a place ("Petra", "Trend").
  const name = text.length <= 40 ? text.replace(/[.,;:]+$/, '') : '';
  if (name && (isWireName(name) || (name === name.toUpperCase() && isKnownWire(name)))) return 'other';
  if (text.length <= 120 && PAGINATION.test(lower)) return 'navigation';
  if (text.length <= 60 && isRelatedHeading(text)) return 'related';
  if (INLINE_RELATED.test(lower)) return 'related';
  if (CALL_TO_ACTION_LINE.test(lower)) return 'promo';
  if (COMMENT_LINE.test(lower)) return 'comments';
  return null;
}

/** A short block that is almost all link text: a headline pointing at another story. */
export function isLinkLine(el: Element, text: string): boolean {
  return (text.length <= 200 && (linkShare(el) >= 0.8 || (PREV_NEXT.test(text) && linkShare(el) >= 0.5))) || isHeadlineRun(el, text) || isPointerLine(el, text) || isBracketedPointer(el, text);
}

/**
 * The links to the stories before and after this one, each under its label: "Next Story: … Previous Story: …"
 * (venturebeat.com), "Previous article Reviews of Pizza Express …" (a British daily). The labels leave less of the
 * line linked than a bare headline's.
 */
const PREV_NEXT = /^(?:[«‹←]\s*)?(?:next|previous|prev|older|newer)\s+(?:story|article|post|entry)\b/i;

/**
 * What may stand between headline links in a run: separators, a plain-text bullet ("READ MORE: * <a>…</a> * <a>…</a>")
 * and bracketed tags ("[VIDEO]", "(PHOTOS)"), no words.
 */
const RUN_GLUE = /^(?:[\s|•·*/,;–—-]|\[[^\]]{1,20}\]|\([^)]{1,20}\))*$/;

/**
 * Several headline links to the site's own pages with only separators and tags between them: "China furious at
 * Macron [INSIGHT] | Lakers vs Nets: NBA make final decision [VIDEO]". Not a sentence that links ("See <a>his
 * speech</a> and <a>the reply</a>."): words between the links make it prose.
 */
function isHeadlineRun(el: Element, text: string): boolean {
  if (text.length > 600) return false;
  const links = listOf(el.getElementsByTagName('a'));
  // Each link a headline of three words or more.
  if (links.length < 2 || links.some((a) => norm(a.textContent).split(' ').length < 3)) return false;
  // Other stories of the site; a run of links out (a deals post's products, a reading list) is the story's.
  const page = domainOfUrl(el.ownerDocument.URL);
  const inside = links.filter((a) => linkDomain(a) === page).length;
  if (!page || inside * 2 < links.length) return false;
  const { lead, gaps, tail } = textAroundLinks(el, links);
  // A label before the first link ("Read more:", the first bullet after it) may stand; between links only glue.
  if (!gaps.every((g) => RUN_GLUE.test(g))) return false;
  return RUN_GLUE.test(tail) && (RUN_GLUE.test(lead ?? '') || (lead!.trim().length <= 30 && /[:：][\s*•·–—-]*$/.test(lead!)));
}

const CONTAINERS = tagSet('ul, ol, div, section, aside');
const BOXES = tagSet('div, section, article, figure, header, footer, aside, main, td, li, p, span');
const EMBEDS = tagSet('img, picture, video, audio, table, iframe');
const LINK_OR_PICTURE = tagSet('a, img');
const PICTURE = tagSet('img, picture');
// A list is a line when it holds no items: tmz.com's tag cloud puts its links straight into a <ul>.
const LINE_BLOCKS = tagSet('p, li, h2, h3, h4, h5, h6, figcaption, figure, dt, dd, blockquote, div, ul, ol');
/** What makes a block a container rather than a line. */
const LINE_INNER = tagSet('p, li, h2, h3, h4, h5, h6, blockquote, div, figure, table, img, picture, video');

/**
 * The list a related heading stands over ("More Great WIRED Stories", "More Videos"): two or more items, each
 * holding a headline's link. Its items may be only half linked ("How Facebook <a>gets the First Amendment backward</a>"), so
 * link share alone misses it. Judged here, after Readability: taken out before, it changes which block Readability
 * picks as the story.
 */
function linkList(el: Element | null): Element | null {
  if (!el || (el.localName !== 'ul' && el.localName !== 'ol')) return null;
  const items = listOf(el.children);
  if (items.length < 2 || !items.every((li) => li.localName === 'li' && li.querySelector('a[href]'))) return null;
  // Most items a headline's link (a thumbnail's link may be all that is left of a card).
  return items.filter(headlineLink).length * 2 >= items.length ? el : null;
}

/** A link of three words or more: another story's headline, not a note's reference ("(bug 1553982)"). */
const headlineLink = (li: Element): boolean => Array.from(li.querySelectorAll('a[href]')).some((a) => norm(a.textContent).split(' ').length >= 3);

/**
 * Removes `el` (and a tabloid kicker before it) when it is furniture, a link line or another story's headline
 * under a bold kicker (`kicked`); true when it went.
 */
function removeLine(el: Element, removed: RemovedBlock[], kicked: Set<Element>): boolean {
  const text = norm(el.textContent);
  const kind = text ? (furnitureKind(text) ?? (isBreadcrumb(el, text) || isTopicLinks(el, text) ? 'navigation' : isLinkLine(el, text) || kicked.has(el) ? 'related' : null)) : null;
  if (!kind) return false;
  removed.push({ kind, text: snippet(text) });
  const prev = el.previousElementSibling;
  const list = kind === 'related' && text.length <= 60 && isRelatedHeading(text) ? linkList(el.nextElementSibling) : null;
  for (const li of listOf(list?.children ?? [])) removed.push({ kind: 'related', text: snippet(norm(li.textContent)) });
  list?.remove();
  el.remove();
  const prevText = prev ? norm(prev.textContent) : '';
  // Tabloid kickers ("RANDY ANDY") are upper case, and so are labels over a row of topics ("TOPICS", oreilly.co.jp);
  // anything else before a headline may be story.
  if ((kind === 'related' || kind === 'navigation') && prev && prevText && prevText.length <= 40 && !holdsTag(prev, LINK_OR_PICTURE) && prevText === prevText.toUpperCase() && /\p{Lu}{3}/u.test(prevText)) {
    removed.push({ kind, text: snippet(prevText) });
    prev.remove();
  }
  return true;
}

/** Removes furniture lines and link-only lines; a short kicker right before a removed headline goes too. */
export function removeFurnitureAndLinkLines(root: Element, removed: RemovedBlock[]): void {
  // Only leaf-ish blocks: a container's fate is decided by its lines.
  const emptied = new Set<Element>();
  const kicked = kickedHeadlines(root);
  for (const el of elementsByTag(root, LINE_BLOCKS, LINE_INNER)) {
    const parent = el.parentElement;
    if (root.contains(el) && removeLine(el, removed, kicked) && parent) emptied.add(parent);
  }
  // A container whose lines all went is a line itself now (people.com's "@handle" left beside a removed byline,
  // okaymarketing.com's "Click To Tweet" beside its removed quote, usatoday.com's "Tags:"): judged like one, and so on up.
  for (const box of emptied) {
    const parent = box.parentElement;
    if (box === root || !root.contains(box) || !LINE_BLOCKS.has(box.localName) || holdsTag(box, LINE_INNER)) continue;
    if (removeLine(box, removed, kicked) && parent) emptied.add(parent);
  }
  removeFurnitureRuns(root, removed);
  // Lists and containers emptied of every line carry nothing now.
  for (const el of elementsByTag(root, CONTAINERS)) {
    if (root.contains(el) && !norm(el.textContent) && !holdsTag(el, EMBEDS)) el.remove();
  }
}

/** What ends a line of inline text besides a block: pictures and embeds. */
const BREAKS_RUN = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'svg', 'CANVAS', 'OBJECT', 'EMBED']);

/**
 * Inline text standing as a line of its own between blocks, which the loop over leaf blocks never sees: "Updated
 * 10:01 pm PST, Tuesday, November 19, 2019" in a <span> under a heading, "Image copyright Getty Images" in two spans
 * beside a picture. Judged by the same furniture patterns as a whole line.
 */
function removeFurnitureRuns(root: Element, removed: RemovedBlock[]): void {
  for (const box of elementsByTag(root, BOXES)) {
    if (!root.contains(box)) continue;
    const runs: ChildNode[][] = [[]];
    let mixed = false;
    for (const c of Array.from(box.childNodes)) {
      const tag = c.nodeType === 1 ? (c as Element).tagName : '';
      // A linked picture ends a line as a bare one does (usatoday.com's "ALSO ON DRIVE ON: …" beside a photo link).
      // Comment nodes ("hearst/common/author_name.tpl", post-cleaning's story-end mark) are no part of a line and
      // stay where they are.
      if (BLOCK_TAGS.has(tag) || BREAKS_RUN.has(tag) || (tag === 'A' && holdsTag(c as Element, PICTURE))) {
        mixed = true;
        runs.push([]);
      } else if (c.nodeType !== 8) runs[runs.length - 1]!.push(c);
    }
    // A box of inline text only is a line itself, judged with the leaf blocks.
    if (!mixed) continue;
    // A caption stays beside its picture in the view (it is already left out of the story's text), credit and all;
    // a quoted post keeps its signature ("— Dele (@dele_official) November 19, 2019").
    if (box.closest(`.${CAPTION_MARK}, blockquote`)) continue;
    for (const run of runs) {
      if (run.some((n) => n.nodeType === 1 && (n as Element).classList.contains(CAPTION_MARK))) continue;
      // Scripts and styles in the run are not read.
      const text = norm(run.map((n) => (n.nodeType === 3 || (n.nodeType === 1 && !/^(?:SCRIPT|STYLE)$/.test((n as Element).tagName)) ? n.textContent ?? '' : '')).join(''));
      const kind = text ? furnitureKind(text) : null;
      if (!kind) continue;
      removed.push({ kind, text: snippet(text) });
      for (const n of run) n.remove();
    }
  }
}
