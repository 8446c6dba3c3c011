// Boxes recognised by what they are built of: newsletter sign-ups (an e-mail field, or a button under a
// "newsletter" label) and app boxes (both stores' badges), in any language; and what a page hides itself.
// The shapes are those of real pages (wort.lu, tagesanzeiger.ch, independent.co.uk, nationalpost.com, ntv.com.tr,
// derstandard.at); the story around them is written.
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';

const URL = 'https://www.example.com/news/2024/05/harbour-reopens';

const PARAS = [
  'The harbour reopened on Monday after three weeks of repairs to the northern pier, the port authority said.',
  'Fishing boats queued from dawn to land the first catch since the storm, and the market opened two hours early.',
  'Engineers replaced forty metres of the pier deck and strengthened the piles that the waves had loosened.',
  'The authority said the southern pier would close in June for the same work, and that ferries would not be affected.',
  'Traders said the closure had cost them most of the spring season, and asked the council for help with their rents.',
];

function extract(insert: string, at = 3, root = '<html>'): { text: string; removed: string[] } {
  const paras = PARAS.map((p) => `<p>${p}</p>`);
  paras.splice(at, 0, insert);
  const html = `<!doctype html>${root}<head><title>Harbour reopens</title></head><body><main><article><h1>Harbour reopens after repairs</h1>${paras.join('')}</article></main></body>`;
  return withDocument(html, URL, (doc) => {
    const a = extractArticle(doc, URL, null);
    return { text: a.text, removed: a.removed.map((r) => `${r.kind}: ${r.text}`) };
  });
}

function expectStoryWhole(text: string): void {
  for (const p of PARAS) expect(text).toContain(p);
}

describe('newsletter sign-up boxes, by their build', () => {
  it('wort.lu: a "Newsletter" heading, its pitch and a "Jetzt abonnieren" button go together', () => {
    const got = extract(
      '<div class="paper"><div class="content"><h2>Newsletter: Sport inside</h2><p>Jeden Montag die Topstorys der Woche aus der Sportredaktion</p>' +
        '<button><span>Jetzt abonnieren</span></button><span>Sie können sich jederzeit wieder abmelden, wenn Sie das möchten.</span></div></div>',
    );
    expectStoryWhole(got.text);
    expect(got.text).not.toMatch(/Topstorys|Sport inside|abmelden/);
    expect(got.removed.join('\n')).toMatch(/newsletter: Newsletter: Sport inside/);
  });

  it('tagesanzeiger.ch: a box labelled "Newsletter" whose button is a login', () => {
    const got = extract(
      '<section><span>Newsletter</span><span><span><div>Der Morgen</div><span>Der perfekte Start in den Tag mit News und Geschichten aus der Schweiz und der Welt.</span>' +
        '<p><a href="/newsletter-uebersicht">Weitere Newsletter</a></p></span><span><button>Einloggen</button></span></span></section>',
    );
    expectStoryWhole(got.text);
    expect(got.text).not.toMatch(/perfekte Start|Der Morgen/);
  });

  it('independent.co.uk: a scripted box with a text field whose placeholder is "Email", no <form>', () => {
    const got = extract(
      '<div class="newsletter-component"><div><h3>For free real time breaking news alerts sent straight to your inbox sign up to our breaking news emails</h3></div>' +
        '<div role="form" aria-label="Signup form"><input type="text" name="_" placeholder="Email"><button type="button">SIGN UP</button>' +
        '<label>I would like to be emailed about offers, events and updates. Read our <a href="/privacy">privacy policy</a></label></div></div>',
    );
    expectStoryWhole(got.text);
    expect(got.text).not.toMatch(/breaking news alerts|offers, events/);
  });

  it('nationalpost.com: a form box whose hidden error and thank-you messages would put it over the size limit', () => {
    const hidden = '<div hidden=""><ul><li>There was an error, please provide a valid email address.</li></ul></div>'.repeat(4);
    const got = extract(
      '<section class="newsletter-widget"><div><div class="h2">NP Posted</div><p>Get a dash of perspective along with the trending news of the day in a very readable format.</p></div>' +
        `<div><form action="#"><input type="email" name="newsletterEmail"><button>Sign Up</button></form><p>By signing up you consent to receive the above newsletter from Postmedia Network Inc.</p>${hidden}` +
        '<div hidden=""><div class="h3">Thanks for signing up!</div><p>A welcome email is on its way. If you don\'t see it, please check your junk folder. The next issue of NP Posted will soon be in your inbox.</p></div></div></section>',
    );
    expectStoryWhole(got.text);
    expect(got.text).not.toMatch(/dash of perspective|NP Posted|consent to receive/);
  });

  it('a button in a story box without a newsletter label stays, and so does a story mentioning a newsletter', () => {
    const got = extract(
      '<div class="audio"><p>Listen: the harbour master describes the first morning back at work.</p><button>Play</button></div>' +
        '<p>The market’s newsletter, sent to 300 traders, had warned of the closure a week before the storm.</p>',
    );
    expectStoryWhole(got.text);
    expect(got.text).toContain('the harbour master describes the first morning');
    expect(got.text).toContain('The market’s newsletter, sent to 300 traders');
  });
});

describe('app boxes, by the stores’ badges', () => {
  it('ntv.com.tr: a line over both stores’ badges goes, whatever its language', () => {
    const got = extract(
      '<div class="relative"><div><span>NTV uygulamasını indirin, gelişmelerden haberdar olun</span><div>' +
        '<a href="https://play.google.com/store/apps/details?id=com.example.ntv"><img alt="Google Play" src="/gp.webp"></a>' +
        '<a href="https://apps.apple.com/tr/app/ntv/id327359689"><img alt="App Store" src="/as.svg"></a></div></div></div>',
    );
    expectStoryWhole(got.text);
    expect(got.text).not.toMatch(/uygulamasını/);
    expect(got.removed.join('\n')).toMatch(/app-promo: NTV uygulamasını indirin/);
  });

  it('a story linking an app in both stores in its running text keeps the paragraph', () => {
    const line = 'The port authority’s new app, which shows berth times, is free on the <a href="https://apps.apple.com/app/id1">App Store</a> and <a href="https://play.google.com/store/apps/details?id=x">Google Play</a>.';
    const got = extract(`<p>${line}</p>`);
    expectStoryWhole(got.text);
    expect(got.text).toContain('The port authority’s new app, which shows berth times, is free on the App Store and Google Play.');
  });
});

describe('what the page hides itself', () => {
  // derstandard.at's root class matches Readability's "unlikely" words: Readability drops the root, walks nothing
  // and returns the whole page, hidden blocks included.
  const ROOT = '<html class="theme-panorama dst-header">';

  it('derstandard.at: a comment forum’s notice set to display:none is not in the view, the story is', () => {
    const got = extract(
      '<p style="display:none">Die Kommentare im Forum geben nicht notwendigerweise die Meinung der Redaktion wieder.</p><p hidden>Zum Kommentieren anmelden</p>',
      PARAS.length,
      ROOT,
    );
    expectStoryWhole(got.text);
    expect(got.text).not.toMatch(/Kommentare im Forum|Zum Kommentieren/);
  });

  it('a long hidden block, which a script may reveal (a paywalled text), stays', () => {
    const locked = 'The harbour master said the repairs had been planned for two years before the storm brought them forward. '.repeat(8).trim();
    const got = extract(`<div hidden><p>${locked}</p></div>`, PARAS.length, ROOT);
    expectStoryWhole(got.text);
    expect(got.text).toContain(locked);
  });
});
