// Text helpers small enough for the always-injected content script, shared by every part of the core.

/** Whitespace collapsed to single spaces, trimmed; null and undefined read as ''. */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** True when every code unit is 7-bit ASCII. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
