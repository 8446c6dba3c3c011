// After the story's last paragraph, runs of other stories' headlines go (real runs from two sites), while the
// story's own lists and fact boxes in the same place stay (real lines from two other sites).
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { postClean } from '../../src/core/extract/post-clean.ts';
import { removeFurnitureAndLinkLines } from '../../src/core/extract/furniture-lines.ts';

const STORY = [
  'The council approved the new harbour wall on Tuesday night after three hours of debate about its cost and route.',
  'Work is due to start in the spring, and the ferry company said it would keep its timetable during the works.',
  'Residents of the lower town, flooded twice this winter, welcomed the vote and asked for the work to start sooner.',
].map((p) => `<p>${p}</p>`).join('');

/** The lines left after post-cleaning a story followed by `tail`. */
function linesAfter(tail: string): { kept: string[]; removed: string[] } {
  return withDocument(`<!doctype html><body><div id="c">${STORY}${tail}</div></body>`, 'https://news.example.com/a', (doc) => {
    const root = doc.getElementById('c')!;
    const removed = postClean(root).map((r) => r.text);
    const kept = Array.from(root.querySelectorAll('p, li')).map((el) => el.textContent!.trim());
    return { kept, removed };
  });
}

describe('after the story ends', () => {
  it.each([
    ['nbcdfw.com', ['Help Shape the Future of Public Transit in Fort Worth', 'Man Shot at Dallas Gas Station Dies at Hospital', 'Fort Worth May Dry Human Waste and Sell It as Fertilizer']],
    ['wsj.com', ['Standoff at a Hong Kong University Following Night of Violence', 'Volker Saw No Harm in Investigating Unfounded Theories']],
    ['albawaba.com', ['US: Top 100 Brands Are Worth More Than the GDP of Germany', 'Lebanon: Bank Employees Resume Work After Week-Long Strike']],
    // Headlines that open on a date are headlines still: words follow the date, not a colon.
    ['headlines opening on a date', ['Jan. 6 Panel Subpoenas Four Former White House Aides', 'Dec. 7 Remembrance Draws Thousands to Pearl Harbor']],
  ])('%s: a run of other stories\' headlines goes', (_site, headlines) => {
    const { kept } = linesAfter(headlines.map((h) => `<p>${h}</p>`).join(''));
    for (const h of headlines) expect(kept).not.toContain(h);
    expect(kept).toHaveLength(3);
  });

  it('a plain list of headlines under a "Related" heading goes, a list under the story\'s own heading stays', () => {
    const items = '<ul><li>Man Shot at Dallas Gas Station Dies at Hospital</li><li>Fort Worth May Dry Human Waste and Sell It as Fertilizer</li></ul>';
    expect(linesAfter(`<h3>Related News</h3>${items}`).kept).toHaveLength(3);
    expect(linesAfter(items).kept).toHaveLength(3);
    expect(linesAfter(`<h3>The two cases</h3>${items}`).kept).toHaveLength(5);
  });

  it.each([
    // vortexcannon.org: the game's features, a sentence-case list after the last paragraph.
    ['vortexcannon.org', '<ul><li>Hundreds of cool erotic tasks that will make your sex life fuller and more interesting</li><li>Dozens of tricky questions that will help to know each other better</li><li>A large variety of sex toys and fetishes for fine-tuning the game</li></ul>'],
    // jeongdongtheater.com: the performance's fact box.
    ['jeongdongtheater.com', '<p>VIP : 60,000₩ R : 50,000₩ S : 40,000₩</p><p>Inquiry 02-751-1500</p><p>Ticketing www.jeongdongtheater.com</p>'],
    // al.com: a calendar of the month's events, one line each, after the story's last paragraph.
    ['al.com', '<p>Jan. 15-17: Alabama Military Collectors\' Association, 2015 Winter Military Collector\'s Show, Hampton Inn - Arsenal/South Parkway, 700</p><p>Jan. 15-19: Dogg Pound\'s Martin Luther King Jr Skate-A-Thon, 2015 Annual MLK Freestyle Skate Jam, Holiday Inn Research Park, 2000</p><p>Jan. 17-18: Alabama Regional Future City Competition, 2015 Future City Competition, NHH, 200</p>'],
    // jeongdongtheater.com: the performance's title and its run.
    ['jeongdongtheater.com (a run)', '<p>Jeongdong Theater Tradition Series Performance &lt;The Palace: Jang Noksu&gt;</p><p>2018.04.05 ~ OPEN RUN Tue – Sat 4PM (Closed on Sun &amp; Mon) Viewing age of 48 months and above</p>'],
    // cbssports.com: the list the story announces ("Below are all the teams…") under a heading of its own.
    ['cbssports.com', '<h3>Qualified teams</h3><ul><li>England (Group A): 10th appearance</li><li>Czech Republic (Group A): Seventh appearance</li><li>Ukraine (Group B): Third appearance</li></ul>'],
  ])('%s: the story\'s own list or fact box stays', (_site, tail) => {
    const { kept, removed } = linesAfter(tail);
    expect(removed).toEqual([]);
    expect(kept.length).toBeGreaterThan(3);
  });
});

/** The headings left after post-cleaning a story followed by `tail`. */
const headingsAfter = (tail: string): string[] =>
  withDocument(`<!doctype html><body><div id="c">${STORY}${tail}</div></body>`, 'https://news.example.com/a', (doc) => {
    const root = doc.getElementById('c')!;
    postClean(root);
    return Array.from(root.querySelectorAll('h2, h3, h4')).map((el) => el.textContent!.trim());
  });

describe('a heading left over nothing', () => {
  it('goes when what it headed has gone, whatever its language', () => {
    expect(headingsAfter('<h2>Zobacz także</h2>')).toEqual([]);
    expect(headingsAfter('<section><h3>Lesen Sie auch</h3><div class="teaser-list"></div></section>')).toEqual([]);
    // Two headings stacked over nothing (a section's name over its box's title).
    expect(headingsAfter('<h2>Więcej z regionu</h2><h3>Najnowsze</h3>')).toEqual([]);
    // Headings real pages leave over the related lists and tag rows removed under them: lrt.lt, ndr.de,
    // notebookcheck.com, japan.cnet.com.
    for (const heading of ['Taip pat skaitykite', 'Schlagwörter zu diesem Artikel', 'Quelle(n)', 'その他']) expect(headingsAfter(`<h3>${heading}</h3>`)).toEqual([]);
  });

  it('a label closed by a colon over nothing goes; one over what it introduces stays', () => {
    // Labels taken from real pages: left last over nothing in the clean text of infobae.com and adverts.ie; on
    // br-online.de and newspaper4k's article with divs something still follows them there, so they stay.
    for (const label of ['LEA MÁS:', 'Merken & Empfehlen:', 'See more photos:', 'Total Ads:']) {
      expect(linesAfter(`<p>${label}</p>`).kept).toHaveLength(3);
      expect(linesAfter(`<div class="share"><span>${label}</span> <a href="/x"></a></div>`).removed).toContain(label);
    }
    expect(linesAfter('<p>The ferry company said:</p><blockquote><p>We will keep the timetable.</p></blockquote>').kept).toHaveLength(5);
  });

  it('stays over a paragraph, a picture or a table', () => {
    expect(headingsAfter('<h3>What happens next</h3><p>The ferry company will publish a new timetable in March.</p>')).toEqual(['What happens next']);
    expect(headingsAfter('<h3>The new wall</h3><figure><img src="wall.jpg" alt=""></figure>')).toEqual(['The new wall']);
    expect(headingsAfter('<h3>The vote</h3><table><tr><td></td></tr></table>')).toEqual(['The vote']);
    // A heading that is a sentence is the story's own closing line set large (fortressofsolitude.co.za, buzzfeed.com).
    expect(headingsAfter('<h3>Deadpool 2 opens in theatres on May 18.</h3>')).toEqual(['Deadpool 2 opens in theatres on May 18.']);
    expect(headingsAfter('<h3>Still, Lovato will continue to slay, either as a human or mermaid.</h3>')).toHaveLength(1);
    // A heading in the middle of the story heads the paragraphs after it.
    expect(headingsAfter('<h3>Costs</h3><p>The wall will cost twelve million euros, most of it from the regional budget.</p><p>More money may follow.</p>')).toEqual(['Costs']);
  });
});

/** The lines left after link-line cleaning of a story with `line` as its second paragraph. */
function withLine(line: string): string[] {
  return withDocument(`<!doctype html><body><div id="c">${STORY.replace('</p>', `</p><p>${line}</p>`)}</div></body>`, 'https://news.example.com/a', (doc) => {
    const root = doc.getElementById('c')!;
    removeFurnitureAndLinkLines(root, []);
    return Array.from(root.querySelectorAll('p')).map((el) => el.textContent!.replace(/\s+/g, ' ').trim());
  });
}

describe('runs of headline links inside a story', () => {
  it.each([
    // express.co.uk: three headlines, tagged and separated, under "DON'T MISS".
    ['express.co.uk', '<a href="/news/world/1">China furious at Macron for Hong Kong protest jibe</a>&nbsp;[<strong>INSIGHT]|<br></strong><a href="/sport/2">Lakers vs Nets: NBA make final decision on game amid China turmoil</a>&nbsp;[<strong>VIDEO]<br></strong><a href="/news/world/3">Hong Kong \'threatened with Chinese military intervention\'</a><strong>&nbsp;[REACTION]</strong>'],
    // mensagensreflexao.com.br: the post's categories, comma-separated.
    ['mensagensreflexao.com.br', '<a href="/autoestima" rel="category tag">Mensagens de Autoestima</a>, <a href="/reflexao-vida" rel="category tag">Mensagens de Reflexão Sobre a Vida</a>'],
    ['a label before the run', 'Read more: <a href="/a">Council delays the harbour vote again</a> | <a href="/b">Ferry fares to rise in the spring</a>'],
    // stuff.co.nz: a plain-text bullet before each headline, the first one after the label; longer than a link line.
    ['stuff.co.nz', '<strong>READ MORE:<br> * <a href="/a/1">By-election candidates invited to pitch for your votes</a><br> * <a href="/a/2">Aleisha Rutherford the new deputy mayor of the city council</a><br> * <a href="/a/3">Election 2020: the council by-election set for February following the mayor\'s win</a><br> </strong>'],
  ])('%s: the run goes', (_site, line) => {
    const kept = withLine(line);
    expect(kept).toHaveLength(3);
  });

  it.each([
    // foxnews.com: a sentence of the story with two links.
    '<a href="/a">James Van Der Beek</a> has been eliminated from “<a href="/b">Dancing with the Stars</a>.”',
    'The council published <a href="/a">the full text of the ruling</a> on Tuesday and <a href="/b">the mayor\'s written reply</a> a day later.',
    // Starred words between links are prose, not bullets.
    'The report lists <a href="/a">three new harbour ferry routes</a> * and, in a footnote, <a href="/b">the fares for the spring season</a> as its main findings.',
    // Links of one or two words are names, not headlines.
    'Figures from the <a href="/a">Office for National Statistics</a> (2019), <a href="/b">Eurostat</a> (2020) and the harbour authority\'s own count.',
    // mentalfloss.com: a deals post's products, each a link out to the shop.
    '<a href="https://www.amazon.com/dp/B00BQ5RY1G">Logitech Harmony Ultimate All in One Remote - Black for $169.99 (list price $349.99)</a><br><a href="https://www.amazon.com/dp/B01N1">Phaiser BHS-730 Bluetooth Headphones Runner Headset Sport Earphones with Mic for $19.99 (list price $99.99)</a><br><a href="https://www.amazon.com/dp/B01N2">Fire Tablet, 7" Display, Wi-Fi, 8 GB - Includes Special Offers, Black for $39.99 (list price $49.99)</a>',
  ])('a sentence or a source list with links stays: %s', (line) => {
    expect(withLine(line)).toHaveLength(4);
  });
});

/** Text of the story's container after link-line cleaning, with `html` inserted after the first paragraph. */
function withBlock(html: string): string {
  return withDocument(`<!doctype html><body><div id="c">${STORY.replace('</p>', `</p>${html}`)}</div></body>`, 'https://news.example.com/a', (doc) => {
    const root = doc.getElementById('c')!;
    removeFurnitureAndLinkLines(root, []);
    return root.textContent!.replace(/\s+/g, ' ').trim();
  });
}

describe('furniture lines made of inline text between blocks', () => {
  it.each([
    // sfgate.com and mysanantonio.com (Hearst): the update time in a <span> under the headline, among template comments.
    ['sfgate.com', '<div> <h2>The Latest: Man stabbed on a train</h2> <!-- hearst/common/author_name.tpl --> <span>Updated <time datetime="2019-11-20T06:01:19Z"> 10:01&nbsp;pm PST, Tuesday, November 19, 2019 </time> </span> </div>', 'Updated 10:01'],
    ['mysanantonio.com', '<div> <div><img src="/logo.png" alt="print header logo"> <span>https://www.mysanantonio.com/news/article/Cat-found-14848175.php</span></div> <h2>Cat found in New Mexico</h2></div>', 'https://www.mysanantonio.com'],
    // bbc.com: the picture's credit in two spans beside it.
    ['bbc.com', '<figure><span><img src="/t.jpg" alt="Taylor Swift"> <span class="off-screen">Image copyright</span> <span class="story-image-copyright">Getty Images</span></span></figure>', 'Image copyright'],
    // What is left once a container's lines went is judged as a line.
    // people.com: the author's handle beside the byline; once the byline line goes, the handle is a line of its own.
    ['people.com', '<div><p>By <span>Elizabeth Leonard</span></p> <a title="Follow on Twitter" href="https://twitter.com/intent/user?screen_name=lizz">@lizzleonard1</a></div>', '@lizzleonard1'],
    // usatoday.com: a "Tags:" label beside the list of tag links.
    ['usatoday.com', '<div class="tags"><span class="label">Tags:</span><div class="tag_list"><a href="/topics/gm">General Motors</a> <a href="/topics/ch11">Chapter 11</a></div></div>', 'Tags:'],
    // usatoday.com: a related link in the paragraph that holds the story's linked photo.
    ['usatoday.com', '<p><a href="/photos/akerson-large.jpg"><img src="/photos/akerson-inset.jpg" alt=""></a><strong>ALSO ON DRIVE ON:</strong> <a href="/communities/driveon/post/gm-ipo/1">Your questions answered about GM\'s IPO.</a></p>', 'ALSO ON DRIVE ON'],
  ])('%s: the line goes', (_site, html, line) => {
    const text = withBlock(html);
    expect(text).not.toContain(line);
    expect(text).toContain('Work is due to start');
  });

  it('a container left with story words after its lines went stays', () => {
    const words = 'The council said the work would take two years.';
    expect(withBlock(`<div><p>By Jane Roe</p> <span>${words}</span></div>`)).toContain(words);
  });

  it('story text beside a picture stays', () => {
    const line = 'Updated plans for the wall were shown to residents on Tuesday, and most said they liked them.';
    expect(withBlock(`<div><img src="/w.jpg" alt=""> <span>${line}</span></div>`)).toContain(line);
    expect(withBlock(`<p><a href="/w-large.jpg"><img src="/w.jpg" alt=""></a> ${line}</p>`)).toContain(line);
  });

  it("a Japanese notice's date and title beside a linked picture stay; a Japanese date alone goes", () => {
    // ipa.go.jp: "2019年3月15日公表" opens the title of a notice, then its address; a date line has no title.
    const notice = '2019年3月15日公表 「新元号への改元に便乗した消費者トラブルにご注意ください！」';
    expect(withBlock(`<p>${notice} <a href="/kaigen.html"><img src="/arrow.gif" alt=""></a></p>`)).toContain(notice);
    // phpspot.org: a year-like number in a headline ("2000個近い…") is not a date.
    expect(withBlock('<div><span>2000個近いフリーのピクトグラムアイコン「tabler-icons」</span><img src="/i.png" alt=""></div>')).toContain('tabler-icons');
    // huffingtonpost.jp: the date alone under the headline.
    expect(withBlock('<div><img src="/p.jpg" alt=""> <span>2015年12月12日</span></div>')).not.toContain('2015年12月12日');
  });
});

describe('picture credits in brackets', () => {
  it.each([
    ['space.com', '(Image credit: Blue Origin)'],
    ['apartmenttherapy.com', '(Image credit: Submitted by Ashley)'],
  ])('%s: %s', (_site, line) => {
    expect(withLine(line)).toHaveLength(3);
  });
});

describe('quoted posts keep their lines', () => {
  it('news.sky.com: an embedded tweet keeps its signature and date', () => {
    const text = withBlock('<blockquote class="twitter-tweet"><div><p lang="en">Thank you for everything, gaffer.</p>— Dele (@dele_official) <a href="https://twitter.com/dele_official/status/1">November 19, 2019</a></div></blockquote>');
    expect(text).toContain('— Dele (@dele_official) November 19, 2019');
  });
});

/** Post-cleans a story with `inside` after its first paragraph: the text kept, the removed lines, the pictures left. */
function clean(inside: string, atEnd = false): { text: string; removed: string[]; images: number } {
  const [first, ...rest] = STORY.split(/(?<=<\/p>)/);
  const html = atEnd ? `${STORY}${inside}` : `${first}${inside}${rest.join('')}`;
  return withDocument(`<!doctype html><body><div id="c">${html}</div></body>`, 'https://news.example.com/a', (doc) => {
    const root = doc.getElementById('c')!;
    const removed = postClean(root).map((r) => r.text);
    return { text: root.textContent!.replace(/\s+/g, ' '), removed, images: root.querySelectorAll('img').length };
  });
}

/** `inside`, set between the story's paragraphs, goes whole with `title`, and the story around it stays. */
function expectCutWhole(inside: string, title: string): void {
  const { text, removed } = clean(inside);
  expect(text).not.toContain(title);
  expect(removed.some((r) => r.includes(title))).toBe(true);
  expect(text).toContain('The council approved the new harbour wall');
  expect(text).toContain('Work is due to start in the spring');
}

describe("another story's card set into the page", () => {
  it.each([
    // medicalnewstoday.com: a teaser between paragraphs, one link holding picture, headline, summary and "Read now".
    ['medicalnewstoday.com', '<div><a href="/articles/315184.php"><div><img src="m.jpg"><div>Scientists find new mechanism for memory formation</div><div>How do we form memories? New research uncovers key brain area.</div><div>Read now</div></div></a></div>', 'Scientists find new mechanism'],
    // bloomberg.com: a row of cards, each an <article> that is one link.
    ['bloomberg.com', '<section><article><a href="/graphics/2022-gun-manufacturing/"><div><p><img src="g.jpg"></p></div><p>Gunmakers Tweak AR-15-Style Rifles, Bringing Big Growth Despite Bans</p><time>Oct. 19, 2022</time></a></article><article><a href="/graphics/2022-brazil-election/"><div><p><img src="b.jpg"></p></div><p>How Brazil Voted in Its Most Divisive Election in Decades</p></a></article></section>', 'Gunmakers Tweak'],
  ])('%s: the card goes whole, picture and all', (_site, card, headline) => {
    const { text, removed, images } = clean(card);
    expect(text).not.toContain(headline);
    expect(removed.some((r) => r.startsWith(headline))).toBe(true);
    expect(images).toBe(0);
    expect(text).toContain('The council approved the new harbour wall');
  });

  it.each([
    // A photo that opens full size, a linked picture with its own caption beside it, a paragraph with a linked word.
    ['<p><a href="/photos/wall-large.jpg"><img src="wall.jpg"> The harbour wall as planned, seen from the ferry pier</a></p>', 'seen from the ferry pier'],
    ['<figure><a href="/gallery/wall"><img src="wall.jpg"></a><figcaption>The harbour wall as planned, seen from the ferry pier</figcaption></figure>', 'seen from the ferry pier'],
    ['<p>The plan, <a href="/docs/plan"><img src="pdf.png"> published in full last week</a>, runs to ninety pages and lists every cost.</p>', 'runs to ninety pages'],
  ])('the story\'s own linked pictures stay: %s', (inside, line) => {
    expect(clean(inside).text).toContain(line);
  });
});

describe('video players left in the story', () => {
  it.each([
    // cnn.com: picture, "Video Ad Feedback", another story's title and its running time.
    ['cnn.com', '<div><div><picture><img src="v.jpg"></picture></div><div><p>Video Ad Feedback</p></div><div><p>Hear what happened inside the Supreme Court after historic ruling</p></div><div><p>05:22 - Source: CNN</p></div></div>', 'Hear what happened inside'],
    // cnet.com: a "Top 5" player under the story.
    ['cnet.com', '<div><p><img src="t.jpg"></p><div><p><span>CNET Top 5</span></p><p>Back-to-school tech gifts (2013)</p><p>Want to get your kid off your couch? Bribe them back to school.</p><p>Play Video</p></div></div>', 'Back-to-school tech gifts'],
    // timesofindia.com: a "Watch" link to another story's video.
    ['timesofindia.com', '<p><a href="/videos/news/71498311.cms"><i>Watch</i><span> India, Pakistan should take bilateral route to resolve all disputes</span></a></p>', 'bilateral route'],
  ])('%s: the player goes whole', (_site, player, title) => expectCutWhole(player, title));

  it.each([
    // A time of day in a table, "watch" inside a sentence.
    ['<table><tr><td>Ferry</td><td>12:01</td></tr></table>', '12:01'],
    // rian.ru: the story's own headline, photo and publication time ("17:08 10/04/2011").
    ['<div><img src="r.jpg"><h2>Japanese rally against nuclear power industry</h2><span>17:08</span> <span>10/04/2011</span></div>', 'Japanese rally against nuclear power'],
    ['<p>Residents can watch the works from the pier, the council said.</p>', 'watch the works'],
  ])('what only looks like a player stays: %s', (inside, kept) => {
    expect(clean(inside).text).toContain(kept);
  });
});

describe("another story's video set into the text", () => {
  it.each([
    // foxnews.com: a featured video between paragraphs, its title a link to the video page and a line describing it.
    ['foxnews.com', '<div><div><a href="http://video.foxnews.com/v/6099396703001"><img src="v.png"><span>Video</span></a></div><div><div><h4><a href="http://video.foxnews.com/v/6099396703001">Taylor Swift\'s big night; Britney Spears\' new pop-up</a></h4><p>Hollywood Nation: Taylor Swift will be honored with the coveted Artist of the Decade award at the 2019 American Music Awards ceremony.</p></div></div></div>', 'Taylor Swift'],
    // nj.com: an embedded player's title and description (the player itself never reaches the view).
    ['nj.com', '<div><p><span><span><a href="http://videos.nj.com/nj/2015/01/chris_christies_2015_state_of.html">Chris Christie’s 2015 State of the State: ignoring the big issues facing NJ?</a></span><span>NJ Advance Media commentator Brian Donohue and Star-Ledger editorial page editor Tom Moran discuss the address.</span></span></p></div>', 'State of the State'],
  ])('%s: the teaser goes whole', (_site, teaser, title) => expectCutWhole(teaser, title));

  it.each([
    // A video named inside a sentence of the story.
    ['<p>Residents filmed the flood from the pier, and <a href="https://videos.example.com/flood-pier">their video of the wave</a> was shared widely.</p>', 'their video of the wave'],
    // time.com: the story's own pointer to a video, after a sentence in its paragraph.
    ['<p>The report said the oil no longer posed a threat to the coast. <em><a href="http://www.time.com/time/video/player/0,32068,1234,00.html">(Watch TIME\'s video "Oil Spill Anxiety on the Bayou.")</a></em></p>', 'Oil Spill Anxiety'],
    // The story's own paragraphs beside a video title: only the title's line goes.
    ['<div><h3><a href="https://videos.example.com/wall">Harbour Wall Debate Highlights From Tuesday</a></h3><p>The mayor said the wall would protect four hundred homes from the winter storms that flooded the lower town.</p><p>Engineers expect the first section to be finished before the summer season begins.</p></div>', 'Engineers expect the first section'],
  ])('what only looks like a video teaser stays: %s', (inside, kept) => {
    expect(clean(inside).text).toContain(kept);
  });
});

describe('calls to action closing the last paragraphs', () => {
  /** The text left after post-cleaning the story with `tail` as its last blocks, and what was removed. */
  const ending = (tail: string): { text: string; removed: string[] } => clean(tail, true);

  it.each([
    // space.com: the calls follow a line about the author's book, which stays.
    ['space.com', '<p>Mike Wall\'s book about the search for alien life, "Out There", is out now. Follow him on Twitter <a href="https://twitter.com/michaeldwall">@michaeldwall</a>. Follow us on Twitter @Spacedotcom or Facebook.</p>', ['Follow him on Twitter', 'Follow us on Twitter'], 'is out now.'],
    // gizmodo.com.au: the whole paragraph is calls.
    ['gizmodo.com.au', '<p>Have you subscribed to Gizmodo Australia\'s email newsletter? You can also follow us on Facebook, Twitter, Instagram and YouTube.</p>', ['Have you subscribed', 'follow us on Facebook'], null],
    // huffingtonpost.com: social pages, a tip line and an address to write to.
    ['huffingtonpost.com', '<p>Get HuffPost Business On Twitter, Facebook, and Google Buzz! Know something we don\'t? E-mail us at huffpostbiz@gmail.com</p>', ['Get HuffPost Business', 'Know something'], null],
    // cnbc.com: the blog's sign-off, its address a link the view does not keep.
    ['cnbc.com', '<p>"Questions? Comments? Email us at</p>', ['Questions? Comments?'], null],
    // thekitchn.com and apartmenttherapy.com: a call for submissions and where to send them.
    ['thekitchn.com', '<p>Have a remodel or a DIY project to share with us? <a href="/submit">Submit it here!</a></p>', ['Have a remodel', 'Submit it here'], null],
    ['apartmenttherapy.com', '<p>• Interested in sharing your home with Apartment Therapy? Contact the editors through our <a href="/form">House Tour &amp; House Call Submission Form</a>.</p>', ['Interested in sharing your home', 'Contact the editors'], null],
    // The writer or the outlet followed by name: occupydemocrats.com (after the writer's bio), businessinsider.com
    // (after a cross-post's note), kenya-today.com (its markup's stray quote before the name).
    ['occupydemocrats.com', '<p>Steph Bazzle covers politics and theocracy. Follow Steph on Twitter @imjustasteph.</p>', ['Follow Steph on Twitter'], 'covers politics and theocracy.'],
    ['businessinsider.com', '<p>This article originally appeared at The Aviationist. Copyright 2015. Follow The Aviationist on Twitter.</p>', ['Follow The Aviationist'], 'originally appeared at The Aviationist.'],
    ['kenya-today.com', '<p>Follow “&gt;Boniface Mwangi on Facebook and read more of his posts</p>', ['Boniface Mwangi on Facebook'], null],
    // A closing sentence sending the reader elsewhere for more: a video that is gone from the view (fortune.com), the
    // series' latest article (leandatainc.com), the site's news section (indiatimes.com, without a comma), a pitch
    // after the story's last words (npr.org).
    ['fortune.com', '<p>For more about hiring trends, watch this Fortune video:</p>', ['watch this Fortune video'], null],
    ['leandatainc.com', '<p>At least for now. For the latest article in LeanData’s ongoing series about the changing tech economy, <a href="/blog/x">read here</a>.</p>', ['ongoing series about'], 'At least for now.'],
    ['indiatimes.com', '<p>For more on news and current affairs from around the world please visit Indiatimes News.</p>', ['please visit Indiatimes'], null],
    ['npr.org', '<p>This is not a hack. This is just us! For more of the same, support us.</p>', ['support us'], 'This is just us!'],
    // A podcast's pitch run into the story's last paragraph (kpbs.org).
    ['kpbs.org', '<p>They protested on Monday morning. You can hear this story and other local news every morning by subscribing to San Diego News Matters, KPBS’ daily news podcast. Subscribe via iTunes, Google Play or your favorite podcatcher.</p>', ['You can hear this story', 'Subscribe via iTunes'], 'They protested on Monday morning.'],
  ])('%s: the calls go, the story stays', (_site, tail, gone, kept) => {
    const { text, removed } = ending(tail);
    for (const g of gone) expect(text).not.toContain(g);
    expect(removed.some((r) => r.includes(gone[0]!))).toBe(true);
    if (kept) expect(text).toContain(kept);
    expect(text).toContain('Residents of the lower town, flooded twice this winter');
  });

  it.each([
    // A sentence of the story that says "follow"; a call without a place to follow; a quoted call.
    ['<p>Investigators said they would follow the money wherever it led. Follow-up hearings are set for May.</p>', 'Follow-up hearings are set for May.'],
    ['<p>The mayor thanked the volunteers. Follow them as they walk the new wall on Saturday morning.</p>', 'Follow them as they walk'],
    // A contact the story gives for its own subject; a question the story asks.
    ['<p>Residents who want to object can write to the planning office. Contact the council before May 1.</p>', 'Contact the council before May 1.'],
    ['<p>What will the wall cost the town? The council will publish the figures next week.</p>', 'What will the wall cost the town?'],
    ['<p>The campaign\'s slogan was printed on every bus. “Follow us on Twitter,” it read, above the council\'s logo.</p>', 'Follow us on Twitter'],
    // A story about someone's account; a name followed somewhere other than a platform.
    ['<p>Millions of people follow Taylor Swift on Instagram, where she announced the tour.</p>', 'follow Taylor Swift on Instagram'],
    ['<p>The mayor spoke at noon. Follow Main Street on foot to reach the new wall.</p>', 'Follow Main Street on foot'],
    // "For more than …" opens a sentence of the story; so does a reader of the story's own subject.
    ['<p>The wall will protect the quay. For more than a decade he read the tide tables aloud on the radio.</p>', 'For more than a decade he read'],
    ['<p>The wall will protect the quay. For more than a decade, visitors have come to watch the tide.</p>', 'For more than a decade, visitors'],
    // Where to learn more about the story's subject: a press release's closing line, a book's pointer to a chapter.
    ['<p>The service starts in May. For more information, please visit: www.ascom.com</p>', 'please visit: www.ascom.com'],
    ['<p>Zero-redundancy situations count as imminent. For more details about the concept of redundancy, see the chapter on load balancing.</p>', 'see the chapter on load balancing'],
  ])('what is the story stays: %s', (tail, kept) => {
    expect(ending(tail).text).toContain(kept);
  });
});

describe('paragraphs that end a sentence in their own script', () => {
  /** Three paragraphs of a story, each closed by a full stop, before the last one a test judges. */
  const HARBOUR_WALL = [
    'The council approved the new harbour wall on Tuesday night after three hours of debate about its cost and its route along the old quay.',
    'Work is due to start in the spring, and the ferry company said it would keep its timetable during the works on the northern pier.',
    'Residents of the lower town, flooded twice this winter, welcomed the vote and asked for the work on the wall to start sooner than planned.',
  ];

  /** The paragraphs left after post-cleaning a story written wholly in `paragraphs`. */
  function kept(paragraphs: string[]): string[] {
    return withDocument(`<!doctype html><body><div id="c">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body>`, 'https://news.example.com/a', (doc) => {
      const root = doc.getElementById('c')!;
      postClean(root);
      return Array.from(root.querySelectorAll('p')).map((el) => el.textContent!.trim());
    });
  }

  it.each([
    // bbc.com/burmese: every paragraph closes on "။".
    ['Myanmar', [
      "'ဒီကနေ့ ရုံးချိန်းကို တရားလိုဘက်က လာရောက်တာမရှိခဲ့ဘူး။ တရားခွင်မှာ တရားသူကြီးက တာဝန်ခံအယ်ဒီတာ ကိုနရီမင်း၊ ကိုကျော်ဇောလင်း၊ နဲ့ သတင်းထောက်ချုပ် ကိုဖြိုးဝေ၀င်း တို့ကို အာမခံပေးခဲ့တယ်။' လို့ တရားလွှတ်တော်ရှေ့နေ ဦးကြီးမြင့် က ပြောပါတယ်။",
      'အလဲဗင်းသတင်းသမားတွေကို တရားစွဲဆိုထားတဲ့ ၅၀၅ (ခ) ပုဒ်မအမှုနဲ့ ပတ်သတ်လို့ သတင်းမီဒီယာကောင်စီကို တိုင်ကြားပြီး တွေ့ဆုံညှိနှိုင်းဖြေရှင်းဖို့ လိုတယ်လို့ သမ္မတကလည်း ညွှန်ကြားချက်ထုတ်ပြန်ထားပါတယ်။',
      'ဒီအမှုကို သတင်းမီဒီယာဥပဒေပုဒ်မ ၂၁ အရ နစ်နာတဲ့အဖွဲ့အစည်း၊ ဌာန၊ ပုဂ္ဂိုလ် ဟာ အရင်ဦးဆုံး သတင်းမီဒီယာကောင်စီကို တိုင်ကြားဖို့၊ မီဒီယာဥပဒေပုဒ် ၂၂ အရ မီဒီယာကောင်စီက နှစ်ဘက်တွေ့ဆုံညှိနှိုင်းဖြေရှင်းဖို့ ညွှန်ကြားထားတာလည်း ဖြစ်ပါတယ်။',
      'မီဒီယာကောင်စီကတော့ လက်ရှိ တာမွေတရားရုံးမှာ စွဲဆိုထားတဲ့ နိုင်ငံတော်အကြည်ညိုပျက်စေမှုပုဒ်မ ၅၀၅ (ခ) အမှု ပြီးပြတ်ကာမှ ဆက်လက် ဆောင်ရွက်လို့ရမယ်လို့ ပြောထားပါတယ်။',
    ]],
    // Hindi closes on the danda "।".
    ['Hindi', [
      'नगर निगम ने मंगलवार को बताया कि शहर के पुराने बाज़ार में नई जल निकासी व्यवस्था का काम अगले महीने से शुरू होगा और इसे बरसात से पहले पूरा कर लिया जाएगा।',
      'निगम के अधिकारियों के अनुसार पिछले साल भारी बारिश के दौरान बाज़ार की कई दुकानों में पानी भर गया था, जिससे व्यापारियों को काफ़ी नुकसान उठाना पड़ा था और कई दिनों तक दुकानें बंद रहीं।',
      'व्यापार मंडल के अध्यक्ष ने इस फ़ैसले का स्वागत किया और कहा कि काम के दौरान दुकानों तक पहुँचने का रास्ता खुला रखा जाना चाहिए ताकि ग्राहकों को परेशानी न हो और व्यापार चलता रहे।',
      'निगम ने यह भी कहा कि काम पूरा होने के बाद बाज़ार की सड़कों की मरम्मत की जाएगी और रात में रोशनी के लिए नए खंभे लगाए जाएंगे, जिसके लिए राज्य सरकार से अतिरिक्त राशि मांगी गई है।',
    ]],
    // A Chinese story's last paragraph closes on "。".
    ['Chinese', [
      '市政府周二表示，旧城区新的排水系统将于下个月动工，预计在雨季来临之前完成。去年夏天的暴雨曾使旧城区多条街道积水，许多商户的店铺被淹，损失严重，部分商户因此停业长达数周之久，居民出行也受到很大影响。不少居民在接受采访时表示，希望这次改造能够彻底解决多年来的积水问题，而不是临时修补。',
      '据了解，该工程总投资约三亿元，资金由市财政和省级专项资金共同承担。施工期间，相关部门将对部分路段实行交通管制，并提前发布绕行方案。市政府呼吁市民和商户理解支持，同时表示将设立专门的投诉电话，及时处理施工中出现的噪音、扬尘和出行不便等问题，尽量减少对居民日常生活的影响。工程招标工作已于本月初完成，中标单位将在下月进场施工。',
      '环保部门同时提醒，雨季期间市民应及时清理门前的排水口，不要向下水道倾倒垃圾和废油，以免造成管道堵塞。社区工作人员将挨家挨户发放宣传材料，并组织志愿者在雨后检查各小区的排水情况，发现问题及时上报处理。',
      '市政府有关负责人介绍，新的排水系统将采用更大口径的管道，并在低洼路段增设泵站。工程分三期进行，第一期将覆盖旧城区的主要商业街道，第二期和第三期将延伸到周边的居民区，全部工程预计在明年年底前完工，届时旧城区的排水能力将提高一倍以上。负责人还表示，工程完工后，市政府将建立排水设施定期巡查制度，每年汛期前对管道和泵站进行全面检修，确保系统正常运行。',
    ]],
  ])('%s: the last paragraphs stay', (_script, paragraphs) => {
    expect(kept(paragraphs)).toEqual(paragraphs);
  });

  it.each([
    // cleveland.com: a bookseller's pick, signed with her name and her shop.
    ['cleveland.com', 'Imagine that a second girl from Kansas was swept away to Oz after Dorothy left. But when Amy arrives, Oz is falling apart. The color is dull, and a huge hole in the middle of the land is getting bigger. I loved this book. <em>-- Ami Bray, Loganberry Books</em>'],
    // foxbusiness.com: a quotation signed with its author and its book.
    ['foxbusiness.com', '“A Merry Christmas to everybody! A happy New Year to all the world! Hallo here! Whoop! Hallo! I have been sitting here all the while.” – Charles Dickens, A Christmas Carol'],
  ])('%s: a last paragraph signed with a name and where it comes from stays', (_site, last) => {
    const story = [
      'Booksellers across the region were asked to name the one book they would put in every reader\'s hands this winter, and why.',
      'Their answers ran from new picture books to old classics, and several of them chose the same novel for very different reasons.',
      'We have printed their picks below, lightly edited for length, with the shops where you can find them on the shelves.',
      'Most of the shops are small and independent, and most of the booksellers have worked in them for many years, some of them for longer than they care to admit.',
      'Several said that the books children ask for by name are rarely the ones that stay with them, and that the best picks are the ones a grown-up reads aloud.',
    ];
    expect(kept([...story, last]).at(-1)).toBe(last.replace(/<\/?em>/g, ''));
  });

  it.each([
    // kleinezeitung.at: a German closing quote („…“) ends the story's last paragraph.
    ['kleinezeitung.at', 'Für Schulleiter Salcher eh kein Thema, wie er am Montag am Telefon sagte und dabei lachte: „Wir fahren mit dem Zug zum Wandertag nach Sillian. Da entfliehen wir dem Ganzen sowieso.“'],
    // German guillemets the other way round (»…«), as jungewelt.de sets them.
    ['jungewelt.de', 'Die Organisatoren zeigten sich zum Abschluss des Treffens in der kenianischen Hauptstadt entschlossen: »Das Volk ist kein Beobachter. Das Volk ist der Gestalter der Geschichte.«'],
  ])('%s: a last paragraph closed by its language\'s closing quote stays', (_site, last) => {
    const story = [
      'Am Samstagabend piepste bei tausenden Eltern das Smartphone: Die Schulen meldeten sich mit einer Nachricht über den Notbetrieb.',
      'Viele Eltern folgten der Empfehlung, sofern es für sie möglich war, und ließen ihre Kinder am Montag zu Hause.',
      'In den Schulen der Stadt war das Bild noch deutlicher: Von mehr als 500 Kindern kamen am Vormittag weniger als 200.',
      'Der Wind habe sich zudem ständig gedreht, sodass es Phasen gab, in denen der Brandgeruch nicht wahrnehmbar war, hieß es.',
    ];
    expect(kept([...story, last]).at(-1)).toBe(last);
  });

  it("a last stanza closed by the magazine's end mark stays (newyorker.com's \"♦\")", () => {
    const verses = [
      'Deck the halls of our mountain hideout, fa la la la la, and hope that the humans have not all died out down there in the valley. Don our hazmat suits on tight now; oxygen is leaking right now.',
      'Chestnuts roasting on an open fire, and cars and houses roasting too, our whole city an open pyre. Put those chestnuts away, we have to leave now, the van is packed.',
      'I have a little dreidel, I made it out of clay, and when it is dry and ready I will pray that I can barter it for enough cans of soup to last me through the tornado.',
    ];
    const last = 'All is dark, there is no light, cyclone clouds have blocked out the sky, we are almost out of our dry-meat supply; sleep in uneasy peace, we may have to eat Aunt Bernice ♦';
    expect(kept([...verses, last]).at(-1)).toBe(last);
  });

  it.each([
    // theregister.com closes every story with "®".
    ['theregister.com', 'The eCDM product will be available in the third quarter, and will initially focus on addressing copy sprawl in the company\'s storage systems. The service will be available then as well. ®'],
    // A blog post's last line closed by a check mark or an emoji after its last words.
    ['anisse.astier.eu', 'Last but not least, the title of this article is about the speaker. So I integrated the streaming client, and I can now play songs and rhymes from this online streaming service ! Success ✔'],
    ['a blog', 'And that is how the garden looked at the end of the summer, after three months of watering it every single evening by hand, which I will not do again 🌻'],
  ])('%s: a last paragraph closed by a symbol after its last words stays', (_site, last) => {
    const story = HARBOUR_WALL;
    expect(kept([...story, last]).at(-1)).toBe(last);
  });

  it('an excerpt of another story glued after the story mid-sentence still goes', () => {
    const story = HARBOUR_WALL;
    const excerpt = 'Officials in the neighbouring county said on Monday that a review of the bridge inspection programme had found that the money set aside for repairs this year would be enough to remove at';
    expect(kept([...story, excerpt])).toEqual(story);
  });
});

describe('a wire\'s rights notice ends its copy', () => {
  // A press release or wire story runs to its service's rights notice; what the page sets after it (a session
  // list, other releases) is not the story.
  const TAIL = [
    'Cloud Expo Silicon Valley Sessions Include..',
    'Containers and Microservices Create New Performance Challenges By Jonah Kowall',
    'Overgrown applications have given way to modular applications, driven by the need to break larger problems into smaller problems.',
    'Speaker Bio: Jonah Kowall is the Vice President of market development and insights at AppDynamics, helping drive the company\'s product roadmap.',
  ].map((p) => `<p>${p}</p>`).join('');
  const MORE = [
    'The harbour board said the contract would go to tender in January and that local firms would be invited to bid.',
    'A public meeting on the route of the new wall will be held at the town hall on the first Monday of next month.',
  ].map((p) => `<p>${p}</p>`).join('');
  it.each([
    ['sys-con.com (PR Newswire)', 'About PR Newswire Copyright © 2007 PR Newswire. All rights reserved. Republication or redistribution of PRNewswire content is expressly prohibited without the prior written consent of PRNewswire.'],
    ['sys-con.com (Business Wire)', 'About Business Wire Copyright © 2009 Business Wire. All rights reserved. Republication or redistribution of Business Wire content is expressly prohibited without the prior written consent of Business Wire.'],
    ['theglobeandmail.com (Thomson Reuters)', '© Thomson Reuters 2014 All rights reserved. Republication or redistribution of Thomson Reuters content, including by framing or similar means, is prohibited without the prior written consent of Thomson Reuters.'],
    ['foxnews.com', 'This material may not be published, broadcast, rewritten, or redistributed. ©2014 FOX News Network, LLC. All rights reserved.'],
  ])('%s: what follows the notice goes', (_site, notice) => {
    // The session list after the release is longer than the release: the notice ends the copy all the same.
    const { kept, removed } = linesAfter(`${MORE}<p>${notice}</p>${TAIL}${TAIL}`);
    expect(kept.slice(0, 5)).toEqual(expect.arrayContaining([expect.stringMatching(/^The council/), expect.stringMatching(/^The harbour board/)]));
    expect(kept.join(' ')).not.toMatch(/Jonah Kowall|Overgrown applications/);
    expect(removed.join(' ')).toMatch(/Jonah Kowall/);
  });

  it('a notice before the story (a page\'s header) cuts nothing', () => {
    const notice = 'This material may not be published, broadcast, rewritten, or redistributed. ©2014 FOX News Network, LLC. All rights reserved.';
    const kept = withDocument(`<!doctype html><body><div id="c"><p>${notice}</p>${STORY}${MORE}</div></body>`, 'https://news.example.com/a', (doc) => {
      const root = doc.getElementById('c')!;
      postClean(root);
      return Array.from(root.querySelectorAll('p')).map((el) => el.textContent!.trim());
    });
    expect(kept.filter((p) => !p.includes('may not be published'))).toHaveLength(5);
  });

  it('a story reporting such a ban in its own words is not cut', () => {
    const own = 'The agency told subscribers that republication or redistribution of its content is prohibited without its consent, and that it would sue.';
    const { kept } = linesAfter(`<p>${own}</p><p>Lawyers for the blog said they would fight the claim in court next month, whatever the agency decides.</p>`);
    expect(kept).toHaveLength(5);
  });
});
