// The real pages of ../shared/corpora, listed once for every benchmark and labelling tool.
//
// Ids: `aeb/<first 12 hex of the benchmark id>` (article-extraction-benchmark), `rtp/<name>` (Readability's
// test pages), `xf/<id>` (extractor-fixtures, id from its manifest.tsv), `fn/<id>` (current news pages from
// flairNLP/fundus's parser tests, kept in this repository under test/corpora/fundus; id from its manifest.tsv),
// `mc/<id>` (news pages from mediacloud/metadata-lib's tests, kept under test/corpora/mediacloud) and `ms/<id>`
// (news, magazine and blog pages from microlinkhq/metascraper's tests, kept under test/corpora/metascraper) and
// `om/<id>` (news, newsletter and blog pages from omnivore-app/omnivore's reader tests, under test/corpora/omnivore)
// and `mh/<id>` (news and blog pages in many languages from opendatalab/magic-html's benchmark, under
// test/corpora/magichtml).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readHtmlFile } from './read-html.ts';

export const CORPORA_DIR = resolve(import.meta.dirname, '../../../shared/corpora');
/** Real pages kept in this repository (with their licences), beside the shared ones. */
export const REPO_CORPORA_DIR = resolve(import.meta.dirname, '../../test/corpora');

export type CorpusName = 'aeb' | 'rtp' | 'xf' | 'fn' | 'mc' | 'ms' | 'om' | 'mh';

/**
 * The corpora kept in this repository, which the benchmarks report apart, each as its own group: each was labelled
 * before the code was measured on it, and the older groups' figures stay comparable.
 */
export const REPO_CORPORA = [
  { corpus: 'fn', name: 'fundus', years: '2023–26', title: 'Current news pages (test/corpora/fundus, 2023–26)' },
  { corpus: 'mc', name: 'mediacloud', years: '2016–23', title: "News pages of mediacloud/metadata-lib's tests (test/corpora/mediacloud, 2016–23)" },
  { corpus: 'ms', name: 'metascraper', years: '2010–25', title: "News, magazine and blog pages of microlinkhq/metascraper's tests (test/corpora/metascraper)" },
  { corpus: 'om', name: 'omnivore', years: '2013–23', title: "News, newsletter and blog pages of omnivore-app/omnivore's reader tests (test/corpora/omnivore)" },
  { corpus: 'mh', name: 'magic-html', years: '1998–2024', title: "News and blog pages in many languages of opendatalab/magic-html's benchmark (test/corpora/magichtml)" },
] as const satisfies readonly { corpus: CorpusName; name: string; years: string; title: string }[];

export interface CorpusEntry {
  id: string;
  corpus: CorpusName;
  file: string;
  /** The page's own address: ground truth, manifest, or the page's og:url / canonical link. */
  url: string;
  /** True when no real address is known and `url` is a placeholder. */
  placeholderUrl: boolean;
}

/** og:url, else rel=canonical, read from the raw markup (absolute http(s) only). */
export function declaredUrl(html: string): string | null {
  const tag = (name: string): string | null => {
    const re = new RegExp(`<(?:meta|link)[^>]*(?:property|rel)=["']${name}["'][^>]*>`, 'i');
    return /(?:content|href)=["']([^"']+)["']/i.exec(re.exec(html)?.[0] ?? '')?.[1] ?? null;
  };
  const found = [tag('og:url'), tag('canonical')].find((u) => u && /^(?:https?:)?\/\/[^/]+\.[a-z]/i.test(u));
  return found ? new URL(found, 'https://x.invalid/').href : null;
}

function aeb(dir: string): CorpusEntry[] {
  const base = join(dir, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(base, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({ id: `aeb/${id.slice(0, 12)}`, corpus: 'aeb' as const, file: join(base, 'html', `${id}.html.gz`), url: truth[id]!.url, placeholderUrl: false }))
    .filter((e) => existsSync(e.file));
}

function rtp(dir: string): CorpusEntry[] {
  const base = join(dir, 'readability-test-pages');
  const out: CorpusEntry[] = [];
  for (const name of readdirSync(base).sort()) {
    const file = join(base, name, 'source.html');
    if (!existsSync(file)) continue;
    const url = declaredUrl(readFileSync(file, 'utf8'));
    out.push({ id: `rtp/${name}`, corpus: 'rtp', file, url: url ?? `https://${name}.readability.invalid/`, placeholderUrl: !url });
  }
  return out;
}

/**
 * A corpus listed by a manifest.tsv (id, file, url, …): each page at its address, or at a placeholder under
 * `placeholder` where its source kept none.
 */
function fromManifest(base: string, corpus: 'xf' | 'fn' | 'mc' | 'ms' | 'om' | 'mh', placeholder: string): CorpusEntry[] {
  const manifest = join(base, 'manifest.tsv');
  if (!existsSync(manifest)) return [];
  const out: CorpusEntry[] = [];
  for (const line of readFileSync(manifest, 'utf8').split('\n').slice(1)) {
    const [id, file, url] = line.split('\t');
    if (!id || !file) continue;
    out.push({ id: `${corpus}/${id}`, corpus, file: join(base, file), url: url || `https://${id}.${placeholder}/`, placeholderUrl: !url });
  }
  return out;
}

const xf = (dir: string): CorpusEntry[] => fromManifest(join(dir, 'extractor-fixtures'), 'xf', 'extractor-fixtures.invalid');
const fn = (): CorpusEntry[] => fromManifest(join(REPO_CORPORA_DIR, 'fundus'), 'fn', 'fundus.invalid');
const mc = (): CorpusEntry[] => fromManifest(join(REPO_CORPORA_DIR, 'mediacloud'), 'mc', 'mediacloud.invalid');
const ms = (): CorpusEntry[] => fromManifest(join(REPO_CORPORA_DIR, 'metascraper'), 'ms', 'metascraper.invalid');
const om = (): CorpusEntry[] => fromManifest(join(REPO_CORPORA_DIR, 'omnivore'), 'om', 'omnivore.invalid');
const mh = (): CorpusEntry[] => fromManifest(join(REPO_CORPORA_DIR, 'magichtml'), 'mh', 'magichtml.invalid');

/** Every page of the named corpora (all eight by default), in a stable order. */
export function corpusEntries(names: readonly CorpusName[] = ['aeb', 'rtp', 'xf', 'fn', 'mc', 'ms', 'om', 'mh'], dir = CORPORA_DIR): CorpusEntry[] {
  const readers = { aeb, rtp, xf, fn, mc, ms, om, mh };
  return names.flatMap((n) => readers[n](dir));
}

export function readCorpusHtml(entry: CorpusEntry): string {
  return readHtmlFile(entry.file);
}
