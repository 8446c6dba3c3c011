// The author's box under a story: "Phil Helsel is a reporter for NBC News.", "Emiliano joined pv magazine in March
// 2017.", a press release's "Ascom is headquartered in Baar…". It describes the site's people or the site, not the
// story, and it closes the page, so only the last blocks are read, and only lines that name the site itself.
import type { RemovedBlock } from '../types.ts';
import { domainOfUrl, domainStem } from '../domain.ts';
import { norm, snippet } from './text.ts';
import { compact } from '../text.ts';

/** A name, then what the person (or company) is or does: "Zac covers…", "Jeff Foust (jeff@…) is the editor…". */
const BIO_OPENING = /^(?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}\d'’.-]*(?:\s\([^)]{1,80}\))?,?\s(?:is|was|has been|joined|covers|writes|reports)\s/u;
/** What a bio says someone is; a story's own last line ("NBC News is reaching out to the company") says none of it. */
const BIO_ROLE =
  /\b(?:reporters?|editors?|writers?|correspondents?|journalists?|columnists?|contributors?|authors?|publishers?|producers?|anchors?|hosts?|founders?|covers|joined|provider|headquartered|subsidiar(?:y|ies))\b/i;
/** The author's name alone above the bio: two to four capitalised words. */
const NAME_LINE = /^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Lu}[\p{L}'’.-]+$/u;

/** Removes the author box and the site's boilerplate closing the story, given the story's leaf blocks in order. */
export function cutAuthorBox(root: Element, blocks: Element[], url: string, removed: RemovedBlock[]): void {
  const site = compact(domainStem(domainOfUrl(url)));
  if (site.length < 4) return;
  let cut = false;
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 6); i--) {
    const b = blocks[i]!;
    if (!root.contains(b)) continue;
    const text = norm(b.textContent);
    if (!text) continue;
    const bio = text.length <= 800 && BIO_OPENING.test(text) && BIO_ROLE.test(text) && compact(text).includes(site);
    // The author's name on its own line goes with the bio under it.
    if (!bio && !(cut && text.length <= 40 && NAME_LINE.test(text))) break;
    removed.push({ kind: 'other', text: snippet(text) });
    b.remove();
    cut = true;
  }
}
