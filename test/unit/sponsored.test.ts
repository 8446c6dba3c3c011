// Adverts set into the story and marked only by a sponsorship label: the label's block goes with it, with the ad's
// linked heading; a story's own words about sponsors stay. Shapes from ma.ttias.be (a "Sponsored" pill closing a
// sponsor's paragraph under its linked heading) and littlethings.com ("Sponsored by …" over a native ad).
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { extractArticle } from '../../src/core/extract/index.ts';

const URL = 'https://www.example-news.com/tools/issue-130';
const PARAS = [
  'This week brings a new release of the package manager, with parallel downloads and a rewritten resolver.',
  'The kernel team also merged the new scheduler, which the maintainers say halves the latency on small machines.',
  'A long thread on the mailing list asked whether the old configuration format should be dropped next year.',
].map((p) => `<p>${p}</p>`).join('');

function extract(inside: string): { text: string; ads: string[] } {
  const html = `<!doctype html><head><title>Issue 130</title></head><body><main><h1>Issue 130</h1>${PARAS}${inside}${PARAS}</main></body>`;
  return withDocument(html, URL, (doc) => {
    const a = extractArticle(doc, URL, null);
    return { text: a.text, ads: a.removed.filter((r) => r.kind === 'ad').map((r) => r.text) };
  });
}

describe('sponsored blocks', () => {
  it('ma.ttias.be: a "Sponsored" pill closing a paragraph takes the paragraph and the linked heading above it', () => {
    const ad =
      '<h2><a href="https://www.monitoring.example/containers/?utm_source=newsletter">Simplify Complexity in Containerized Environments</a></h2>' +
      '<p>Enhance visibility into containers and container orchestration. Automatically track containerized services and receive smarter alerts. Start your free trial today! <span class="pill">Sponsored</span></p>';
    const got = extract(ad);
    expect(got.text).not.toMatch(/Containerized|Enhance visibility|free trial|Sponsored/);
    expect(got.ads.join(' ')).toMatch(/Simplify Complexity/);
    expect(got.text).toContain('The kernel team also merged');
  });

  it('littlethings.com: "Sponsored by …" over a native ad\'s heading and text takes the ad', () => {
    const ad =
      '<div class="slot"><div class="slot-text"><div>Sponsored by <a href="https://ad.doubleclick.net/ddm/clk/1">State Farm</a></div>' +
      '<div><a href="https://ad.doubleclick.net/ddm/clk/1">Insure your small business</a></div><div>Our agents are small business owners too, so they know how to help.</div>' +
      '<a href="https://ad.doubleclick.net/ddm/clk/1">See More</a></div></div>';
    const got = extract(ad);
    expect(got.text).not.toMatch(/State Farm|Insure your small business|Our agents/);
    expect(got.text).toContain('A long thread on the mailing list');
  });
});

describe('what only looks sponsored stays', () => {
  it('a story sentence about a sponsor', () => {
    const got = extract('<p>The conference was sponsored by the city and two local firms, which paid for the venue and the travel grants.</p>');
    expect(got.text).toContain('sponsored by the city');
  });

  it('a label inside a long stretch of the story takes only itself', () => {
    const long = 'The maintainers explained the release plan in detail, step by step, with dates for each milestone. '.repeat(8);
    const got = extract(`<div><p>${long}</p><span>Sponsored</span><p>${long}</p></div>`);
    expect(got.text).toContain('The maintainers explained the release plan');
  });

  it("a menu's \"Sponsored Content\" link marks no advert around it (ctpost.com, timesunion.com)", () => {
    const got = extract('<ul><li><a href="/markets/">Markets</a></li><li><a href="/workplaces/">Top Workplaces</a></li><li><a href="/sponsored/">Sponsored Content</a></li></ul>');
    expect(got.ads.some((a) => a.includes('Markets'))).toBe(false);
  });

  it('a heading above the ad that is not one link stays', () => {
    const got = extract('<h2>Tools and projects</h2><p>A pitch for a monitoring service that runs every thirty seconds. <span>Sponsored</span></p>');
    expect(got.text).toContain('Tools and projects');
    expect(got.text).not.toContain('monitoring service');
  });
});
