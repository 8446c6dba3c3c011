// An advert set into the story as if it were part of it, marked only by a sponsorship label: a "Sponsored" pill
// closing a sponsor's paragraph under its linked heading (ma.ttias.be's newsletter), "Sponsored by State Farm" over
// a native ad's heading and text (littlethings.com). The label alone is furniture; the block it marks is the ad.
import { norm } from './text.ts';

/** A sponsorship label standing alone, in the languages Upstream reads. "Advertisement" marks a slot, not its neighbours. */
export const SPONSOR_LABEL =
  /^(?:sponsored|sponsored (?:by|content|post|story)(?: .{1,40})?|paid (?:content|post|partnership)|paid for by .{1,40}|promoted(?: by .{1,40})?|partner content|advertorial|gesponsert|sponsorisé|contenu sponsorisé|patrocinado|contenido patrocinado|conteúdo patrocinado|sponsorizzato|contenuto sponsorizzato|gesponsord|スポンサー(?:リンク)?|赞助内容)$/i;

/** What a sponsor's block may hold: a paragraph or two of pitch, not a stretch of the story. */
const AD_CHARS = 700;
const HEADINGS = /^H[2-6]$/;

/**
 * The block a sponsorship label marks: the largest block around it that opens or closes with the label, is short
 * and holds two paragraphs at most; with the heading right above it when that heading is one link (the ad's
 * title). Just the label when it stands in a longer block or is a link (a menu's section), a story's own "sponsored
 * by the city" being no label at all: the pattern wants the label's whole text.
 */
export function sponsoredBlock(label: Element, root: Element): Element[] {
  const said = norm(label.textContent);
  // A menu's "Sponsored Content" links to a section: it marks no advert around it.
  if (label.closest('a[href]')) return [label];
  let block = label;
  for (let up = label.parentElement; up && up !== root; up = up.parentElement) {
    const text = norm(up.textContent);
    if (text.length > AD_CHARS || up.getElementsByTagName('p').length > 2 || !(text.startsWith(said) || text.endsWith(said))) break;
    block = up;
  }
  if (block === label) return [label];
  const heading = block.previousElementSibling;
  const links = heading?.querySelectorAll('a[href]');
  const titled = !!heading && HEADINGS.test(heading.tagName) && links!.length === 1 && norm(links![0]!.textContent) === norm(heading.textContent);
  return titled ? [heading, block] : [block];
}
