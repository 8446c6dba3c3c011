// The author's box and the site's boilerplate closing a story go (real lines from five sites); the story's own last
// lines stay, even when they name the site or read like a bio (precision guards).
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { postClean } from '../../src/core/extract/post-clean.ts';

const STORY = [
  'The council approved the new harbour wall on Tuesday night after three hours of debate about its cost and route.',
  'Work is due to start in the spring, and the ferry company said it would keep its timetable during the works.',
  'Residents of the lower town, flooded twice this winter, welcomed the vote and asked for the work to start sooner.',
];

function clean(url: string, tail: string[], head: string[] = []): string[] {
  const html = [...head, ...STORY, ...tail].map((p) => `<p>${p}</p>`).join('');
  return withDocument(`<!doctype html><body><div id="c">${html}</div></body>`, url, (doc) => {
    const root = doc.getElementById('c')!;
    postClean(root);
    return Array.from(root.querySelectorAll('p')).map((p) => p.textContent!.trim());
  });
}

describe('the author box under a story', () => {
  it.each([
    ['https://www.nbcnews.com/news/us-news/a', ['Phil Helsel', 'Phil Helsel is a reporter for NBC News.']],
    ['https://www.pv-magazine.com/2019/11/20/a/', ['Emiliano Bellini', 'Emiliano joined pv magazine in March 2017. He has been reporting on solar and renewable energy since 2009.']],
    ['https://9to5mac.com/2019/11/18/a/', ['Zac covers Apple news for 9to5Mac and hosts the weekly 9to5Mac Happy Hour podcast and 9to5Mac Watch Time podcast.']],
    ['https://www.thespacereview.com/article/3839/1', ['Jeff Foust (jeff@thespacereview.com) is the editor and publisher of The Space Review, and a senior staff writer with SpaceNews.']],
    // ascom.com: a press release's "about the company" boilerplate.
    ['https://www.ascom.com/news-and-events/a.html', ['Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.', 'Ascom is headquartered in Baar (Switzerland), has subsidiaries in 15 countries and employs around 1,300 people worldwide.']],
  ])('%s: the box goes', (url, tail) => {
    expect(clean(url, tail)).toEqual(STORY);
  });

  it.each([
    // The story's own last line names the site but says nothing of who anyone is.
    ['https://www.nbcnews.com/news/a', 'NBC News is reaching out to the company for comment and will update this story.'],
    // A bio of someone at another outlet, quoted in the story.
    ['https://www.nbcnews.com/news/a', 'Jane Roe is a reporter for The Guardian who first revealed the plan in March.'],
    // A bio-like line that does not name the site.
    ['https://www.pv-magazine.com/a', 'Smith is the founder of a solar installer in Busan and has built 40 plants since 2012.'],
  ])('%s: the story\'s last line stays: %s', (url, line) => {
    expect(clean(url, [line])).toEqual([...STORY, line]);
  });

  it('a bio-shaped line before the story\'s end stays', () => {
    const line = 'Phil Helsel is a reporter for NBC News who covered the first vote in 2017.';
    expect(clean('https://www.nbcnews.com/news/a', [], [line])).toEqual([line, ...STORY]);
  });
});
