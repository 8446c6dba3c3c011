// Another story's headline set into the text under a bold kicker goes (real lines from two sites); labelled lines
// of the story itself stay (real lines from two other sites, and the shapes of steps, facts, notes and tips).
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { removeFurnitureAndLinkLines } from '../../src/core/extract/furniture-lines.ts';

const BEFORE = '<p>The council approved the new harbour wall on Tuesday night after three hours of debate about its cost.</p>';
const AFTER = '<p>Work is due to start in the spring, and the ferry company said it would keep its timetable during the works.</p>';

/** The paragraphs left after line cleaning of a story with `lines` between two of its paragraphs. */
function kept(lines: string, url = 'https://news.example.com/a'): string[] {
  return withDocument(`<!doctype html><body><div id="c">${BEFORE}${lines}${AFTER}</div></body>`, url, (doc) => {
    const root = doc.getElementById('c')!;
    removeFurnitureAndLinkLines(root, []);
    return Array.from(root.querySelectorAll('p')).map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
  });
}

describe('another story\'s headline under a bold kicker', () => {
  it.each([
    ['usatoday.com', '<p><strong style="margin-right:3px;">Internal memo: </strong>Federal prison guards falsified records of cell checks, inmate counts</p>'],
    ['usatoday.com', '<p><strong style="margin-right:3px;">Staffers \'don\'t care\': </strong>Federal prison suicides were quietly rising before Jeffrey Epstein\'s death in a New York detention center</p>'],
    ['argusleader.com', '<p><strong style="margin-right:3px;">\'Meth. We\'re On It.\': </strong>South Dakota spends $449K on new anti-meth ad campaign</p>'],
  ])('%s: the line goes', (_site, line) => {
    expect(kept(line)).toHaveLength(2);
  });
});

describe('labelled lines of the story stay', () => {
  it.each([
    // floridatoday.com: a game's scorers, each team under its bold label.
    ['a result', '<p><strong>Rockledge (0-1): </strong>Blakely 15 points. Devoe 2 points. Baker 6 points. Brown 4 points.</p>'],
    // thedebrief.co.uk: a list item of the story, ending as a sentence.
    ['a sentence', '<p><strong>Quitting your job email: </strong>Fuck you, pay me.</p>'],
    ['a step', '<p><strong>Step 2: </strong>Fold the egg whites into the batter with a large metal spoon</p>'],
    ['a fact', '<p><strong>Admission: </strong>free for children under twelve and for members of the museum</p>'],
    ['a note', '<p><strong>Editor\'s note: </strong>An earlier version of this story gave the wrong date for the vote</p>'],
    ['a linked line (judged by its links elsewhere)', '<p><strong>Harbour works: </strong>See the plans the council published for the <a href="https://other.example.org/plans">new harbour wall and its route</a></p>'],
  ])('%s', (_what, line) => {
    expect(kept(line)).toHaveLength(3);
  });

  it('thedebrief.co.uk: the site speaking in its own name', () => {
    const line = '<p><strong>The Debrief: </strong>Ed put the cupid bow and arrow down, and stick to playing the guitar</p>';
    expect(kept(line, 'http://www.thedebrief.co.uk/2014/12/a')).toHaveLength(3);
    expect(kept(line)).toHaveLength(2);
  });

  it.each([
    // beachbodyondemand.com: each recipe's containers under the same label, most of them short.
    ['beachbodyondemand.com', '<p><strong>Portion Fix Containers: </strong>1 Green, 1 Red, 1 Orange, and a little Yellow on the side</p>', '<p><strong>Portion Fix Containers: </strong>1 Purple</p>'],
    // wordpress.com: a book review's fields.
    ['wordpress.com', '<p><strong>Book Title: </strong>Brick by Red Brick – Ravi Matthai and the making of IIM Ahmedabad</p>', '<p><strong>Author: </strong>T T Ram Mohan</p>'],
  ])('%s: a story labelling its own lines keeps them all', (_site, line, other) => {
    expect(kept(`${line}${AFTER}${other}`)).toHaveLength(5);
    expect(kept(line)).toHaveLength(2);
  });

  it('a run of labelled tips is the story\'s list', () => {
    const tips = [
      '<p><strong>Keep it cool: </strong>Store the dough in the fridge overnight so the butter sets again</p>',
      '<p><strong>Go slowly: </strong>Roll from the middle outwards and turn the sheet a quarter each time</p>',
    ].join('');
    expect(kept(tips)).toHaveLength(4);
  });
});
