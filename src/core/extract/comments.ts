// Comment threads by their shape: a list of blocks that each carry the controls and marks of a reader's comment
// ("Reply", "Report", "12 likes", "Jane says:", a time stamp, a permalink to #comment-123), in blogs and news,
// inline or after the story. A thread goes whole, as one "comments (N)" entry of the removed list.
import { closestWhere, listOf } from '../dom-scan.ts';
import { norm } from './text.ts';

// CONTROL, SAYS and STAMP are lowered (vocab.ts): they read the lower-cased text of every short text node.

/** What a reader's comment carries besides its text: reply and report controls, votes; and "X says:". */
const CONTROL =
  /^(?:reply|replies|report(?: abuse| comment| this)?|permalink|flag|like|dislike|upvote|downvote|share|responder|responda|répondre|signaler|antworten|melden|rispondi|segnala|beantwoorden|返信|回复|回覆|举报|رد|ردود|إبلاغ)$|^\d+\s+(?:likes?|replies|points?|votes?|réponses?|antworten|respuestas|respostas)$/;
const SAYS = /^[^\s].{0,40}\s(?:says|said|wrote|dice|dit|sagt|disse|escribió)\s*(?::|\.\.\.|…)?$/;
/**
 * A comment's time stamp on its own line: a date and a clock time ("April 12, 2011 at 11:30 AM", "JTaylor21
 * Posted: Oct.28 at 4:29 pm", "Loaded on 12/11/2015 at 15:48"). A story shows one, under its headline; a thread
 * one per comment.
 */
const STAMP =
  /(?:^|\s)(?:[a-z]{3,9}\.? ?\d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2}(?:st|nd|rd|th)?\.? [a-z]{3,9}\.?,? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}),? (?:at|@|um|à|às|a las|alle) \d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?$/;
const PERMALINK = /#comment[-_]?\d|[?&]replytocom=|#c\d{3,}/i;
const THREAD_HINT = /comment|disqus|discussion|respon[sd]|reply|replies/i;

export interface CommentThread {
  /** The thread's element, or the comments themselves when they stand in the story's own block. */
  elements: Element[];
  /** Comments counted in it (marked blocks among its children). */
  count: number;
}

interface Marker {
  el: Element;
  /** A reply or report control, a vote or a permalink, which a comment has and a story's own line does not. */
  control: boolean;
}

/** Elements that hold a comment's marks: a short control or label, a time stamp, or a permalink. */
function markers(body: Element): Marker[] {
  const out: Marker[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < 20_000; n = walker.nextNode(), seen++) {
    const raw = n.nodeValue ?? '';
    if (raw.length > 60 || !n.parentElement) continue;
    const t = raw.trim().toLowerCase();
    if (!t) continue;
    const control = CONTROL.test(t);
    if (control || SAYS.test(t) || STAMP.test(t)) out.push({ el: n.parentElement, control });
  }
  const links = body.getElementsByTagName('a');
  for (let i = 0, n = Math.min(links.length, 5000); i < n; i++) {
    if (PERMALINK.test(links[i]!.getAttribute('href') ?? '')) out.push({ el: links[i]!, control: true });
  }
  return out;
}

/**
 * The threads of a page: each the lowest element whose children include several marked blocks with text of
 * their own. Three comments make a thread; two do inside an element named for comments. `keep` guards the story.
 */
export function commentThreads(body: Element, keep: (el: Element) => boolean): CommentThread[] {
  const marked = new Map<Element, Set<Element>>();
  const found = markers(body);
  const controls = found.filter((m) => m.control).map((m) => m.el);
  for (const { el: m } of found) {
    let child: Element = m;
    for (let up = m.parentElement, depth = 0; up && depth < 10; child = up, up = up.parentElement, depth++) {
      let set = marked.get(up);
      if (!set) marked.set(up, (set = new Set()));
      set.add(child);
      if (up === body) break;
    }
  }
  const candidates: CommentThread[] = [];
  for (const [parent, children] of marked) {
    const withText = [...children].filter((c) => norm(c.textContent).length >= 25);
    if (withText.length < 2) continue;
    if (keep(parent)) {
      // The story's own block: only the comments that end it go, never the block.
      const run = withText.length >= 3 ? commentsInStoryBlock(parent, withText, controls, keep) : null;
      if (run) candidates.push({ elements: run, count: run.length });
      continue;
    }
    if (withText.length < parent.children.length * 0.4) continue;
    const hinted = closestWhere(parent, (e) => THREAD_HINT.test(`${e.getAttribute('id') ?? ''} ${e.getAttribute('class') ?? ''}`)) !== null;
    if (withText.length < 3 && !hinted) continue;
    candidates.push({ elements: [parent], count: withText.length });
  }
  // The largest threads first; a thread inside another (replies) goes with it.
  candidates.sort((a, b) => b.count - a.count);
  const out: CommentThread[] = [];
  const overlaps = (a: CommentThread, b: CommentThread): boolean => a.elements.some((x) => b.elements.some((y) => x.contains(y) || y.contains(x)));
  for (const c of candidates) {
    if (out.some((t) => overlaps(t, c))) continue;
    out.push(c);
  }
  return out;
}

/**
 * Comments a template sets straight into the story's block, without a wrapper of their own: the run of three or
 * more comment blocks that ends the block. Each must carry a comment's control (a reply link, a permalink, a vote),
 * not a time stamp or a "What she said:" alone, which a live blog's entries and a story's own quotes carry too;
 * nothing with a sentence's worth of text may stand among or after them.
 */
function commentsInStoryBlock(parent: Element, marked: Element[], controls: Element[], keep: (el: Element) => boolean): Element[] | null {
  const kids = listOf(parent.children);
  const hasControl = (block: Element): boolean => controls.some((c) => block.contains(c));
  const comments = new Set(marked.filter((m) => m.parentElement === parent && !keep(m) && hasControl(m)));
  if (comments.size < 3) return null;
  const first = kids.findIndex((k) => comments.has(k));
  const run = kids.slice(first);
  if (run.some((k) => !comments.has(k) && norm(k.textContent).length >= 80)) return null;
  return run.filter((k) => comments.has(k));
}
