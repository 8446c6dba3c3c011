// Where the detector looks for credits on pages that do not mark their headline with <h1>, and on long pages whose
// story sits after a rail of teasers: shapes taken from real pages (the site each comes from is named beside it).
import { describe, expect, it } from 'vitest';
import { withDocument } from '../../scripts/lib/jsdom-page.ts';
import { analyze } from '../../src/core/analyze.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';
import { gatherEvidence } from '../../src/core/evidence/index.ts';
import { detect } from '../../src/core/detect/index.ts';

const para = (i: number): string =>
  `<p>Paragraph ${i} of the story: the council voted on the plan after a long debate about costs, schedules and who would pay for the new bridge.</p>`;
const story = (n: number, first = ''): string => `${first}${Array.from({ length: n }, (_, i) => para(i + 1)).join('')}`;

function run(url: string, title: string, body: string) {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
  return withDocument(html, url, (doc) => analyze(doc, url, SITE_RULES, { now: null }));
}

describe('a headline without <h1>', () => {
  it('is the element holding the title’s headline part, and the credit under it is read (youth.cn)', () => {
    const a = run('https://news.youth.cn/jy/201703/t20170310_9262366.htm', '海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网',
      `<div class="nav"><a href="/">首页</a> <a href="/jy/">教育频道</a></div><div class="main_l"><div class="l_tit">海外留学生看两会：出国前后关注点大不同</div>
       <div class="l_time">发稿时间：<span>2017-03-10 08:42:00</span> <span id="source_baidu">来源： <a href="http://lx.huanqiu.com/">人民日报海外版</a></span></div>
       <div class="article">${story(5)}</div></div>`);
    expect(a.isAggregator).toBe(true);
    expect(a.original?.name).toBe('人民日报海外版');
  });

  it('is found by a title whose parts are joined by double hyphens, and the source line under it is read (people.com.cn)', () => {
    const a = run('http://health.people.com.cn/n1/2024/0517/c14739-40237861.html', '关注青少年心理健康“心成长”服务项目启动--健康·生活--人民网',
      `<div class="subNav"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="/">健康·生活</a></div><div class="title"><h4></h4><h2>关注青少年心理健康“心成长”服务项目启动</h2></div>
       <div class="artOri">2024年05月17日08:59  来源：<a href="http://epaper.ynet.com/html/2024-05/17/content_434387.htm">北京青年报</a></div>
       <div class="artDet">${story(5)}</div>`);
    expect(a.isAggregator).toBe(true);
    expect(a.original?.name).toBe('北京青年报');
  });

  // A date line that runs on past its source link, with the uploader's place and a report button (163.com); the
  // same link at the line's end (people.com.cn) keeps being read.
  const runOn = (source: string) =>
    run('https://www.163.com/dy/article/J3AB12CD0514R9KQ.html', '苹果要求法官驳回司法部反垄断诉讼_网易订阅',
      `<h1 class="post_title">苹果要求法官驳回司法部反垄断诉讼</h1>
       <div class="post_info">2024-05-22 07:16:06&#12288;来源: <a href="https://www.163.com/dy/media/T1472016073110.html">${source}</a> <span>北京</span> <a class="post_jubao">举报</a></div>
       <div class="post_body">${story(5)}</div>`);

  it('reads a source link in a date line that runs on past it (163.com)', () => {
    expect(runOn('鞭牛士').isAggregator).toBe(true);
    expect(runOn('鞭牛士').original?.name).toBe('鞭牛士');
    expect(runOn('北青网-北京青年报').original?.name).toBe('北京青年报');
  });

  it('reads no source from a link naming the web at large, the site itself or a compilation', () => {
    for (const source of ['网络', '互联网', '本站', '综合']) expect(runOn(source).isAggregator, source).toBe(false);
  });

  it('is found by a Chinese title whose site name follows a bare hyphen, and the source list under it is read (kepu.gov.cn)', () => {
    const a = run('http://www.kepu.gov.cn/politics/2023-12/01/content_1755244.html', '习近平主持召开深入推进长三角一体化发展座谈会-中国科普网',
      `<div class="detil-new-title"><div>习近平主持召开深入推进长三角一体化发展座谈会</div><ul><li>来源：新华社</li><li>作者：</li><li>2023-12-01 14:43</li></ul></div>
       <div class="detil-new-content">${story(5)}</div>`);
    expect(a.isAggregator).toBe(true);
    expect(a.original?.domain).toBe('news.cn');
  });

  it('does not split a title at a hyphen inside a Latin word, so a name part is no headline', () => {
    const a = run('https://www.example-local.com/news/bridge-vote', 'Council approves the new bridge plan-Example Local',
      `<div class="brand">Example Local</div><div class="writtenby">By: Business Wire</div>${story(5)}`);
    expect(a.isAggregator).toBe(false);
  });

  it('is the element holding the title’s headline part, and the wire under it is read (cloudcomputingexpo.com)', () => {
    const a = run('http://www.cloudcomputingexpo.com/node/3432136', 'IHS to Hold Conference Call and Webcast on September 29 | Cloud Computing Expo',
      `<div class="storytitle">IHS to Hold Conference Call and Webcast on September 29</div><div class="writtenby">By: Business Wire</div>
       <div class="storydatetime">Aug. 28, 2015 08:00 AM</div>${story(5)}`);
    expect(a.isAggregator).toBe(true);
    expect(a.original?.domain).toBe('businesswire.com');
  });

  it('is not a link or a card repeating the title: a credit there is not read', () => {
    const a = run('https://www.example-local.com/news/bridge-vote', 'Council approves the new bridge plan | Example Local',
      `<ul class="trending"><li><a href="/news/bridge-vote">Council approves the new bridge plan</a><div>By: Business Wire</div></li></ul>${story(5)}`);
    expect(a.isAggregator).toBe(false);
    expect(a.original?.domain).toBe('example-local.com');
  });

  it('leaves a page with no credit under its headline as the host’s own story', () => {
    const a = run('https://www.example-local.com/news/bridge-vote', 'Council approves the new bridge plan - Example Local',
      `<div class="title">Council approves the new bridge plan</div><div class="date">March 3, 2024</div>${story(5)}`);
    expect(a.isAggregator).toBe(false);
  });
});

describe('the lines under a headline’s summary paragraph', () => {
  const dek = 'The train drivers’ union has called another strike, first in freight and then for passengers, in a long dispute over hours and pay.';
  it('are read past a summary marked as one: the wire’s byline under a standfirst, a date line under a German teaser', () => {
    const guardian = run('https://www.theguardian.com/world/2024/mar/03/rail-strike', 'Rail strike to begin on Monday | World news | The Guardian',
      `<h1>Rail strike to begin on Monday evening</h1><div data-gu-name="standfirst"><p>${dek}</p></div><div class="meta">JANE DOE | AP Business Writer</div><div class="body">${story(5)}</div>`);
    expect(guardian.isAggregator).toBe(true);
    expect(guardian.original?.name).toBe('Associated Press');
    const portal = run('https://web.de/magazine/wirtschaft/bahn-streik-39412345', 'Bahn: Streik beginnt am Abend | WEB.DE',
      `<h1>Bahn: Streik im Güterverkehr beginnt am Abend</h1><p class="teaser">${dek}</p><div class="meta"><span>Aktualisiert am 03.03.2024, 16:40 Uhr</span></div><div class="text">${story(5)}</div>`);
    expect(portal.published).toBe('2024-03-03');
  });

  it('leave out a picture’s credit set by its class (spiegel.de’s "asset-credit", detroitnews.com’s "image-credit")', () => {
    const a = run('https://www.spiegel.de/politik/deutschland/kubicki-a-1180321.html', 'FDP-Vize Kubicki: "Unterirdische Angriffe" - SPIEGEL ONLINE',
      `<h2 class="article-title"><span class="headline">FDP-Vize Kubicki: "Unterirdische Angriffe"</span></h2><p class="article-intro"><strong>${dek}</strong></p>` +
        `<div class="box-image"><img src="k.jpg" alt="Wolfgang Kubicki"><div class="article-image-description"><div class="asset-credit">DPA</div><p>Wolfgang Kubicki</p></div></div><div class="text">${story(5)}</div>`);
    expect(a.isAggregator).toBe(false);
    // detroitnews.com: the photographer and the agency under a picture ("image-credit"), after the byline.
    const gannett = run('https://www.detroitnews.com/story/sports/college/2019/11/19/eastern-michigan-routs/4244754002/', 'Eastern Michigan routs Northern Illinois',
      `<h1>Eastern Michigan routs Northern Illinois to become bowl eligible</h1><div class="byline">Detroit News</div><div class="asset asset-image"><img src="a.jpg"><div class="image-meta"><div class="image-caption">Eastern Michigan quarterback Mike Glass III</div><div class="image-credit">Al Goldis, Associated Press</div></div></div><div class="text">${story(5)}</div>`);
    expect(gannett.isAggregator).toBe(false);
  });

  it('stop at a long paragraph not marked as a summary: the story’s own lines are not the headline’s', () => {
    const a = run('https://www.city-paper.com/news/a', 'Rail strike to begin on Monday | City Paper',
      `<h1>Rail strike to begin on Monday evening</h1><p>${dek}</p><div class="meta">JANE DOE | AP Business Writer</div><div class="body">${story(5)}</div>`);
    expect(a.isAggregator).toBe(false);
  });
});

describe('a long page whose story follows a rail of teasers', () => {
  const rail = Array.from({ length: 110 }, (_, i) => `<p>Teaser ${i}: another story from the network about something else entirely.</p>`).join('');
  const footer = Array.from({ length: 40 }, (_, i) => `<p>Footer link ${i}</p>`).join('');

  it('reads the dateline of the story after the headline, not only the page’s first and last paragraphs', () => {
    const a = run('https://www.example-portal.com/story/123', 'Flood barriers to be raised | Example Portal',
      `<div class="rail">${rail}</div><h1>Flood barriers to be raised</h1><div class="text">${story(6, '<p>KUALA LUMPUR, March 3 (Bernama) -- The government will raise the flood barriers along the river before the monsoon season, the minister said on Monday.</p>')}</div>${footer}`);
    expect(a.isAggregator).toBe(true);
    expect(a.original?.name).toMatch(/Bernama/);
  });

  it('does not flag the same page whose story carries no credit', () => {
    const a = run('https://www.example-portal.com/story/123', 'Flood barriers to be raised | Example Portal',
      `<div class="rail">${rail}</div><h1>Flood barriers to be raised</h1><div class="text">${story(7)}</div>${footer}`);
    expect(a.isAggregator).toBe(false);
  });
});

describe('bylines', () => {
  it('takes no byline from a rail of other stories’ bylines inside the story area (cloudcomputingexpo.com)', () => {
    const rail = ['Elizabeth White', 'Liz McMillan', 'Carmen Gonzalez', 'Pat Romanski'].map((n) => `<div class="author">By ${n}</div><p>Another story by ${n}</p>`).join('');
    const a = run('https://www.example-tech.com/node/1', 'Quarterly results call | Example Tech', `<h1>Quarterly results call</h1><div>${story(4)}${rail}${story(2)}</div>`);
    expect(a.byline).toBeNull();
  });

  it('keeps the story’s own byline above such a rail (refinery29.com)', () => {
    const rail = ['Frances Solá-Santiago', 'Venesa Coger', 'Nadia Ebrahim'].map((n) => `<div class="author">by ${n}</div><p>Another story by ${n}</p>`).join('');
    const a = run('https://www.example-style.com/node/1', 'An artist on caring | Example Style', `<h1>An artist on caring</h1><div class="byline">Connie Wang</div><div>${story(4)}${rail}${story(2)}</div>`);
    expect(a.byline).toBe('Connie Wang');
  });

  it('keeps authors named in separate byline elements', () => {
    const a = run('https://www.example-tech.com/node/2', 'Quarterly results call | Example Tech',
      `<h1>Quarterly results call</h1><div class="byline"><a class="author" href="/a">Jane Doe</a> and <a class="author" href="/b">John Roe</a></div>${story(5)}`);
    expect(a.byline).toBe('Jane Doe and John Roe');
  });
});

describe('the story’s stretch when the headline stands straight in the page’s container', () => {
  // The headline's block is the whole page: a news ticker after the story is not the story's (aktualne.cz).
  const page = (above: string) => `<div class="site"><div class="page">${above}<h1>West Ham threaten the giants again</h1><div class="wrapper"><div class="left"><div class="article">
    <div class="byline">Jan Novak</div>${story(6)}</div></div></div><div class="wrapper"><h3>Happening now</h3><div class="ticker"><div class="box">
    <h3>Prague to build three hundred flats</h3><p>The city council approved the plan on Monday after a long debate about costs.</p>
    <span class="box__author">Source: <a href="/authors/ctk">ČTK</a></span></div></div></div></div></div>`;

  it('reads no credit from a ticker after the story', () => {
    const a = run('https://sport.example-cz.com/football/123', 'West Ham threaten the giants again | Example', page(''));
    expect(a.isAggregator).toBe(false);
    expect(a.byline).toBe('Jan Novak');
  });

  it('still reads a credit standing above the headline in that container', () => {
    const a = run('https://sport.example-cz.com/football/123', 'West Ham threaten the giants again | Example', page('<div class="byline">By Jan Novak, Associated Press</div>'));
    expect(a.isAggregator).toBe(true);
    expect(a.original?.domain).toBe('apnews.com');
  });
});

describe('the site’s owner, named in its footer', () => {
  it('is the host when the story’s source line names it (shgjj.com)', () => {
    const a = run('http://www.shgjj.com/html/zyxw/201806/1234.html', '关于调整2018年度上海市住房公积金缴存比例的补充通知',
      `<div class="tit">关于调整2018年度上海市住房公积金缴存比例的补充通知</div><div class="info">发布日期：2018-06-26 来源：上海市公积金管理中心</div>${story(4)}
       <div class="foot"><p class="footer">CopyRight 2001-2017 沪ICP备06005607号 上海市公积金管理中心 版权所有 www.shgjj.com</p><p class="footer">办公地址：上海市闵行区田林路1016号</p></div>`);
    expect(a.isAggregator).toBe(false);
  });

  it('is the host when a source line and a rights line name it (a local paper’s own site without og:site_name)', () => {
    const a = run('https://www.springfield-il.example/news/water', 'Water main work on Fifth Street | Springfield',
      `<h1>Water main work on Fifth Street</h1><div class="source">Source: Springfield Daily News</div>${story(4)}<p>Copyright 2024 Springfield Daily News. All rights reserved.</p><footer><p>© 2024 Springfield Daily News. All rights reserved.</p></footer>`);
    expect(a.isAggregator).toBe(false);
  });

  it('does not hide a note that the story first ran at a sister title of the same owner (citylab.com)', () => {
    const a = run('https://www.citylab.com/design/2016/06/ceramics/486500/', 'The ceramics revival | CityLab',
      `<h1>The ceramics revival</h1>${story(4)}<p>This article originally appeared on The Atlantic.</p><footer><p>Copyright © 2016 by The Atlantic Monthly Group. All Rights Reserved.</p></footer>`);
    expect(a.isAggregator).toBe(true);
    expect(a.original?.domain).toBe('theatlantic.com');
  });

  it('does not hide a wire named in the footer’s notice', () => {
    const a = run('https://www.example-tv.com/news/storm', 'Storm hits coast | Example TV',
      `<h1>Storm hits coast</h1><div class="byline">By JANE DOE, Associated Press</div>${story(4)}<footer><p>Associated Press content © 2024 The Associated Press. All rights reserved.</p></footer>`);
    expect(a.isAggregator).toBe(true);
  });
});

describe('the lines right after the story', () => {
  it('reads a box of several paragraphs line by line, not as their text run together (albawaba.com)', () => {
    const url = 'https://www.albawaba.com/news/world-community-lashes-out-1322354';
    const html = `<!doctype html><html><head><title>World community lashes out | Al Bawaba</title></head><body><h1>World community lashes out</h1><div class="body">${story(4)}</div><section class="block"><p>Via <a href="http://syndigate.info">SyndiGate.info</a><br></p><a href="http://www.alaraby.co.uk/english"><img src="/logos/2687.png" title="TheNewArab"></a><br><p>Copyright @ 2019 The New Arab.</p></section></body></html>`;
    // The detector's own reading, before the engine adds the story's last lines.
    const after = withDocument(html, url, (doc) => gatherEvidence(doc, url, SITE_RULES).lines.filter((l) => l.where === 'after').map((l) => l.text));
    expect(after).toEqual(['Via SyndiGate.info', 'Copyright @ 2019 The New Arab.']);
    expect(withDocument(html, url, (doc) => detect(doc, url, SITE_RULES)).signals.map((s) => s.outlet)).toContain('New Arab');
  });

  it('still reads a box of one paragraph whole', () => {
    const one = run('https://www.example-news.com/a', 'A story | Example News', `<h1>A story</h1>${story(4)}<div><p>Copyright 2024 The Associated Press. All rights reserved.</p></div>`);
    expect(one.original?.name).toMatch(/Associated Press/);
  });
});
