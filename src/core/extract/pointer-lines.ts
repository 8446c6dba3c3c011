// Lines inside a story that point at another story of the same site: a short label and the link ("Zum Artikel: …"),
// or the link set in brackets ("[Learn how to stop apps from tracking your location.]"). A link to another site
// stays: "Quelle: …", "Source: …" name where the facts come from.
import { domainOfUrl, httpUrl, samePage } from '../domain.ts';
import { norm } from './text.ts';

/** The block's one link, by its words. */
function onlyLink(el: Element): { a: Element; title: string } | null {
  const links = el.getElementsByTagName('a');
  return links.length === 1 ? { a: links[0]!, title: norm(links[0]!.textContent) } : null;
}

/** The link goes to another page of the page's own site. */
function toOtherPageOfSite(a: Element): boolean {
  const page = a.ownerDocument.URL;
  const href = httpUrl(a.getAttribute('href'), page);
  return !!href && domainOfUrl(href) === domainOfUrl(page) && !samePage(href, page);
}

/**
 * A paragraph set in brackets around a link to another story of the site, its words half the line or more: "[Learn
 * how to stop apps from tracking your location.]" (nytimes.com), "[Read: Tunisia sends most foreign fighters to
 * Islamic State in Syria]" (washingtonpost.com). An editor's note in brackets ("[Note: …]") holds no such link.
 */
export function isBracketedPointer(el: Element, text: string): boolean {
  if (text.length > 200 || !/^\[[^\]]+\]\.?$/.test(text)) return false;
  const link = onlyLink(el);
  return !!link && link.title.split(' ').length >= 3 && link.title.length >= 0.5 * text.length && toOtherPageOfSite(link.a);
}

/** A pointer's label, in any language: a few words closed by a colon, a bar or an arrow ("Zum Artikel:", "FUNDA OLUNYE UDABA LAPHA |"). */
const POINTER_LABEL = /^[^:|»>→.!?]{0,40}(?::|\||»|>>|→)$/u;

/**
 * A line that points at another story of the site: a short label and, after it, the one link it holds, another
 * page's headline (br.de's "Zum Artikel: Tarifrunde im ÖPNV: Das wird verhandelt", eyethunews.co.za's "FUNDA OLUNYE
 * UDABA LAPHA | …"). The label is judged by its shape, not its words. A link to another site stays: "Quelle: …",
 * "Source: …" name where the facts come from.
 */
export function isPointerLine(el: Element, text: string): boolean {
  if (text.length > 200) return false;
  const link = onlyLink(el);
  if (!link || link.title.split(' ').length < 3 || !text.endsWith(link.title)) return false;
  const label = text.slice(0, text.length - link.title.length).trim();
  return !!label && POINTER_LABEL.test(label) && toOtherPageOfSite(link.a);
}
