// Breadcrumb trails Readability keeps at the top of a story go as navigation; lines that only look like one stay.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';
import { isBreadcrumb } from '../../src/core/extract/breadcrumbs.ts';

const URL = 'https://www.example-stories.com/fables/greedy-dog';
const STORY = [
  'A dog was carrying a piece of meat across a bridge over a quiet stream on his way home from the market.',
  'Looking down, he saw his own reflection in the water and took it for another dog with a bigger piece of meat.',
  'He snapped at the reflection to take the other piece too, and his own fell into the stream and was lost.',
].map((p) => `<p>${p}</p>`).join('');

function extract(top: string): { text: string; nav: string[] } {
  const html = `<!doctype html><head><title>The greedy dog</title></head><body><article>${top}<h1>The greedy dog</h1>${STORY}${STORY}</article></body>`;
  return withDocument(html, URL, (doc) => {
    const a = extractArticle(doc, URL, null);
    return { text: a.text, nav: a.removed.filter((r) => r.kind === 'navigation').map((r) => r.text) };
  });
}

describe('breadcrumb trails', () => {
  it('mensagensreflexao.com.br: sections joined by "»", the page\'s title last', () => {
    const got = extract('<p class="brand"><span><a href="/">Mensagens</a> » <span><a href="/autoestima">Mensagens de Autoestima</a> » <strong>Só quem se Ama…</strong></span></span></p>');
    expect(got.text).not.toMatch(/Mensagens de Autoestima/);
    expect(got.nav).toContain('Mensagens » Mensagens de Autoestima » Só quem se Ama…');
  });

  it('hukumusume.com: sections joined by ">", in Japanese', () => {
    const got = extract('<p align="center"><a href="/index.html">福娘童話集</a> &gt; <a href="../index.html">きょうのイソップ童話</a> &gt; <a href="../itiran/01gatu.htm">１月のイソップ童話</a> &gt; 欲張りなイヌ</p>');
    expect(got.text).not.toMatch(/福娘童話集/);
    expect(got.text).toContain('A dog was carrying a piece of meat');
  });
});

describe('what only looks like a trail', () => {
  const line = (html: string): boolean =>
    withDocument(`<!doctype html><body><p>${html}</p></body>`, URL, (doc) => isBreadcrumb(doc.querySelector('p')!, doc.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim()));

  it('a trail with a "You are here:" label is one', () => {
    expect(line('You are here: <a href="/">Home</a> › <a href="/fables/">Fables</a> › The greedy dog')).toBe(true);
  });

  it('a shell line has no links; a sentence naming a menu path has words around it', () => {
    expect(line("$ echo 'fix' &gt; file2 $ hg commit -A -m 'fix bug 15'")).toBe(false);
    expect(line('Open <a href="/help/settings">Settings</a> &gt; <a href="/help/privacy">Privacy</a> to change who can see your posts.')).toBe(false);
    expect(line('Read <a href="/a">the first fable</a> and then <a href="/b">the second one</a>.')).toBe(false);
  });

  it('links joined by "|" or "/" are social links, menus or names, no trail (medium.com, hacks.mozilla.org)', () => {
    expect(line('Follow Backchannel: <a href="https://twitter.com/backchnnl">Twitter</a> | <a href="https://facebook.com/backchnnl">Facebook</a>')).toBe(false);
    expect(line('<a href="/docs/Blob">Blob</a>/ <a href="/docs/File">File</a>')).toBe(false);
  });

  it('links without a mark between them are no trail', () => {
    expect(line('<a href="/">Home</a> <a href="/fables/">Fables</a> <a href="/news/">News</a>')).toBe(false);
  });
});
