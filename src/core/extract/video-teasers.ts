// Another story's video set into the text: a line that is one link to a video page, with maybe a line of its
// description (foxnews.com's "featured video" between paragraphs, nj.com's embedded player titles). The player
// itself never reaches the clean view, so its title is left standing as if it were the story's.
import type { RemovedBlock } from '../types.ts';
import { norm, snippet } from './text.ts';
import { samePage } from '../domain.ts';

/** A video page: a video host ("video.foxnews.com", "videos.nj.com") or a /video/ or /videos/ folder. */
const VIDEO_HREF = /^https?:\/\/videos?\.[^/]+\/|^https?:\/\/[^/]+(?:\/[^/?#]+)*\/videos?\/[^?#]/i;
/** A title: a few words, not a sentence of the story. */
const TITLE = (text: string): boolean => text.length >= 15 && text.length <= 150 && text.split(/\s+/).length >= 3 && !/[.!:]["”’]?$/.test(text);
const DESCRIPTION_CHARS = 450;
const TEASER_BLOCKS = 'div, section, aside, figure, p, span, h2, h3, h4, h5, h6, li';

export function cutVideoTeasers(root: Element, pageUrl: string, removed: RemovedBlock[]): void {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    // A link to the page itself (a video page's own title) is the story's.
    if (!root.contains(a) || !VIDEO_HREF.test(href) || samePage(href, pageUrl)) continue;
    const title = norm(a.textContent);
    // The link is its whole line and opens its block: a video named inside a sentence or after one ("… no longer
    // a threat. (Watch TIME's video …)") is the story's own pointer and stays.
    const line = a.parentElement;
    const block = a.closest('p, li, div, section, figure, h2, h3, h4, h5, h6');
    if (!TITLE(title) || !line || norm(line.textContent) !== title || (block && !norm(block.textContent).startsWith(title))) continue;
    // The teaser is the largest block around the title that holds only it, links to that video alone, and at most
    // a short description.
    let teaser: Element = line;
    for (let up = line.parentElement; up && up !== root && up.matches(TEASER_BLOCKS); up = up.parentElement) {
      const text = norm(up.textContent);
      const others = Array.from(up.querySelectorAll('a[href]')).some((x) => x.getAttribute('href') !== href && norm(x.textContent));
      if (others || text.length > title.length + DESCRIPTION_CHARS || up.querySelectorAll('p').length > 1) break;
      teaser = up;
    }
    removed.push({ kind: 'related', text: snippet(norm(teaser.textContent)) });
    teaser.remove();
  }
}
