// Small formatting helpers shared by the clean view and the popup (no DOM, no extension APIs).
import type { OutletRef } from '../core/types.ts';
import { httpUrl } from '../core/domain.ts';

/** The URL if it is an absolute http(s) URL, else null: nothing else may become a link. */
export const safeHttpUrl = httpUrl;

/** Where an outlet's name should link: its known homepage, else its domain's root. */
export function outletHomepage(outlet: Pick<OutletRef, 'domain' | 'homepage'>): string | null {
  const known = safeHttpUrl(outlet.homepage ?? null);
  if (known) return known;
  return /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(outlet.domain) ? `https://${outlet.domain}/` : null;
}

/** Minutes to read at 230 words a minute, at least 1 for any text. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}

// Formatters are built once per locale and kind and reused. The first Intl formatter of any kind in a renderer
// process sets up ICU's locale services (25 to 90 ms in a fresh Chromium process, about 20 ms where other pages
// have already formatted); each one after that costs a few ms.
const formatters = new Map<string, Intl.DateTimeFormat>();
const numberFormatters = new Map<string, Intl.NumberFormat>();

/** Whether a formatter has been built here already, so that formatting a date or a count is cheap. */
export function localeFormattingWarm(): boolean {
  return formatters.size > 0 || numberFormatters.size > 0;
}

function dateFormatter(locale: string | undefined, dateOnly: boolean): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${dateOnly ? 'utc' : 'local'}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long' });
    formatters.set(key, f);
  }
  return f;
}

function numberFormatter(locale: string | undefined, minutes: boolean): Intl.NumberFormat {
  const key = `${locale ?? ''}|${minutes ? 'min' : 'n'}`;
  let f = numberFormatters.get(key);
  if (!f) {
    // Long units ("5 minutes", "5 دقائق", "5分钟"): the short ones are cryptic in some languages ("5 د").
    f = new Intl.NumberFormat(locale, minutes ? { style: 'unit', unit: 'minute', unitDisplay: 'long' } : {});
    numberFormatters.set(key, f);
  }
  return f;
}

/** A count written the reader's way ("1,234", "1.234", "1 234"). */
export function formatCount(n: number, locale?: string): string {
  try {
    return numberFormatter(locale, false).format(n);
  } catch {
    return String(n);
  }
}

/** A number of minutes with its unit in the reader's language, plural included ("1 minute", "5 Minuten"). */
export function formatMinutes(n: number, locale?: string): string {
  try {
    return numberFormatter(locale, true).format(n);
  } catch {
    return `${n} min`;
  }
}

/** An ISO date as a readable date in the reader's locale; anything else ("18 hours ago") as given. */
export function formatDate(value: string | null, locale?: string): string | null {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  try {
    return dateFormatter(locale, dateOnly).format(date);
  } catch {
    return value;
  }
}

/** Hostname of an http(s) URL, '' for anything else (browser pages, files, PDFs in viewers). */
export function hostnameOf(url: string | undefined | null): string {
  const safe = safeHttpUrl(url ?? null);
  return safe ? new URL(safe).hostname : '';
}
