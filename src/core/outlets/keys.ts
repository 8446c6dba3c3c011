// How outlet names are compared: the keys the directory and the text index are built on.
// Shared by the index builder (run at build time) and the lookups (run in the page).

/** Printable ASCII: NFKC leaves it unchanged. */
const ASCII = /^[\x20-\x7e]*$/;

/** Lower-case, straight apostrophes, single spaces, no leading "the", no trailing dot. */
export function nameKey(name: string): string {
  return (ASCII.test(name) ? name : name.normalize('NFKC'))
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/\.$/, '');
}

/** Short forms keep their case; only the leading "the"/"The" and outer spaces go. */
export function shortKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().replace(/^[Tt]he /, '');
}

/**
 * A short form kept to its case because it is also a word ("Belga", "Lusa"), as a credit line sets it in capitals
 * ("BELGA"): the form to look up, or null for a name not in capitals.
 */
export function shortFormOfCapitals(name: string): string | null {
  return /^[A-Z]{4,}$/.test(name) ? name[0] + name.slice(1).toLowerCase() : null;
}

/** Words of a name or a text: letters and digits, with inner marks, apostrophes, dots, dashes and "&". */
export const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}&'’./-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]/gu;

// For names of plain letters, digits and spaces TOKEN's words are the space-separated parts.
const PLAIN = /^[A-Za-z0-9 ]*$/;

export function tokensOf(s: string): string[] {
  if (PLAIN.test(s)) return s.split(' ').filter(Boolean);
  return Array.from(s.matchAll(TOKEN), (m) => m[0]);
}
