// Extraction: a cleaned clone of the page goes through Readability, then its output is cleaned
// again and sanitised. Credit lines are attribution evidence, gathered with the rest of the page's
// evidence before anything is removed (src/core/evidence/).
import { Readability } from '@mozilla/readability';
import type { ExtractedArticle, RemovedBlock, RemovedKind } from '../types.ts';
import type { SiteRule } from '../rules/rule-types.ts';
import { removeClutter, type RelatedBlock } from './clutter.ts';
import { findStoryAnchor } from './story-anchor.ts';
import { blockKind } from './patterns.ts';
import { norm, snippetOf } from './text.ts';
import { judgeRelated } from './related.ts';
import { postClean } from './post-clean.ts';
import { blockText, CAPTION_MARK, captionNamed, markCaptions } from './text.ts';
import { sanitizeTree } from './sanitize.ts';
import { resolveLazyImage } from './lazy-images.ts';
import { makeParseable } from './parseable.ts';
import { dropMarkedFurniture } from './furniture-mark.ts';
import { forEachUnder, hiddenItself, isDialog } from '../dom-scan.ts';
import { cutVideoEmbeds, videoRecord } from './video-embeds.ts';
import { findStandfirst } from './standfirst.ts';
import { laterStories } from './next-stories.ts';
import { restoreSections, storySections } from './story-sections.ts';

function applyRuleRemovals(body: Element, rule: SiteRule | null, removed: RemovedBlock[], related: RelatedBlock[]): void {
  for (const { selector, kind } of rule?.selectors?.remove ?? []) {
    for (const el of Array.from(body.querySelectorAll(selector))) {
      if (!el.isConnected || el.querySelector('h1')) continue;
      // Related blocks are judged item by item later: same-story items become coverage.
      if (kind === 'related') related.push({ element: el, heading: '' });
      else removed.push({ kind: kind as RemovedBlock['kind'], text: snippetOf(el) });
      el.remove();
    }
  }
}

/** Hidden text up to this size is a notice, prompt or template; more is content a script reveals (see below). */
const HIDDEN_NOTICE_CHARS = 700;

/**
 * Before anything is judged, in one walk over the clone's elements: small blocks the page hides itself leave (a comment
 * forum's hidden notice, a sign-in prompt, a form's thank-you message: Readability drops hidden elements only where it
 * walks, and when it settles on the whole page it walks none of them). Large hidden blocks stay: a story a script
 * reveals (abc.es's text behind its paywall, the parts of a page streamed in hidden blocks, aa.com.tr) is the story.
 * Lazy pictures are made real (Readability drops an image without a source) and captions marked while their classes
 * are still there. Scripts and style sheets leave first (JSON-LD stays: Readability reads it): Readability drops them
 * itself, but every length measured before it (a hidden block's, a clutter box's, the densest paragraph block's that
 * guards Readability's pick) would count their code as text. A video player's lines go with it (video-embeds.ts), the
 * page's dialogs leave, and phrases inside a paragraph's sentences lose their class and id (`midSentence`).
 */
function prepareClone(body: Element, title: string, removed: RemovedBlock[]): void {
  const named: Element[] = [];
  const images: Element[] = [];
  const hidden: Element[] = [];
  const code: Element[] = [];
  const videos: Element[] = [];
  const dialogs: Element[] = [];
  const phrases: Element[] = [];
  const paragraphLengths = new Map<Element, number>();
  forEachUnder(body, (el) => {
    const tag = el.localName;
    if (tag === 'style' || tag === 'script') {
      if (el.getAttribute('type') !== 'application/ld+json') code.push(el);
      else if (videoRecord(el)) videos.push(el);
      return;
    }
    if (hiddenItself(el)) hidden.push(el);
    if (isDialog(el)) dialogs.push(el);
    const caption = captionNamed(el);
    if (caption) named.push(el);
    if (tag === 'img' || tag === 'source') {
      resolveLazyImage(el);
      if (tag === 'img') images.push(el);
    }
    if (!caption && PHRASING.has(tag) && (el.hasAttribute('class') || el.id) && midSentence(el, paragraphLengths)) phrases.push(el);
  });
  for (const el of phrases) {
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
  markCaptions(named, images);
  for (const el of code) el.remove();
  cutVideoEmbeds(videos, title, removed);
  for (const el of hidden) if (norm(el.textContent).length <= HIDDEN_NOTICE_CHARS) el.remove();
  // A dialog over the page (a consent manager's preference centre, a sign-in or newsletter modal, a picture's lightbox)
  // is never the story, however long its text: Readability took reuters.com's cookie settings for the story. One that
  // holds the headline is the story opened in an overlay.
  const headline = body.getElementsByTagName('h1')[0];
  for (const el of dialogs) {
    if (!el.isConnected || (headline && el.contains(headline))) continue;
    // Reported as what it says it is (a cookie banner is "consent"), like the furniture the clutter pass finds.
    const text = norm(el.textContent);
    if (text) removed.push({ kind: dialogKind(el, text), text: snippetOf(el) });
    el.remove();
  }
}

const PHRASING = new Set(['span', 'em', 'strong', 'b', 'i', 'u', 'mark', 'small', 'abbr', 'cite', 'q', 'font']);

/**
 * A phrase inside a paragraph's running sentence ("…given to him by a <span class="comment-selection">15-year-old
 * girl</span>", yahoo.com's selection-sharing marks): its words are the sentence's whatever its class says, but
 * Readability drops any element whose class or id sounds like page furniture ("comment", "social", "menu"), and the
 * sentence loses them. The paragraph must hold more words than the phrase (its length kept in `paragraphLengths`).
 */
function midSentence(el: Element, paragraphLengths: Map<Element, number>): boolean {
  let block = el.parentElement;
  while (block && (PHRASING.has(block.localName) || block.localName === 'a')) block = block.parentElement;
  if (block?.localName !== 'p') return false;
  const own = norm(el.textContent).length;
  // Measured once per paragraph: an editor's export may class every run of a paragraph.
  let whole = paragraphLengths.get(block);
  if (whole === undefined) paragraphLengths.set(block, (whole = norm(block.textContent).length));
  return own > 0 && whole >= own + 40;
}

/** What a dialog is, by its first line that says ("Get The Ridgeline Report in your inbox": a newsletter), else by its whole text. */
function dialogKind(dialog: Element, text: string): RemovedKind {
  for (const part of Array.from(dialog.querySelectorAll('h2, h3, h4, h5, h6, p, strong, span, div, label, legend'))) {
    if (part.childElementCount > 2) continue;
    const line = norm(part.textContent);
    const kind = line && line.length <= 300 ? blockKind(line) : null;
    if (kind) return kind;
  }
  return blockKind(text, false) ?? 'other';
}

/** Readability on the cleaned clone; a page it cannot handle falls back to the densest block. */
function parseReadability(clone: Document): ReturnType<Readability<Node>['parse']> {
  try {
    // The article element itself, not its serialisation: it is cleaned and sanitised as a tree, so the story
    // is serialised once (by the sanitiser) instead of serialised, reparsed and serialised again.
    return new Readability(clone, { charThreshold: 250, classesToPreserve: [CAPTION_MARK], serializer: (node: Node) => node }).parse();
  } catch {
    return null;
  }
}

/**
 * The story of `doc`, cleaned. `descriptions` are the page's description tags (evidence.head), which name the
 * headline's summary paragraph where the story's container leaves it out (standfirst.ts).
 */
export function extractArticle(doc: Document, url: string, rule: SiteRule | null, descriptions: readonly string[] = []): ExtractedArticle {
  const clone = doc.cloneNode(true) as Document;
  const body = clone.body ?? clone.documentElement;
  const removed: RemovedBlock[] = [];
  // getElementsByTagName, not querySelector: the same first <h1>, without a run of jsdom's selector engine.
  const h1 = clone.getElementsByTagName('h1')[0] ?? null;
  const pageTitle = norm(h1?.textContent) || norm(clone.title);
  prepareClone(body, pageTitle, removed);
  const standfirsts = findStandfirst(h1?.isConnected ? h1 : null, descriptions);
  const related: RelatedBlock[] = [];
  applyRuleRemovals(body, rule, removed, related);
  // The next stories a page loads under its own, before anything weighs the paragraphs.
  for (const later of laterStories(body, h1?.isConnected ? h1 : null, clone.title)) {
    removed.push({ kind: 'related', text: snippetOf(later) });
    later.remove();
  }
  const anchor = findStoryAnchor(body);
  // A site rule's removal may have taken that <h1> itself.
  const ctx = { body, anchor: anchor.el, title: h1?.isConnected ? h1 : (clone.getElementsByTagName('h1')[0] ?? null) };
  const clutter = removeClutter(ctx);
  removed.push(...clutter.removed);
  related.push(...clutter.related);
  // A story set in several modules with other things between them: its runs, copied before Readability takes one.
  const sections = storySections(anchor.densest?.isConnected ? anchor.densest : null, anchor.parents.filter((p) => p.isConnected));
  // Readability mutates the clone; keep the densest paragraph block as a second opinion (a block found by its
  // running text holds the page's other lines too: it only guards the story).
  const second = anchor.running ? null : ctx.anchor;
  const anchorCopy = second?.cloneNode(true) as Element | undefined;
  if (anchorCopy) dropMarkedFurniture(anchorCopy);
  const storySoFar = norm(anchorCopy?.textContent);

  const parsed = parseReadability(clone);
  // Built in the inert clone, never in the live page: nothing in it may load or run. A <body> so that the
  // sanitiser takes it as the root whose children are the story (sanitizeTree).
  const container = clone.createElement('body');
  const story = parsed?.content as Element | null | undefined;
  if (story) dropMarkedFurniture(story);
  const parsedLength = norm(story?.textContent).length;
  // Readability sometimes settles on a caption or a teaser box; when the densest paragraph block
  // holds far more text than its pick, that block is the story.
  const fallback = !parsed?.content || parsedLength < 140 || (storySoFar.length > 500 && parsedLength < storySoFar.length * 0.5);
  if (!fallback) container.append(...Array.from(story!.childNodes));
  else if (anchorCopy) container.append(anchorCopy);
  restoreSections(container, sections);
  makeParseable(container);
  removed.push(...postClean(container));
  // The headline repeated inside the body is not a paragraph of the story.
  const titleKey = norm(parsed?.title || pageTitle).toLowerCase();
  const storyText = norm(container.textContent);
  const text = blockText(container, true)
    .split('\n\n')
    .filter((p) => p.toLowerCase() !== titleKey)
    .join('\n\n');

  const judged = judgeRelated(related, { title: pageTitle, text: text || storySoFar }, url);
  removed.push(...judged.removed);
  const win = doc.defaultView;
  const html = win ? sanitizeTree(win, container, url) : '';
  return {
    title: norm(parsed?.title) || pageTitle || null,
    // Readability took the story's container only: the summary set beside the headline goes under the headline.
    standfirst: standfirsts.find((s) => !storyText.includes(s.slice(0, 60))) ?? null,
    byline: norm(parsed?.byline) || null,
    published: parsed?.publishedTime ?? null,
    html,
    text,
    removed,
    coverage: judged.coverage,
    lang: parsed?.lang ?? (doc.documentElement.getAttribute('lang') || null),
    dir: parsed?.dir ?? (doc.documentElement.getAttribute('dir') || null),
    siteName: parsed?.siteName ?? null,
  };
}
