// A line of links to the site's topic, tag or section pages left in the story: "Mehr zum Thema Performance
// JavaScript Microsoft" (heise.de), "See photos of: NFL, Brett Favre, Minnesota Vikings" (usatoday.com), "Mehr
// Artikel aus dieser Rubrik gibt's hier: Wirtschaft" (abendblatt.de), a tag cloud "RIP Gossip / Rumors Exclusive"
// (tmz.com). Navigation, not story.
import { domainOfUrl } from '../domain.ts';
import { isRelatedHeading } from './patterns.ts';
import { linkDomain, norm, textAroundLinks } from './text.ts';
import { listOf } from '../dom-scan.ts';

/** What may join the links: separators only, no words. */
const GLUE = /^[\s|•·/,;–—-]*$/;
/** A topic's name: a word at least (not a footnote's "[41]"), four words at most, no sentence. */
const TOPIC = /^(?=.*\p{L})[^.!?]{1,40}$/u;

/**
 * Whether `el`'s whole text is a row of topic links: links to the site's own pages, each a topic's short name, with
 * only separators between them; before them nothing (three links or more) or a short label that says what they are
 * (closed by a colon, or a related heading such as "Mehr zum Thema"). Guards: a sentence that links ("Read <a>the
 * report</a> here.") has words around its links; a list of sources links out ("Sources: <a>Reuters</a>, <a>AP</a>");
 * a run of headlines is judged as other stories (isLinkLine), not here.
 */
export function isTopicLinks(el: Element, text: string): boolean {
  if (text.length > 160) return false;
  const links = listOf(el.getElementsByTagName('a')).filter((a) => a.hasAttribute('href') && norm(a.textContent));
  const page = domainOfUrl(el.ownerDocument.URL);
  if (!links.length || !page) return false;
  const topic = (a: Element): boolean => {
    const name = norm(a.textContent);
    return TOPIC.test(name) && name.split(' ').length <= 4;
  };
  if (!links.every((a) => linkDomain(a) === page && topic(a))) return false;
  const { lead, gaps, tail } = textAroundLinks(el, links);
  if (!gaps.every((g) => GLUE.test(g)) || !GLUE.test(tail)) return false;
  const label = norm(lead);
  if (!label) return links.length >= 3;
  return label.length <= 50 && (/[:：]$/.test(label) || isRelatedHeading(label));
}
