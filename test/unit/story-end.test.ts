// After the story's last paragraph, runs of other stories' headlines go (real runs from two sites), while the
// story's own lists and fact boxes in the same place stay (real lines from two other sites).
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { postClean } from '../../src/core/extract/post-clean.ts';

const STORY = [
  'The council approved the new harbour wall on Tuesday night after three hours of debate about its cost and route.',
  'Work is due to start in the spring, and the ferry company said it would keep its timetable during the works.',
  'Residents of the lower town, flooded twice this winter, welcomed the vote and asked for the work to start sooner.',
].map((p) => `<p>${p}</p>`).join('');

/** The lines left after post-cleaning a story followed by `tail`. */
function linesAfter(tail: string): { kept: string[]; removed: string[] } {
  return withDocument(`<!doctype html><body><div id="c">${STORY}${tail}</div></body>`, 'https://news.example.com/a', (doc) => {
    const root = doc.getElementById('c')!;
    const removed = postClean(root).map((r) => r.text);
    const kept = Array.from(root.querySelectorAll('p, li')).map((el) => el.textContent!.trim());
    return { kept, removed };
  });
}

describe('after the story ends', () => {
  it.each([
    ['nbcdfw.com', ['Help Shape the Future of Public Transit in Fort Worth', 'Man Shot at Dallas Gas Station Dies at Hospital', 'Fort Worth May Dry Human Waste and Sell It as Fertilizer']],
    ['wsj.com', ['Standoff at a Hong Kong University Following Night of Violence', 'Volker Saw No Harm in Investigating Unfounded Theories']],
    ['albawaba.com', ['US: Top 100 Brands Are Worth More Than the GDP of Germany', 'Lebanon: Bank Employees Resume Work After Week-Long Strike']],
  ])('%s: a run of other stories\' headlines goes', (_site, headlines) => {
    const { kept } = linesAfter(headlines.map((h) => `<p>${h}</p>`).join(''));
    for (const h of headlines) expect(kept).not.toContain(h);
    expect(kept).toHaveLength(3);
  });

  it.each([
    // vortexcannon.org: the game's features, a sentence-case list after the last paragraph.
    ['vortexcannon.org', '<ul><li>Hundreds of cool erotic tasks that will make your sex life fuller and more interesting</li><li>Dozens of tricky questions that will help to know each other better</li><li>A large variety of sex toys and fetishes for fine-tuning the game</li></ul>'],
    // jeongdongtheater.com: the performance's fact box.
    ['jeongdongtheater.com', '<p>VIP : 60,000₩ R : 50,000₩ S : 40,000₩</p><p>Inquiry 02-751-1500</p><p>Ticketing www.jeongdongtheater.com</p>'],
  ])('%s: the story\'s own list or fact box stays', (_site, tail) => {
    const { kept, removed } = linesAfter(tail);
    expect(removed).toEqual([]);
    expect(kept.length).toBeGreaterThan(3);
  });
});
