// A breadcrumb trail left in the story: the site's sections as links joined by "»" or ">", the page's own title
// after the last one ("Mensagens » Mensagens de Autoestima » Só quem se Ama…", mensagensreflexao.com.br;
// "福娘童話集 > きょうのイソップ童話 > １月のイソップ童話 > 欲張りなイヌ", hukumusume.com). Navigation, not story.
import { norm, textAroundLinks } from './text.ts';
import { listOf } from '../dom-scan.ts';

/**
 * What joins the steps of a trail: one arrow-like mark, nothing else. Not "|" or "/": they join menus, social links
 * ("Follow Backchannel: Twitter | Facebook") and names ("Blob/ File") as often.
 */
const ARROWS = '[»›>→▸]';
const STEP = new RegExp(`^\\s*(?:${ARROWS}|::)\\s*$`);
/** The end of a trail: a mark, then the page's own title. */
const TITLE_TAIL = new RegExp(`^\\s*(?:${ARROWS}|::)\\s*(.*)$`, 's');
const ARROW = new RegExp(ARROWS);
/** A label before the trail ("You are here:", "Sie sind hier:"): short and closed by a colon. */
const LEAD = /^\s*(?:[^:]{1,30}:)?\s*$/;

/**
 * Whether `el`'s whole text is a breadcrumb trail: two links or more, every pair joined by one arrow-like mark and
 * nothing else, then at most that mark and the page's title. Guards: a shell line ("echo 'fix' > file2") has no
 * links; a sentence naming a menu path ("Open <a>Settings</a> > <a>Privacy</a> to change it") has words around it.
 */
export function isBreadcrumb(el: Element, text: string): boolean {
  if (text.length > 250) return false;
  const links = listOf(el.getElementsByTagName('a')).filter((a) => a.hasAttribute('href') && norm(a.textContent));
  if (links.length < 2) return false;
  const { lead, gaps, tail } = textAroundLinks(el, links);
  if (!gaps.every((g) => STEP.test(g))) return false;
  // After the last link: nothing, or a mark and the page's own title.
  const title = TITLE_TAIL.exec(tail);
  return LEAD.test(lead ?? '') && (!norm(tail) || (!!title && norm(title[1]).length <= 100 && !ARROW.test(title[1]!)));
}
