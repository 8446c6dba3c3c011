// The readerable check on its own (a CommonJS file of @mozilla/readability without a declaration of its own),
// so a bundle can hold it without Readability itself.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const check: typeof isProbablyReaderable;
  export default check;
}
