// A written four-paragraph news story for clean-view tests, and what extraction makes of a page built around it.
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';
import type { RemovedKind } from '../../src/core/types.ts';

export const STORY_URL = 'https://www.example-news.com/news/2024/03/05/council-budget';
export const STORY_TITLE = 'Council approves budget';
export const PARAS = [
  'The city council voted on Tuesday to approve a new budget that increases spending on roads and schools, officials said after a long meeting.',
  'The plan, which passed by a vote of seven to two, sets aside money for repairs to the main bridge and for hiring more teachers next year.',
  'Critics said the budget relies on optimistic forecasts of tax revenue, and warned that the city could face a shortfall if the economy slows.',
  'The mayor defended the plan, saying it reflects the priorities residents expressed during a series of public hearings held over the summer.',
];
export const STORY = PARAS.map((p) => `<p>${p}</p>`).join('');

/** The story as an article under its headline, with `after` following its last paragraph. */
export const storyWith = (after: string): string => `<article><h1>${STORY_TITLE}</h1>${STORY}${after}</article>`;

/** Extracts a page whose body is `body`: the clean text and the snippets "Removed from this page" lists, by kind. */
export function extractPage(body: string): { text: string; removed: (kind: RemovedKind) => string[] } {
  const html = `<!doctype html><head><title>${STORY_TITLE}</title></head><body>${body}</body>`;
  return withDocument(html, STORY_URL, (doc) => {
    const a = extractArticle(doc, STORY_URL, null);
    return { text: a.text, removed: (kind: RemovedKind) => a.removed.filter((r) => r.kind === kind).map((r) => r.text) };
  });
}
