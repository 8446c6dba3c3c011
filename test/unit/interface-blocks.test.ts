// The page's interface Readability leaves beside the story goes, known by its markup: a <nav> block as "navigation"
// (the next page of a multi-page story, the previous and next stories, a page counter, a section row), and the
// labels of form controls the sanitiser drops. A story a template wraps in such an element stays, and so does prose
// standing in one.
import { describe, expect, it } from 'vitest';
import { extractPage, PARAS, STORY, STORY_TITLE, storyWith } from './written-story.ts';

function extract(body: string): { text: string; nav: string[]; other: string[] } {
  const page = extractPage(body);
  return { text: page.text, nav: page.removed('navigation'), other: page.removed('other') };
}

describe('navigation elements inside the story', () => {
  it.each([
    // zeit.de: the next page of a multi-page story, under a hidden heading.
    ['<nav><h3>Seitennavigation</h3><a href="/2024/03/council-budget/seite-2"><span>Nächste Seite</span> <span>Das Krokodil und seine Verbündeten</span></a></nav>', 'Nächste Seite'],
    // dailycaller.com: the previous and next stories.
    ['<nav><a href="/2024/03/04/other">← Browns Suspend Josh Gordon For Violating Team Rules</a> <a href="/2024/03/06/next">Who Got Fired On Black Monday? →</a></nav>', 'Browns Suspend'],
    // arstechnica.com: a page counter.
    ['<nav class="page-numbers">Page: <span>1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next →</a></nav>', 'Next →'],
    // nytimes.com: the section row.
    ['<nav><ul><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/arts">Arts</a></li><li><a href="/living">Living</a></li></ul></nav>', 'Opinion'],
  ])('%s', (nav, words) => {
    const got = extract(storyWith(nav));
    expect(got.text).not.toContain(words);
    expect(got.nav.join(' ')).toContain(words);
    expect(got.text).toContain(PARAS[3]);
  });

  it('keeps a story its template wraps in a <nav>', () => {
    const got = extract(`<div><nav><h1>${STORY_TITLE}</h1>${STORY}</nav></div>`);
    for (const p of PARAS) expect(got.text).toContain(p);
  });

  it('keeps prose standing in a navigation block beside the story', () => {
    const note = 'This story is part of a series on how the city spends its money, which we will continue to follow through the year as new figures are published and the council revisits its plans for the roads, the schools and the main bridge over the river.';
    const got = extract(storyWith(`<nav><p>${note}</p></nav>`));
    expect(got.text).toContain(note);
  });
});

describe('labels of form controls inside the story', () => {
  it.each([
    // independent.co.uk: a video player's caption settings.
    ['<div class="player"><div><label>Foreground</label><select><option>White</option></select></div><div><label>Font Size</label><select><option>100%</option></select></div><div><label>Text Edge Style</label><select><option>None</option></select></div></div>', ['Foreground', 'Font Size', 'Text Edge Style']],
    // ndtv.com: a picker of states in a statistics box.
    ['<div class="states"><ul><li><input type="radio" id="s1"><label for="s1">Maharashtra</label></li><li><input type="radio" id="s2"><label for="s2">Gujarat</label></li></ul></div>', ['Maharashtra', 'Gujarat']],
    // bhg.com: a search box under a video.
    ['<div class="search"><label for="q">Search Videos</label><input id="q" type="search"></div>', ['Search Videos']],
  ])('%s', (box, words) => {
    const got = extract(storyWith(box));
    for (const w of words) {
      expect(got.text).not.toContain(w);
      expect(got.other.join(' ')).toContain(w);
    }
    expect(got.text).toContain(PARAS[3]);
  });

  it('keeps prose a template set inside a label', () => {
    const note = 'The council will publish the full budget on its website next week, together with the minutes of the meeting and the written answers to the questions residents sent in.';
    const got = extract(storyWith(`<label><p>${note}</p></label>`));
    expect(got.text).toContain(note);
  });
});
