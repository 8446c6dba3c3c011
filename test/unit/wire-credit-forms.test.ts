// Every wire and agency the outlet directory lists is read in every ordinary credit form: an agency added to the
// directory is recognised in a dateline, a byline, a sign-off, a rights line and a source line without new code.
// The lines are written; the forms themselves are backed by real pages in credit-reader.test.ts.
import { describe, expect, it } from 'vitest';
import { readCredits, type Where } from '../../src/core/evidence/credit-forms.ts';
import { resolveCredit } from '../../src/core/attribution/outlet-refs.ts';
import { allOutlets, findOutletByName } from '../../src/core/outlets/directory.ts';

const wires = allOutlets().filter((o) => o.kind === 'wire');

/** A wire's short form as datelines write it, else its name. */
const short = (o: (typeof wires)[number]): string => o.shortForms?.[0] ?? o.name;

const FORMS: [string, Where, (name: string, shortForm: string) => string][] = [
  ['byline with a writer', 'byline', (n) => `By JANE DOE, ${n}`],
  ['byline alone', 'byline', (n) => `By ${n}`],
  ['dateline', 'lead', (_n, s) => `PARIS (${s}) — The council voted on Tuesday to approve the budget.`],
  ['dateline with a date and a colon', 'lead', (_n, s) => `MANILA, March 3 (${s}): The council voted on Tuesday to approve the budget.`],
  ['dateline with a date, the story running on', 'lead', (_n, s) => `Chennai, Mar 3 (${s}) The council voted on Tuesday to approve the budget.`],
  ['sign-off', 'tail', (n) => `The council meets again next week. — ${n}`],
  ['rights line', 'after', (n) => `Copyright 2024 ${n}. All rights reserved.`],
  ['rights sign', 'after', (n) => `© ${n}`],
  ['source line', 'after', (n) => `Source: ${n}`],
];

/** Names the directory gives with a country in brackets ("National News Agency (Lebanon)") are written without it. */
const written = (name: string): string => name.replace(/\s*\([^)]*\)$/, '');

/**
 * Left out, each for a reason: a name several agencies bear says which one only with the page's country
 * ("National News Agency": Lebanon's, Nigeria's), and "(MAP)" is read as the label of a map, not Morocco's agency.
 */
const unreadable = (o: (typeof wires)[number], form: string): boolean =>
  findOutletByName(written(o.name))?.id !== o.id || (o.id === 'map-morocco' && form.startsWith('dateline'));

describe('wires of the directory in every credit form', () => {
  it('has wires to check, nearly all of them readable', () => {
    expect(wires.length).toBeGreaterThan(60);
    expect(wires.filter((o) => unreadable(o, 'byline')).map((o) => o.id)).toEqual(['nna-lebanon']);
  });

  for (const [form, where, line] of FORMS) {
    it(form, () => {
      const missed = wires.filter((o) => {
        if (unreadable(o, form)) return false;
        const text = line(written(o.name), written(short(o)));
        return !readCredits(text, where).some((c) => resolveCredit(c, {})?.entry?.id === o.id);
      });
      // Two-letter short forms stand for a wire in a byline only for "AP" (elsewhere "AA", "PA" or "TT" are a
      // text-size button or initials); datelines and sign-offs read them.
      const allowed = missed.filter((o) => !(form === 'byline alone' && /^[A-Z]{2,3}$/.test(short(o)) && short(o) !== 'AP'));
      expect(allowed.map((o) => `${o.id}: ${line(written(o.name), written(short(o)))}`)).toEqual([]);
    });
  }
});
