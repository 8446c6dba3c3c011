// One real corpus page, opened the way the benchmarks open it: found by its id (aeb/…, rtp/…, xf/… under
// ../shared/corpora, fn/… in this repository), parsed once, handed to `fn`. A missing page fails the test loudly.
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { corpusEntries, readCorpusHtml, type CorpusName } from '../../scripts/lib/corpus.ts';

export function onCorpusPage<T>(id: string, fn: (doc: Document, url: string) => T): T {
  const e = corpusEntries([id.split('/')[0] as CorpusName]).find((c) => c.id === id);
  if (!e) throw new Error(`corpus page ${id} not found under ../shared/corpora or test/corpora`);
  return withDocument(readCorpusHtml(e), e.url, (doc) => fn(doc, e.url), { onError: () => {} });
}
