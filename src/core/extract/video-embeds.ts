// A video player set into the story, known by the VideoObject record the page puts beside it. The player never
// reaches the clean view, so the lines around it (the video's title and description, "21.04.2024 | 3:18 min",
// "Video starten, abbrechen mit Escape", "To view this video please enable JavaScript") would stand alone as if they
// were the story's: zdf.de, sportschau.de, wdr.de, metro.co.uk, cnn.com.
import type { RemovedBlock } from '../types.ts';
import { norm, snippet } from './text.ts';
import { markFurniture } from './furniture-mark.ts';
import { listOf } from '../dom-scan.ts';

/** More text than a player's title, description and notices: the block around the record holds the story too. */
const PLAYER_TEXT_CHARS = 320;

/** An element's text without the JSON-LD records inside it. */
function shownText(el: Element): string {
  let text = el.textContent ?? '';
  for (const record of listOf(el.getElementsByTagName('script'))) text = text.replace(record.textContent ?? '', '');
  return norm(text);
}

/** Whether a JSON-LD script in the body describes a video. */
export function videoRecord(script: Element): boolean {
  return /"@type"\s*:\s*"VideoObject"/.test(script.textContent ?? '');
}

/**
 * Marks the player's block around each video record: the nearest ancestor with text, when that text is short,
 * holds no paragraph of running text and is not the page's headline. A video whose title is the page's headline is
 * the page's own (a video page) and stays.
 */
export function cutVideoEmbeds(records: Element[], title: string, removed: RemovedBlock[]): void {
  const headline = title.toLowerCase();
  for (const record of records) {
    if (!record.isConnected) continue;
    let name = '';
    try {
      name = norm(String((JSON.parse(record.textContent ?? '') as { name?: unknown }).name ?? '')).toLowerCase();
    } catch {
      // An unreadable record names nothing; its block is judged by its text alone.
    }
    if (name && headline && (name === headline || headline.includes(name))) continue;
    // The nearest ancestor with text of its own, and that text.
    let block = record.parentElement;
    let text = block ? shownText(block) : '';
    while (block && !text && block.parentElement) {
      block = block.parentElement;
      text = shownText(block);
    }
    if (!block || block.localName === 'body' || block.localName === 'main' || block.localName === 'article') continue;
    if (!text || text.length > PLAYER_TEXT_CHARS || block.querySelector('h1')) continue;
    if (listOf(block.getElementsByTagName('p')).some((p) => norm(p.textContent).length > 150)) continue;
    removed.push({ kind: 'related', text: snippet(text) });
    // Marked, not removed: it leaves the story after Readability, so the passes before it see the page as it is.
    markFurniture(block);
  }
}
