// The popup's "Why" lines in the reader's language. The core explains each signal in English (Signal.reason);
// the popup says the same from the signal's structured parts: its kind (id), the outlet it names, and the line
// quoted from the page, which stays as the page wrote it.
import type { CreditForm } from '../core/evidence/credit-forms.ts';
import type { Signal } from '../core/types.ts';
import { t } from '../ui/i18n.ts';

// Every credit form the core reads has a message: a form added there without one fails the type check here.
const CREDIT_KEYS: Record<CreditForm, string> = {
  dateline: 'whyDateline',
  'byline-agency': 'whyBylineAgency',
  'sign-off': 'whySignOff',
  'rights-line': 'whyRightsLine',
  'source-line': 'whySourceLine',
  'republished-note': 'whyRepublishedNote',
  'provider-line': 'whyProviderLine',
  'title-source': 'whyTitleSource',
  bio: 'whyBio',
  'syndicated-feed': 'whySyndicatedFeed',
  logo: 'whyLogo',
  metadata: 'whyMetadata',
  canonical: 'whyCanonical',
  'url-segment': 'whyUrlSegment',
  'site-rule': 'whySiteCredit',
};

/** Messages without a $1: the quoted line follows them instead of filling a name. */
const UNNAMED = new Set(['whySyndicatedFeed']);

/**
 * Page text (an outlet's name, a quoted line) set apart from the sentence around it, so that a Latin name in an
 * Arabic sentence, or Arabic text in an English one, keeps its own direction (Unicode first-strong isolate).
 */
const isolate = (text: string): string => `\u2068${text}\u2069`;

/** The line the core quoted from the page (“…”), which is page text and is shown as it is. */
function quotedLine(reason: string): string | null {
  const m = /“(.*)”\s*$/s.exec(reason);
  return m?.[1]?.trim() || null;
}

/** The message key for a signal, or null for a kind this version of the popup does not know. */
export function reasonKey(s: Pick<Signal, 'id' | 'weight'>): string | null {
  // A site rule for an aggregator that always republishes is a strong signal; one that sometimes does, a hint.
  if (s.id === 'site-rule') return s.weight >= 0.6 ? 'whySiteRuleAlways' : 'whySiteRuleOften';
  if (s.id === 'outlet-cards') return 'whyCards';
  const form = s.id.startsWith('credit-') ? (s.id.slice('credit-'.length) as CreditForm) : null;
  return form && Object.hasOwn(CREDIT_KEYS, form) ? CREDIT_KEYS[form] : null;
}

export interface Reason {
  text: string;
  /** False when the core's English wording is shown (a signal kind without a message). */
  localized: boolean;
}

/** One "Why" line for a signal; `siteName` is the page's site, which site-rule signals speak of. */
export function signalReason(s: Signal, siteName: string): Reason {
  const key = reasonKey(s);
  if (!key) return { text: s.reason, localized: false };
  let name: string | null = s.outlet ?? null;
  let quote = quotedLine(s.reason);
  if (s.id === 'site-rule') {
    name = siteName;
    quote = null;
  } else if (s.id === 'outlet-cards') {
    // "4 story cards credit other outlets (Reuters, AFP)": the names, not only the first.
    name = /\(([^()]+)\)\s*$/.exec(s.reason)?.[1] ?? name;
  } else if (s.id === 'credit-url-segment') {
    // The address files the story under a wire: the path is what the reader can check ("/ap/", "/wires/").
    name = /:\s*(\S+)\s*$/.exec(s.reason)?.[1] ?? name;
    quote = null;
  } else if (s.id === 'credit-canonical' || s.id === 'credit-metadata' || s.id === 'credit-logo') {
    // Not lines of the page: the field the core read ("json-ld isBasedOn"), or a logo's alt text.
    quote = null;
  }
  const quoted = quote ? t('whyQuote', isolate(quote)) : null;
  if (UNNAMED.has(key)) return { text: quoted ? t('whyWithQuote', [t(key), quoted]) : t(key), localized: true };
  if (!name && !quoted) return { text: s.reason, localized: false };
  const base = t(key, name ? isolate(name) : (quoted ?? ''));
  return { text: name && quoted ? t('whyWithQuote', [base, quoted]) : base, localized: true };
}
