// A page's dialogs (a consent manager's preference centre, a sign-in or newsletter modal) sit in the markup beside the
// story, often with more text than a short news story: they leave before Readability chooses. reuters.com's cookie
// settings (OneTrust: aria-modal="true" on a region) were taken for the story; a video player's notice and expressen.se's
// lightbox stood in the text. A story opened in an overlay stays.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';
import { onCorpusPage } from './corpus-page.ts';

const URL = 'https://news.example.com/world/plane-engine-fire';
const STORY = [
  'KATHMANDU (Reuters) - The aviation authority disputed on Tuesday whether the plane had been hit by a bird strike.',
  'The carrier said the aircraft landed normally at its destination just after midnight local time.',
  'An airport official said one of the engines had caught fire shortly after take-off on Monday evening.',
].map((p) => `<p>${p}</p>`).join('');

const COOKIE_TEXT = [
  'When you visit our website, we store cookies on your browser to collect information. The information collected might relate to you, your preferences or your device, and is mostly used to make the site work as you expect it to.',
  'However, you can choose not to allow certain types of cookies, which may impact your experience of the site and the services we are able to offer. Click on the different category headings to find out more and change our default settings.',
  'Strictly necessary cookies are needed for the website to function and cannot be switched off in our systems. They are usually only set in response to actions made by you which amount to a request for services, such as setting your privacy preferences.',
  'Performance cookies allow us to count visits and traffic sources so we can measure and improve the performance of our site. They help us to know which pages are the most and least popular and see how visitors move around the site.',
  'If you are a California consumer, you have the right, at any time, to direct a business that sells your personal information to third parties to not sell your personal information. You may exercise this right through this website.',
].map((p) => `<p>${p}</p>`).join('');

function extract(dialog: string, story = `<h1>Plane engine fire disputed</h1>${STORY}`): string {
  const html = `<!doctype html><head><title>Plane engine fire disputed</title></head><body><main><article>${story}</article></main>${dialog}</body>`;
  return withDocument(html, URL, (doc) => extractArticle(doc, URL, null).text);
}

describe("the page's dialogs", () => {
  it.each([
    ['a preference centre marked aria-modal on a region (OneTrust)', (t: string) => `<div id="pc-sdk" role="region" aria-modal="true" aria-label="Preference center"><h2>Privacy Preference Center</h2>${t}</div>`],
    ['a role="dialog" modal', (t: string) => `<div role="dialog" aria-labelledby="m"><h2 id="m">Your privacy</h2>${t}</div>`],
    ['a <dialog> element', (t: string) => `<dialog><h2>Your privacy</h2>${t}</dialog>`],
  ])('%s leaves, long as it is, and the story is read', (_, dialog) => {
    const text = extract(dialog(COOKIE_TEXT));
    expect(text).toContain('The aviation authority disputed on Tuesday');
    expect(text).toContain('one of the engines had caught fire');
    expect(text).not.toMatch(/cookies|California consumer/);
  });

  it('a story opened in an overlay, its headline inside the dialog, stays', () => {
    const text = extract('', `<div role="dialog" aria-modal="true"><h1>Plane engine fire disputed</h1>${STORY}</div>`);
    expect(text).toContain('The aviation authority disputed on Tuesday');
  });

  it("real pages: a video player's modal notice (readability's bug-1255978 page) and expressen.se's lightbox leave the text", () => {
    const player = onCorpusPage('rtp/bug-1255978', (doc, url) => extractArticle(doc, url, null).text);
    expect(player).not.toContain('This is a modal window');
    expect(player).toContain('Star Wars');
    const lightbox = onCorpusPage('fn/se-Expressen-2025-10-23', (doc, url) => extractArticle(doc, url, null).text);
    expect(lightbox.split('\n\n')).not.toContain('Bild 1 av 1');
    expect(lightbox.length).toBeGreaterThan(1000);
  });

  it('reuters.com, the real page: the story, not the cookie settings', () => {
    const text = onCorpusPage('fn/us-Reuters-2023-05-16', (doc, url) => extractArticle(doc, url, null).text);
    expect(text).toContain("Nepal's civil aviation authority disputed on Tuesday");
    expect(text).not.toMatch(/CCPA|store cookies on your browser/);
  });
});
