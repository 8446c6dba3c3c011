// Calls to action that close the story's last paragraphs as sentences of their own: "Follow him on Twitter
// @michaeldwall. Follow us on Twitter @Spacedotcom or Facebook." (space.com, after a line about the author's book),
// "Have you subscribed to …'s email newsletter? You can also follow us on Facebook, Twitter…" (gizmodo.com.au),
// "Get HuffPost Business On Twitter, Facebook…! Know something we don't? E-mail us at …" (huffingtonpost.com), and
// calls for tips or submissions.
// A block-level pattern misses them because the paragraph opens with something else, or because the pitch is
// the whole paragraph but says several things. Only whole sentences at the end go; the story's own words stay.
import type { RemovedBlock } from '../types.ts';
import { escapeRegExp } from '../text.ts';
import { norm, snippet } from './text.ts';
import { PODCAST_PITCH } from './vocab.ts';

const PODCAST_LINE = new RegExp(`^${PODCAST_PITCH}`, 'i');

const PLATFORM = /\b(?:twitter|facebook|instagram|linkedin|youtube|pinterest|tiktok|threads|bluesky|mastodon|google\+?|x\.com)\b|@\w{2,}/i;

/** A sentence that only asks the reader to do something: follow, subscribe, write in. */
function callSentence(s: string): boolean {
  if (s.length > 200) return false;
  if (/^(?:(?:you can|you may|be sure to|don'?t forget to|please)\s+)?(?:also\s+)?(?:follow|like|join|find|friend|connect with)\s+(?:us|him|her|them|me|@\w+)\b/i.test(s)) return PLATFORM.test(s);
  // The writer or the outlet by name: "Follow Steph on Twitter @imjustasteph." (occupydemocrats.com), "Follow The
  // Aviationist on Twitter." (businessinsider.com), "Follow Boniface Mwangi on Facebook and read more of his posts"
  // (kenya-today.com, its markup's stray quote and bracket before the name).
  if (/^follow\s+(?:[“"”>]+\s*)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+on\s+(?:twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|x)\b/iu.test(s)) return true;
  return (
    /^get\s[^.!?]{0,40}\bon (?:twitter|facebook|instagram)\b/i.test(s) ||
    /^(?:have you|did you)\s+(?:subscribed|signed up)\s+(?:to|for)\b[^.!?]{0,60}\bnewsletters?\b/i.test(s) ||
    // A call for tips or submissions and where to send them ("Questions? Comments? Email us at", cnbc.com; "Have a
    // remodel or a DIY project to share with us? Submit it here!", thekitchn.com; "Interested in sharing your home
    // with …? Contact the editors through …", apartmenttherapy.com).
    /^["“]?(?:questions|comments|feedback|suggestions|story ideas|tips)\?$/i.test(s) ||
    // A podcast's pitch, and where to subscribe to it ("… KPBS' daily news podcast. Subscribe via iTunes, Google Play or
    // your favorite podcatcher.", kpbs.org).
    PODCAST_LINE.test(s) ||
    /^subscribe (?:via|on|in|to)\b[^.!?]{0,80}\b(?:itunes|apple podcasts|spotify|google play|google podcasts|podcatcher|podcasts?)\b/i.test(s) ||
    /^(?:[•·]\s*)?[^?]{0,120}\b(?:share with us|we should know|know something we don'?t|tell us about|sharing your (?:home|story|project))\b[^?]{0,60}\?$/i.test(s) ||
    /^(?:e-?mail|contact|write to|reach|submit|send)\s[^.!?]{0,100}?\b(?:us|the (?:author|writer|reporter|editors?|newsroom)|it here|them here)\b.{0,100}$/i.test(s)
  );
}

/**
 * A closing sentence sending the reader elsewhere for more: "For more about hiring trends, watch this Fortune video:"
 * (fortune.com), "For the latest article in LeanData's ongoing series …, read here." (leandatainc.com), "For more on
 * news and current affairs from around the world please visit Indiatimes News." (indiatimes.com), "For more of the
 * same, support us." (npr.org). Other stories ('related') or a pitch ('promo'), by the verb. Where to find more
 * information on the story's subject is the story's ("For more information, visit the company's site", a press
 * release; "For more details about redundancy, see chapter 4", a book).
 */
const FOR_MORE = /^for (?:more|the latest|all the latest|further|additional)\b(?! (?:information|info|details?)\b)[^.!?]{0,120}?(?:,\s*(?:please\s+)?|\s+please\s+)(?:also\s+)?(?:(?<read>read|watch|see|check out|listen to|head (?:over )?to|go to|click)|visit|sign up|subscribe|support|follow|download|join|donate|tune in)\b[^!?]{0,120}$/i;

function closingKind(s: string): 'promo' | 'related' | null {
  if (s.length <= 240) {
    const pointer = FOR_MORE.exec(s);
    if (pointer) return pointer.groups?.read ? 'related' : 'promo';
  }
  return callSentence(s) ? 'promo' : null;
}

/** The text from `sentence` on (found again in the raw text, whose spacing the normalised copy lost) is cut. */
function cutFrom(el: Element, sentence: string): boolean {
  const words = sentence.split(' ').slice(0, 4).map(escapeRegExp);
  const raw = el.textContent ?? '';
  let at = -1;
  for (const m of raw.matchAll(new RegExp(words.join('\\s+'), 'g'))) at = m.index ?? at;
  if (at < 0) return false;
  // Walk the text nodes, keeping what comes before `at` and dropping the rest (and elements left empty).
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* SHOW_TEXT */);
  let seen = 0;
  const drop: Text[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const len = n.data.length;
    if (seen + len <= at) seen += len;
    else if (seen >= at) drop.push(n);
    else {
      n.data = n.data.slice(0, at - seen);
      seen += len;
    }
  }
  for (const n of drop) {
    const parent: Element | null = n.parentElement;
    n.remove();
    for (let p = parent; p && p !== el && !norm(p.textContent) && !p.querySelector('img, picture, video'); ) {
      const up: Element | null = p.parentElement;
      p.remove();
      p = up;
    }
  }
  return true;
}

/** Trailing calls to action and pointers in the story's last `blocks` (leaf blocks in order) are removed. */
export function cutTrailingCalls(root: Element, blocks: Element[], removed: RemovedBlock[]): void {
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 4); i--) {
    const b = blocks[i]!;
    if (!root.contains(b)) continue;
    const text = norm(b.textContent);
    if (!text || text.length > 1500) continue;
    const sentences = text.split(/(?<=[.!?])\s+(?=["“]?[\p{Lu}@])/u);
    let keep = sentences.length;
    const kinds = new Set<'promo' | 'related'>();
    while (keep > 0) {
      const kind = closingKind(sentences[keep - 1]!);
      if (!kind) break;
      kinds.add(kind);
      keep--;
    }
    if (keep === sentences.length) continue;
    const calls = sentences.slice(keep).join(' ');
    if (keep === 0) b.remove();
    else if (!cutFrom(b, sentences[keep]!)) continue;
    removed.push({ kind: kinds.has('promo') ? 'promo' : 'related', text: snippet(calls) });
  }
}
