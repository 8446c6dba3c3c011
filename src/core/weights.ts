// Both the detector (where the story's paragraphs are) and the clean view (which block holds the story) weigh
// candidate blocks by their paragraphs, or by their running text, and take the heaviest.

/** The key with the largest weight (the first one on a tie), or null when none weighs anything. */
export function heaviest<K>(weights: Map<K, number>): K | null {
  let best: K | null = null;
  let most = 0;
  for (const [key, w] of weights) {
    if (w > most) {
      best = key;
      most = w;
    }
  }
  return best;
}

/**
 * Running text per element: each text node that `count` accepts (it gives the block the text belongs to and its
 * length) adds its length to that block and the next `levels - 1` ancestors. Walks at most 8,000 text nodes.
 */
export function runningText(root: Element, levels: number, count: (n: Text) => { el: Element; len: number } | null): Map<Element, number> {
  const under = new Map<Element, number>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < 8000; n = walker.nextNode(), seen++) {
    const found = count(n as Text);
    if (!found) continue;
    for (let e: Element | null = found.el, up = 0; e && up < levels; e = e.parentElement, up++) under.set(e, (under.get(e) ?? 0) + found.len);
  }
  return under;
}
