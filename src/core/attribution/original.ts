// Which outlet first published the story on this page, read from the same credits the verdict was read from:
// only a page the verdict calls a copy has an original other than the host. Among the credits naming other
// outlets: the site rule's, then source metadata, the canonical link, the credits on the page, provider labels,
// author bios, the address, and last a wire named as publisher.
import type { Evidence } from '../evidence/index.ts';
import type { Credit } from '../evidence/read.ts';
import type { SiteRule } from '../rules/rule-types.ts';
import type { NameContext } from '../outlets/index.ts';
import { foreignCredits } from '../detect/index.ts';
import type { IsHost } from '../host.ts';
import { resolveCredit, type ResolvedOutlet } from './outlet-refs.ts';

export interface OriginalFinding {
  outlet: ResolvedOutlet;
  via: string;
  /** A link to the story at the original outlet, when the evidence carries one. */
  url: string | null;
}

const SOURCE_FIELDS = new Set(['syndication-source', 'original-source', 'json-ld isBasedOn', 'json-ld sourceOrganization', 'json-ld provider', 'microdata isBasedOn', 'microdata sourceOrganization', 'microdata provider']);

/** Lower ranks win; within a rank the stronger credit does. */
function rank(c: Credit): number {
  switch (c.form) {
    case 'site-rule':
      return 0;
    case 'metadata':
      if (SOURCE_FIELDS.has(c.field ?? '')) return 1;
      return c.field === 'json-ld publisher' ? 8 : 3;
    case 'canonical':
      return 2;
    case 'provider-line':
      return 4;
    case 'bio':
      return 5;
    case 'url-segment':
      return 6;
    default:
      return 3;
  }
}

function via(c: Credit): string {
  switch (c.form) {
    case 'site-rule':
      return 'site-rule';
    case 'canonical':
      return 'canonical';
    case 'metadata':
      return c.field?.startsWith('json-ld') ? 'json-ld' : 'meta';
    case 'provider-line':
    case 'logo':
    case 'title-source':
      return 'provider-label';
    case 'bio':
      return 'author-bio';
    case 'url-segment':
      return 'url';
    default:
      return 'credit-line';
  }
}

/** The original outlet of a page read as a copy; null when no credit names one. */
export function findOriginal(evidence: Evidence, rules: readonly SiteRule[], isHost: IsHost, context: NameContext): OriginalFinding | null {
  const credits = foreignCredits(evidence, rules, isHost)
    .filter((c) => c.outlet || c.url)
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i);
  let named: OriginalFinding | null = null;
  for (const { c } of credits) {
    const outlet = resolveCredit(c, context);
    if (!outlet) continue;
    const finding = { outlet, via: via(c), url: c.url ?? null };
    // A name the directory does not know yields to any later evidence that resolves.
    if (outlet.entry || outlet.ref.domain) return finding;
    named ??= finding;
  }
  return named;
}
