// A story set in several sections of the same kind, with other things between them: broadcasters' and portals'
// CMSs give each run of paragraphs its own module (mdr.de's and wdr.de's "modParagraph", t-online.de's text blocks)
// and put a video, a teaser list or a box of links between two modules. Readability takes the container of one
// run of paragraphs (and that container's siblings), so the other runs are lost. Here the other runs are found
// by their shape: the same chain of elements, tag and class, from their paragraphs up to where they meet the
// story's run. They are copied before Readability changes the page, and put back where the pick lacks them.
import { linkShare, norm } from './text.ts';
import { dropMarkedFurniture } from './furniture-mark.ts';
import { isBylineLine } from './furniture-lines.ts';
import { AUTHOR_HREF } from './cards.ts';
import { PARAGRAPH_CHARS } from './story-anchor.ts';
import { holdsLinkedHeading } from './story-teasers.ts';

/** Levels compared above the paragraphs' parent: a module's wrappers, not the page's layout. */
const MAX_DEPTH = 8;

export interface StorySection {
  /** A copy of the run, taken before Readability changed the page; null for a run that only marks a place (not storyLike). */
  copy: Element | null;
  /** The opening of its first long paragraph: whether the story already holds the run, and where. */
  key: string;
}

/** An element's tag and class names: what a CMS repeats for every module of one kind. */
interface Shape {
  tag: string;
  classes: Set<string>;
}

function shape(el: Element): Shape {
  const cls = (el.getAttribute('class') ?? '').trim();
  return { tag: el.localName, classes: new Set(cls ? cls.split(/\s+/) : []) };
}

/** One kind of element: the same tag, and at least half their class names in common (a module's "last" or spacing class may differ). */
function sameShape(a: Shape, b: Shape): boolean {
  if (a.tag !== b.tag) return false;
  let shared = 0;
  for (const c of a.classes) if (b.classes.has(c)) shared++;
  const all = a.classes.size + b.classes.size - shared;
  return all === 0 || shared / all >= 0.5;
}

/** The element under `top` that holds `el`, with the shapes passed on the way up; null when deeper than MAX_DEPTH. */
function pathUnder(el: Element, top: Element): { section: Element; shapes: Shape[] } | null {
  const shapes: Shape[] = [];
  let e = el;
  for (let depth = 0; e.parentElement !== top; depth++) {
    if (depth >= MAX_DEPTH || !e.parentElement) return null;
    shapes.push(shape(e));
    e = e.parentElement;
  }
  shapes.push(shape(e));
  return { section: e, shapes };
}

/**
 * Whether two chains of shapes (from a paragraphs' parent up to the section) are one module's: read from the
 * section down, the shorter is the start of the longer (a run's paragraphs may sit one wrapper deeper than
 * another's), over two levels at least (two sibling runs need no help: Readability takes a pick's siblings).
 */
function sameModule(a: Shape[], b: Shape[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 || long.length - short.length > 2) return false;
  const offset = long.length - short.length;
  return short.every((s, i) => sameShape(s, long[i + offset]!));
}

/** A teaser's summary, cut short before its "more" link: "… which will help you ... Watch now". */
const EXCERPT = /(?:\.\.\.|…)(?:\s+\S+){0,3}$/u;

/** The first long paragraph of running text under `el`. */
function firstParagraph(el: Element): string | null {
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    const t = norm(p.textContent);
    if (t.length >= PARAGRAPH_CHARS && linkShare(p) < 0.3) return EXCERPT.test(t) ? null : t;
  }
  return null;
}

/** What a run of the story's module may hold beside it and the copy leaves out: a column of links, buttons. */
const ASIDE = 'aside, nav, button';
/** A person's page: the writer of a post, an answer or a comment signs with a link to it (a writer's page, or a member's). */
const MEMBER_HREF = /\/(?:users?|members?|profiles?)\//i;
const personLink = (a: Element): boolean => {
  const href = a.getAttribute('href') ?? '';
  return AUTHOR_HREF.test(href) || MEMBER_HREF.test(href);
};

/**
 * Not a run of the story: a teaser or a link box in the same module, the page's header, a post of its own (an answer
 * or a comment with its form, its writer's link or its "By" line).
 */
function storyLike(section: Element): boolean {
  if (section.querySelector('h1, form, textarea') || linkShare(section) >= 0.3) return false;
  if (holdsLinkedHeading(section) || Array.from(section.getElementsByTagName('a')).some(personLink)) return false;
  return !Array.from(section.querySelectorAll('p, div, span')).some((b) => b.childElementCount <= 2 && (b.textContent ?? '').length <= 80 && isBylineLine(norm(b.textContent)));
}

/**
 * The story's runs when it is set in several: the anchor's (the densest run of paragraphs) and each parent of long
 * paragraphs (`parents`, in page order) that meets the anchor under a common ancestor by the same chain of shapes
 * as the anchor does, in page order. Empty when the story is one run.
 */
export function storySections(anchor: Element | null, parents: readonly Element[]): StorySection[] {
  if (!anchor) return [];
  const out: { el: Element; section: StorySection }[] = [];
  const taken = new Set<Element>();
  // A headline between a run and the story's opens another story (a page that loads the next article below).
  const headlines = Array.from(anchor.ownerDocument.getElementsByTagName('h1'));
  const follows = (a: Node, b: Node): boolean => !!(a.compareDocumentPosition(b) & 4);
  for (const p of parents) {
    if (p === anchor || p.contains(anchor) || anchor.contains(p)) continue;
    let top: Element | null = p.parentElement;
    while (top && !top.contains(anchor)) top = top.parentElement;
    if (!top) continue;
    const mine = pathUnder(p, top);
    const theirs = pathUnder(anchor, top);
    if (!mine || !theirs || taken.has(mine.section) || !sameModule(mine.shapes, theirs.shapes)) continue;
    const before = follows(mine.section, anchor);
    if (headlines.some((h) => (before ? follows(mine.section, h) && follows(h, anchor) : follows(anchor, h) && follows(h, mine.section)))) continue;
    taken.add(mine.section);
    const section = copyOf(mine.section);
    if (section) out.push({ el: mine.section, section });
  }
  if (!out.some((s) => s.section.copy)) return [];
  // The anchor's own run too: Readability may have settled on another run and left it out.
  const own = copyOf(anchor);
  if (own) out.push({ el: anchor, section: own });
  return out.sort((a, b) => (follows(a.el, b.el) ? -1 : 1)).map((s) => s.section);
}

/** A run's copy without what its module sets beside it, and the opening that tells whether a story holds it. */
function copyOf(el: Element): StorySection | null {
  const copy = el.cloneNode(true) as Element;
  dropMarkedFurniture(copy);
  for (const x of Array.from(copy.querySelectorAll(ASIDE))) x.remove();
  const key = firstParagraph(copy);
  // A post or a teaser in the run's shape is never put back, but where the story holds it tells where the others go.
  return key ? { copy: storyLike(copy) ? copy : null, key: key.slice(0, 60) } : null;
}

/**
 * Puts back the runs (in page order) the story lacks, each before the paragraph that opens the next run the story
 * holds, or at the story's end.
 */
export function restoreSections(container: Element, sections: readonly StorySection[]): void {
  if (!sections.length) return;
  const have = norm(container.textContent);
  const present = sections.map((s) => have.includes(s.key));
  if (present.every(Boolean)) return;
  const paragraphs = Array.from(container.getElementsByTagName('p'), (p) => ({ p, text: norm(p.textContent) }));
  const opening = (key: string): Element | null => paragraphs.find((x) => x.text.includes(key))?.p ?? null;
  sections.forEach((s, i) => {
    if (present[i] || !s.copy) return;
    let next: Element | null = null;
    for (let j = i + 1; j < sections.length && !next; j++) if (present[j]) next = opening(sections[j]!.key);
    // Before the next run's subheading too.
    while (next?.previousElementSibling && /^H[2-6]$/.test(next.previousElementSibling.tagName)) next = next.previousElementSibling;
    if (next) next.before(s.copy);
    else container.append(s.copy);
  });
}
