// The page's interface left inside the story, known by its markup. A <nav> element is a way around the site, not
// a part of the story. Readability keeps what sits beside the story's paragraphs, so these ride along: zeit.de's
// "Seitennavigation · Nächste Seite …", dailycaller.com's "← previous story · next story →", arstechnica.com's
// "Page: 1 2 3 Next →", cracked.com's "Page 1 of 2", nytimes.com's "See next articles" and section row,
// linknaija.com's "Home › Latest News › …", sfgate.com's "Classifieds", sect.iij.ad.jp's "前の投稿 … 次の投稿 …".
import type { RemovedBlock } from '../types.ts';
import { linkShare, norm, snippet } from './text.ts';
import { listOf } from '../dom-scan.ts';

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
  const navs = listOf(root.getElementsByTagName('nav'));
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

/**
 * The captions of a form's controls stay when the sanitiser drops the controls: independent.co.uk's video player
 * settings ("Foreground", "Font Size", "Text Edge Style"), ndtv.com's state picker ("Maharashtra", "Gujarat", …),
 * bhg.com's "Search Videos", twitter.com's "Flag this as containing potentially illegal content.", and the legend
 * of naturalhomemagazine.com's "Article Tools" box. A <label> names a control by definition, so it goes, with the
 * labels of the same block as one "other" entry; a label holding a paragraph of prose is the story's.
 */
export function cutFormLabels(root: Element, removed: RemovedBlock[]): void {
  const labels = [...listOf(root.getElementsByTagName('label')), ...listOf(root.getElementsByTagName('legend'))];
  const groups = new Map<Element, string[]>();
  for (const label of labels) {
    if (!root.contains(label)) continue;
    const text = norm(label.textContent);
    if (text.length > 120 || label.getElementsByTagName('p').length) continue;
    // One entry per region of the story (the block right under the root that holds the label): a form's labels
    // stand in items or cells of their own.
    let region: Element = label;
    while (region.parentElement && region.parentElement !== root) region = region.parentElement;
    const group = groups.get(region) ?? [];
    if (text) group.push(text);
    groups.set(region, group);
    label.remove();
  }
  for (const texts of groups.values()) if (texts.length) removed.push({ kind: 'other', text: snippet(texts.join(' · ')) });
}
