// The page's own navigation left inside the story: a <nav> element is, by its markup, a way around the site, not
// a part of the story. Readability keeps what sits beside the story's paragraphs, so these ride along: zeit.de's
// "Seitennavigation · Nächste Seite …", dailycaller.com's "← previous story · next story →", arstechnica.com's
// "Page: 1 2 3 Next →", cracked.com's "Page 1 of 2", nytimes.com's "See next articles" and section row,
// linknaija.com's "Home › Latest News › …", sfgate.com's "Classifieds", sect.iij.ad.jp's "前の投稿 … 次の投稿 …".
import type { RemovedBlock } from '../types.ts';
import { linkShare, norm, snippet } from './text.ts';

/**
 * A story wrapped in a navigation element by its template is still the story: a navigation block stays when it
 * holds prose (more than a line of its own words: navigation is links and their labels) or most of the text.
 */
function isStoryInside(nav: Element, text: string, storyChars: number): boolean {
  if (text.length * 2 >= storyChars) return true;
  return text.length > 200 && linkShare(nav) < 0.5;
}

/** Removes <nav> blocks from the extracted story; each is one "navigation" entry. */
export function cutNavElements(root: Element, removed: RemovedBlock[]): void {
  const navs = Array.from(root.getElementsByTagName('nav'));
  if (!navs.length) return;
  const storyChars = norm(root.textContent).length;
  for (const nav of navs) {
    if (!root.contains(nav)) continue;
    const text = norm(nav.textContent);
    if (text && isStoryInside(nav, text, storyChars)) continue;
    if (text) removed.push({ kind: 'navigation', text: snippet(text) });
    nav.remove();
  }
}
