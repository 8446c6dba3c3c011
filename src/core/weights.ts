// Both the detector (where the story's paragraphs are) and the clean view (which block holds the story) weigh
// candidate blocks by their paragraphs and take the heaviest.

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
