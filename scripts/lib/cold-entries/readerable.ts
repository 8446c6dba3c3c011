// Bundled alone for the cold-world benchmark: the check Firefox and reader-mode extensions run on page loads
// (Readability's own file, default options), nothing else.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

export function run(): boolean {
  return isProbablyReaderable(document);
}
