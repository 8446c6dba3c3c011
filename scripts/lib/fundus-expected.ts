// What flairNLP/fundus's hand-written parser for each site extracts from the pages of test/corpora/fundus (that
// project's test expectations, imported with the pages): the story's paragraphs, read here as a second
// extraction-quality ground truth on current news pages. Authors and dates there are hints for labelling only;
// the attribution labels are in test/labels.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_CORPORA_DIR } from './corpus.ts';

export interface FundusExpected {
  /** Corpus id, "fn/<manifest id>". */
  id: string;
  title: string | null;
  /** Summary, then each section's subheadings and paragraphs, in order; null where fundus's parser reads none. */
  body: string[] | null;
}

export function fundusExpected(): FundusExpected[] {
  const file = join(REPO_CORPORA_DIR, 'fundus', 'expected.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const e = JSON.parse(l) as { id: string; title: string | null; body: string[] | null };
      return { id: `fn/${e.id}`, title: e.title, body: e.body };
    });
}
