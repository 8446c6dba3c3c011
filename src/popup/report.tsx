// The popup's account of one page: verdict, why, original outlet, author, date, cited outlets, coverage.
import type { ComponentChildren } from 'preact';
import type { Analysis, Detection, OutletRef } from '../core/types.ts';
import { formatCount, formatDate, outletHomepage, safeHttpUrl } from '../ui/format.ts';
import { browserLocale, t, tParts } from '../ui/i18n.ts';
import { signalReason } from './signal-reason.ts';

export type Verdict = 'aggregator' | 'original' | 'listing';

export function verdictOf(d: Pick<Detection, 'isAggregator' | 'kind'>): Verdict {
  if (d.kind === 'listing') return 'listing';
  return d.isAggregator ? 'aggregator' : 'original';
}

export function verdictText(d: Pick<Detection, 'isAggregator' | 'kind' | 'host'>): string {
  const name = d.host.name || d.host.domain;
  const v = verdictOf(d);
  if (v === 'listing') return t('popupVerdictListing', [name]);
  if (v === 'aggregator') return t('popupVerdictAggregator', [name]);
  return t('popupVerdictOriginal');
}

/** Links open in a new tab: the popup would close anyway, and the page underneath stays put. */
function OutletLink({ outlet, id }: { outlet: OutletRef; id?: string }) {
  const href = outletHomepage(outlet);
  const name = outlet.name || outlet.domain;
  return href ? (
    <a id={id} href={href} target="_blank" rel="noreferrer">
      {name}
    </a>
  ) : (
    <span id={id}>{name}</span>
  );
}

export function Why({ detection }: { detection: Pick<Detection, 'signals' | 'host'> }) {
  const signals = [...detection.signals].sort((a, b) => b.weight - a.weight).filter((s) => s.reason);
  const site = detection.host.name || detection.host.domain;
  return (
    <section aria-labelledby="why-title">
      <h2 id="why-title">{t('popupWhy')}</h2>
      {signals.length === 0 ? (
        <p id="why-none">{t('popupWhyNone')}</p>
      ) : (
        <ul id="why">
          {signals.map((s) => {
            const reason = signalReason(s, site);
            // A kind of signal without a translation shows the core's English wording, marked as English.
            return (
              <li key={s.id + s.reason} data-signal={s.id} lang={reason.localized ? undefined : 'en'}>
                {reason.text}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Row({ id, label, children }: { id: string; label: string; children: ComponentChildren }) {
  return (
    <div class="row">
      <dt>{label}</dt>
      <dd id={id}>{children}</dd>
    </div>
  );
}

/** The attribution facts; rows without data are left out rather than shown empty. */
export function Facts({ analysis: a }: { analysis: Analysis }) {
  const story = safeHttpUrl(a.original?.url ?? null);
  const date = formatDate(a.published, browserLocale());
  return (
    <dl class="facts">
      {a.kind !== 'listing' && (
        <Row id="original" label={a.isAggregator ? t('popupOriginal') : t('popupPublishedBy')}>
          {a.original ? (
            <>
              <OutletLink outlet={a.original} />
              {story && (
                <>
                  {' · '}
                  <a id="original-story" href={story} target="_blank" rel="noreferrer">
                    {t('popupReadStory')}
                  </a>
                </>
              )}
            </>
          ) : a.isAggregator ? (
            t('popupOriginalUnknown')
          ) : (
            <OutletLink outlet={a.host} />
          )}
        </Row>
      )}
      {a.isAggregator && (
        <Row id="host" label={t('popupRepublishedBy')}>
          <OutletLink outlet={a.host} />
        </Row>
      )}
      {a.byline && (
        <Row id="byline" label={t('popupAuthor')}>
          {a.byline}
        </Row>
      )}
      {date && (
        <Row id="published" label={t('popupPublished')}>
          {a.published && /^\d{4}/.test(a.published) ? <time dateTime={a.published}>{date}</time> : date}
        </Row>
      )}
      {a.cited.length > 0 && (
        <Row id="cited-row" label={t('popupCites')}>
          <ul id="cited">
            {a.cited.map((c) => (
              <li key={c.name} title={c.evidence}>
                <OutletLink outlet={c} />
              </li>
            ))}
          </ul>
        </Row>
      )}
    </dl>
  );
}

export function Coverage({ analysis: a }: { analysis: Analysis }) {
  if (a.coverage.length === 0) return null;
  return (
    <section aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('popupCoverage')}</h2>
      <ul id="coverage">
        {a.coverage.map((c, i) => {
          const href = safeHttpUrl(c.url, a.url);
          return (
            <li key={i} dir="auto">
              {href ? (
                <a href={href} target="_blank" rel="noreferrer">
                  {c.title}
                </a>
              ) : (
                c.title
              )}
              {c.outlet && <span class="muted"> — {c.outlet}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Listing pages: how many stories from how many outlets, by outlet. */
export function ListingSummary({ analysis: a }: { analysis: Analysis }) {
  const outlets = new Map<string, number>();
  for (const item of a.items) {
    const key = item.outlet || item.domain || t('viewUnknownOutlet');
    outlets.set(key, (outlets.get(key) ?? 0) + 1);
  }
  return (
    <section aria-labelledby="listing-title">
      <h2 id="listing-title">{t('viewListingSummary', [formatCount(a.items.length, browserLocale()), formatCount(outlets.size, browserLocale())])}</h2>
      <ul id="outlets">
        {[...outlets].map(([name, n]) => (
          <li key={name}>
            {tParts('popupOutletCount', 2).map((p) => (p === 0 ? <strong>{name}</strong> : p === 1 ? formatCount(n, browserLocale()) : p))}
          </li>
        ))}
      </ul>
    </section>
  );
}
