// Furniture recognised by what it is built of, whatever its wording or language: newsletter sign-up boxes (a field
// that asks for an e-mail address, or a button under a "newsletter" label) and app boxes (the two stores' badges).
import type { RemovedKind } from '../types.ts';
import { MAX_BLOCK_CHARS } from './patterns.ts';
import { norm } from './text.ts';
import { listOf } from '../dom-scan.ts';

/** A field that asks for an e-mail address, by its type or by how it is named, labelled or hinted. */
function asksForEmail(input: Element): boolean {
  const type = (input.getAttribute('type') ?? '').toLowerCase();
  if (type === 'email') return true;
  if (type === 'hidden') return false;
  const named = ['name', 'id', 'placeholder', 'aria-label', 'autocomplete'].map((a) => input.getAttribute(a) ?? '').join(' ');
  return /e-?mail/i.test(named);
}

/** The word that labels a sign-up box: "Newsletter: Sport inside" over a "Jetzt abonnieren" button (wort.lu). */
const NEWSLETTER_WORD = /newsletter|nieuwsbrief|infolettre|boletín|ニュースレター|メルマガ/i;

const STORE = /^https?:\/\/(?:(?:apps|itunes)\.apple\.com|play\.google\.com)\//i;

/** A store link drawn as a badge (a picture, no words), not a story's "App Store" in running text. */
function badge(a: Element): boolean {
  return !!a.querySelector('img, svg, picture') || !norm(a.textContent);
}

/**
 * From `start`, the largest ancestor still within `max` characters; with `needs`, only from the first ancestor
 * whose text passes it. Null when no ancestor qualifies or a guarded one (the story) is reached first.
 */
function box(start: Element, max: number, guarded: (el: Element) => boolean, needs?: RegExp): Element | null {
  let found: Element | null = needs ? null : start;
  for (let up = start.parentElement; up; up = up.parentElement) {
    // Far over the limit before its whitespace is folded: a page-sized wrapper. Checked before the guard, whose
    // look at the story's paragraphs costs more, and which most buttons on a page would reach.
    const raw = up.textContent ?? '';
    if (raw.length > 20 * max || guarded(up)) break;
    const text = norm(raw);
    if (text.length > max) break;
    if (!found && needs && !needs.test(text)) continue;
    found = up;
  }
  return found && !guarded(found) ? found : null;
}

/** Sign-up boxes and app boxes under `body`, each once, with their kind; `guarded` elements (the story) never go. */
export function widgetBoxes(body: Element, guarded: (el: Element) => boolean): [Element, RemovedKind][] {
  const out: [Element, RemovedKind][] = [];
  const add = (el: Element | null, kind: RemovedKind): void => {
    if (el && !out.some(([b]) => b.contains(el))) out.push([el, kind]);
  };
  // A field asking for an e-mail address is a sign-up, in a <form> or in a scripted box (independent.co.uk's
  // role="form" with a text field whose placeholder is "Email").
  for (const input of listOf(body.getElementsByTagName('input'))) {
    if (!out.some(([b]) => b.contains(input)) && asksForEmail(input)) add(box(input.closest('form') ?? input, MAX_BLOCK_CHARS.newsletter, guarded), 'newsletter');
  }
  // A button inside a small box labelled "newsletter": the field is a step away (tagesanzeiger.ch's "Einloggen",
  // wort.lu's "Jetzt abonnieren").
  for (const button of listOf(body.getElementsByTagName('button'))) {
    if (!out.some(([b]) => b.contains(button))) add(box(button, MAX_BLOCK_CHARS.newsletter, guarded, NEWSLETTER_WORD), 'newsletter');
  }
  // Both stores' badges side by side make an app box (ntv.com.tr's "NTV uygulamasını indirin" over its badges).
  const stores = listOf(body.getElementsByTagName('a')).filter((a) => STORE.test(a.getAttribute('href') ?? '') && badge(a));
  const play = stores.filter((a) => /play\.google/i.test(a.getAttribute('href')!));
  const holdsPlay = (el: Element): boolean => play.some((a) => el.contains(a));
  for (const apple of stores.filter((a) => !play.includes(a))) {
    if (out.some(([b]) => b.contains(apple))) continue;
    let pair: Element | null = apple.parentElement;
    while (pair && (pair.textContent ?? '').length <= 20 * MAX_BLOCK_CHARS['app-promo'] && !holdsPlay(pair)) pair = pair.parentElement;
    if (pair && holdsPlay(pair) && norm(pair.textContent).length <= MAX_BLOCK_CHARS['app-promo'] && !guarded(pair)) add(box(pair, MAX_BLOCK_CHARS['app-promo'], guarded), 'app-promo');
  }
  return out;
}
