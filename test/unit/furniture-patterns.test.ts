// Furniture recognised by what it says: each pattern with real lines from at least two sites (the site in the
// comment, the line as the page printed it), and the story lines that look like it but must stay.
import { describe, expect, it } from 'vitest';
import { furnitureKind } from '../../src/core/extract/furniture-lines.ts';
import { blockKind, INLINE_RELATED, isRelatedHeading } from '../../src/core/extract/patterns.ts';

describe('related-link labels inside a story', () => {
  it.each([
    ['space.com', 'Related: Possible Water Plumes on Europa: The Discovery in Images'],
    ['money.cnn.com', 'Related: Chicago is America\'s most segregated city'],
    ['chron.com', 'On HoustonChronicle.com: Car sales plunge nearly 17 percent in August'],
    ['express.co.uk', 'READ MORE: China plague outbreak confirmed: Two diagnosed'],
    ['liberation.fr', 'A lire aussi : La fierté de Manuel Valls'],
    ['liberation.fr', 'A lire aussi : Notre récit du discours de Martine Aubry'],
    ['a Russian daily', 'Читайте также: Губернатор провёл встречу с жителями'],
    // The label names what it points at: a video's title, the player gone from the view.
    ['mashable.com', 'Related video: Timothée Chalamet and Zendaya on bringing a sci-fi epic back to the big screen'],
  ])('%s: %s', (_site, line) => {
    expect(INLINE_RELATED.test(line.toLowerCase())).toBe(true);
    expect(furnitureKind(line)).toBe('related');
  });
});

describe('headings of blocks of other stories', () => {
  it.each([
    ['medium.com', 'More from Jakob Ulbrich'],
    ['cleveland.com', 'More from Joanna Connors »'],
    ['blog.nightly.mozilla.org', 'More articles in “News”'],
    ['golflink.com', 'More on cheap Las Vegas food'],
    ['a German regional paper', 'Mehr aus Hamburg'],
    ['an Italian daily', 'Altro da Cronaca'],
    ['remember8090.it', 'Leggi anche'],
    ['a Korean regional paper', '관련기사'],
    ['a Korean regional paper', '많이 본 뉴스'],
    ['a Taiwanese local site', '熱門新聞'],
    ['a German daily', 'Lesen Sie auch:'],
    ['a Japanese portal', '関連記事'],
    ['vse-diety.com', 'Самые популярные диеты'],
    ['a Russian daily', 'Читайте также:'],
    ['an Arabic daily', 'مواضيع مقترحة'],
    // "Most read" narrowed to a section.
    ['thesun.co.uk', 'Most read in world news'],
    ['express.co.uk', 'Most read in Science'],
    ['panarmenian.net', 'Most popular in the section'],
    // Related items from a named source.
    ['gigaom.com', 'Related content from GigaOM Pro (sub req’d):'],
    ['huffingtonpost.com', 'Related News On Huffington Post:'],
    // Rows of other videos.
    ['bhg.com', "This Week's Top Videos"],
    ['globalnews.ca', 'More Videos'],
    ['fandom.com', 'Latest Videos'],
    ['theroot.com', 'Recent Videos'],
    ['itpro.com', 'RECOMMENDED VIDEOS FOR YOU...'],
    ['theverge.com', 'Featured Videos From The Verge'],
    // Other work of the writer, the source or the series.
    ['sfchronicle.com', 'More by Carolyn Said'],
    ['prnewswire.com', 'More by this Source'],
    ['siliconbeat.com', 'More Posts in Silicon Beat'],
    ['thekitchn.com', 'More posts in this series'],
    // Partner content.
    ['techmonitor.ai', 'Content from our partners'],
    // A widget's or a newsletter's reading list.
    ['self.com', "What We're Reading"],
    ['nytimes.com', 'What We’re Reading'],
    // A question to the reader before the heading.
    ['thedebrief.co.uk', 'Like this? You might also be interested in:'],
    ['a lifestyle site', 'Enjoyed this story? Read more:'],
  ])('%s: %s', (_site, line) => {
    expect(isRelatedHeading(line)).toBe(true);
  });

  it.each([
    'Most read in 2019 was a memoir by a former first lady, the publisher said on Tuesday.',
    'Most popular in the 1990s, the format has come back on streaming services this year.',
    'Related to the case, police said two more people were questioned on Friday.',
    'Самые популярные в этом году модели оказались самыми дешёвыми.',
    'Related stories from the same town reached the paper within a week, and the editors compared every one of them.',
    'More videos of the attack surfaced on Tuesday, police said.',
    'More by luck than judgement.',
    'More by accident than by design, the plan worked.',
    'Featured videos from the launch drew a million views.',
    // The question alone, or before a sentence, is no heading.
    'Like this?',
    'Like this? Most readers did, according to the survey published on Tuesday.',
  ])('a sentence that opens like one is not a heading: %s', (line) => {
    expect(isRelatedHeading(line)).toBe(false);
  });
});

describe('calls to action, newsletters and app invitations', () => {
  it.each([
    ['space.com', 'Join our Space Forums to keep talking space', 'promo'],
    // Registration walls.
    ['nationalpost.com', 'Create an account or sign in to continue with your reading experience.', 'promo'],
    ['ottawacitizen.com', 'Register to unlock this article — it’s free', 'promo'],
    ['theprovince.com', 'REGISTER / SIGN IN TO UNLOCK MORE ARTICLES', 'promo'],
    ['standard.co.uk', 'Create a FREE account to continue reading', 'promo'],
    ['nature.com', 'Enjoying our latest content? Log in or create an account to continue', 'promo'],
    ['nymag.com', 'Sign In To Continue Reading', 'promo'],
    ['bbc.com', 'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', 'promo'],
    ['forbes.com', 'Follow me on Twitter or LinkedIn. Check out my website.', 'promo'],
    ['thehill.com', 'Don\'t miss a brief. Sign up for our daily email.', 'promo'],
    ['moneycontrol.com', 'Subscribe to our Daily Newsletter', 'newsletter'],
    ['rollingstone.com', 'Want more Rolling Stone? Sign up for our newsletter.', 'newsletter'],
    ['quantamagazine.org', 'Get Quanta Magazine delivered to your inbox', 'newsletter'],
    // A newsletter's pitch that opens with "Get".
    ['fortune.com', 'Get Data Sheet, Fortune’s technology newsletter.', 'newsletter'],
    // A clause calling the reader to have stories delivered to the inbox, wherever it stands in the line.
    ['thefederalistpapers.org', 'Stop the censors, sign up to get today\'s top stories delivered right to your inbox', 'newsletter'],
    ['healthcareitnews.com', 'Receive Healthcare IT News coverage delivered directly to your inbox.', 'newsletter'],
    ['aol.com', 'Sign up to get the latest breaking news alerts and updates delivered straight to your inbox.', 'newsletter'],
    ['usatoday.com', 'Want the Short List delivered straight to your inbox? Yeah, you do. Sign up!', 'promo'],
    // A podcast's pitch in brackets between the story's paragraphs.
    ['nytimes.com', '[You can listen to this episode of “Sway” on Apple, Spotify, Google or wherever you get your podcasts.]', 'promo'],
    ['bloomberg.com', 'Get insight from reporters around the world in the Balance of Power newsletter.', 'newsletter'],
    // Membership pitches, wherever the call stands in the block.
    ['blisterreview.com', 'Blister Members can now check out our Flash Review of the Outline for our initial impressions. Become a Blister member now to check out this and all of our Flash Reviews, plus get exclusive deals and discounts on skis.', 'promo'],
    ['blisterreview.com', 'Become a Blister Member or Deep Dive subscriber to check out our Deep Dive comparisons of the Line Outline to the Line Sir Francis Bacon and the Atomic Bent Chetler 120.', 'promo'],
    ['huffingtonpost.com', 'Everyone deserves accurate information about COVID-19. Support journalism without a paywall — and keep it free for everyone — by becoming a HuffPost member today.', 'promo'],
    ['nationalreview.com', 'If you enjoyed this article, we have a proposition for you: Join NRPLUS. Members get all of our content (including the magazine), no paywalls or content meters, an advertising-minimal experience. Consider it?', 'promo'],
    ['foxnews.com', 'CLICK HERE TO GET THE FOX NEWS APP', 'app-promo'],
    // "Did you like this story?" opening a call to share, rate, subscribe or give.
    ['smithsonianmag.com', 'Like this article? SIGN UP for our newsletter', 'promo'],
    ['gigaom.com', 'like this story? Tweet', 'promo'],
    ['restofworld.org', 'Enjoyed this story? Support our award-winning journalism by becoming a member.', 'promo'],
    // A plea for support, a newsletter's offer to the inbox, a sponsor's line, an event's ticket offer.
    ['atlasobscura.com', 'Consider supporting our work by becoming a member for as little as $5 a month.', 'promo'],
    ['chinatalk.substack.com', 'Please consider supporting ChinaTalk.', 'promo'],
    ['thegatewaypundit.com', 'Please consider supporting the work of The Gateway Pundit. Every dollar donated helps us fight back.', 'promo'],
    ['vanityfair.com', 'If you would like to receive the Levin Report in your inbox, sign up here.', 'promo'],
    ['nbcdfw.com', 'Receive the latest local updates in your inbox', 'promo'],
    ['milkroad.com', 'TODAY\'S MILK ROAD IS BROUGHT TO YOU BY CRYPTOTRADER.TAX', 'promo'],
    ['allvoices.com', 'This article is brought to you by LeadsCon New York.', 'promo'],
    ['marthastewartweddings.com', 'Brought to you by the Invisalign brand', 'promo'],
    ['fiercepharma.com', 'Register now for early-bird savings!', 'promo'],
    ['techcrunch.com', 'Disrupt 2024 early-bird prices end at midnight', 'promo'],
    ['liputan6.com', 'Follow Official WhatsApp Channel Liputan6.com untuk mendapatkan berita-berita terkini dengan mengklik tautan ini.', 'promo'],
    ['kompas.com', 'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel', 'promo'],
    ['dailystar.co.uk', 'ENJOYED THIS STORY? Choose Daily Star as a \'Preferred Source\' on Google News for quick access to the news you value.', 'promo'],
    ['israel-nachrichten.org', 'Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende, oder werden Sie Mitglied der Israel-Nachrichten.', 'promo'],
    ['freiepresse.de', 'Hat Ihnen der Artikel gefallen? Teilen Sie ihn mit Anderen.', 'promo'],
    ['jungewelt.de', 'hat Ihnen dieser Artikel gefallen? Durchschnittliche Bewertung: 0,0', 'promo'],
    ['a French paper', 'Cet article vous a plu ? Partagez-le.', 'promo'],
    ['a Spanish paper', '¿Te gustó este artículo? Compártelo con tus amigos.', 'promo'],
    ['a Brazilian paper', 'Gostou desta matéria? Compartilhe.', 'promo'],
    // Keeping the reader up to date ("auf dem Laufenden"), as German sites pitch newsletters and feeds.
    ['abendblatt.de', 'Bleiben sie auf dem Laufenden rund um die Themen Immobilien, Wohnen & Stadtentwicklung', 'promo'],
    ['spektrum.de', 'Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter – fünf Mal die Woche von Dienstag bis Samstag', 'promo'],
    ['spiegel.de', 'Lassen Sie sich mit kostenlosen Diensten auf dem Laufenden halten: alles aus der Rubrik Netzwelt Twitter | RSS', 'promo'],
    ['faz.net', 'Immer auf dem Laufenden Sie haben Post! Abonnieren Sie unsere FAZ.NET-Newsletter', 'promo'],
    // Written: the same calls in the other languages the clean view reads.
    ['a German paper', 'Jetzt Abo abschließen und alle Artikel lesen.', 'promo'],
    ['a Dutch paper', 'Schrijf je in voor onze nieuwsbrief en mis niets.', 'promo'],
    ['a Dutch paper', 'Steun onze journalistiek: word abonnee.', 'promo'],
    ['a Japanese paper', 'ニュースレターに登録して最新情報を受け取る', 'promo'],
    ['a Japanese paper', '有料会員になるとすべての記事が読めます', 'promo'],
    ['an Arabic paper', 'ادعم الصحافة المستقلة واشترك الآن', 'promo'],
    // An aggregator's note around a summary, and the pointer to the full text.
    ['a topic hub', 'We have summarized this news so that you can read it quickly. If you are interested in the news, you can read the full text here.', 'promo'],
    ['an aggregator', 'We summarised this for you. Read the full text at the source.', 'promo'],
    ['an aggregator', 'Summaries are written by AI from free news feeds. Tap a headline to read the full story at the source.', 'promo'],
    ['theverge.com\'s feed teaser on an aggregator', 'Read the full story at The Verge.', 'promo'],
    ['an aggregator', 'Read the full story at the source', 'promo'],
    ['a topic hub', 'Read the full article on Reuters »', 'promo'],
    // The marker of an advertisement's slot inside a story.
    ['nytimes.com', 'Continue reading the main story', 'ad'],
    ['bbc.co.uk', 'Continue reading the main story', 'ad'],
    ['foxbusiness.com', 'Continue Reading Below', 'ad'],
    // The break the story resumes after, in other words and languages.
    ['westernjournalism.com', 'Advertisement - story continues below', 'ad'],
    ['a TV station\'s site', 'Story continues below gallery', 'ad'],
    ['sfchronicle.com', 'Article continues below this ad', 'ad'],
    ['hurriyet.com.tr', 'Haberin Devamı', 'ad'],
    ['onedio.com', 'İçeriğin Devamı Aşağıda', 'ad'],
    ['uol.com.br', 'Continua após a publicidade', 'ad'],
    ['nieuwsblad.be', '(Tekst gaat verder onder de foto.)', 'ad'],
    ['a German paper', 'Weiter nach der Anzeige', 'ad'],
    ['a German paper', 'Der Artikel wird nach der Anzeige fortgesetzt', 'ad'],
    ['a French paper', 'La suite après cette publicité', 'ad'],
    ['a Spanish paper', 'El artículo continúa después del anuncio', 'ad'],
    ['an Italian paper', "L'articolo continua dopo la pubblicità", 'ad'],
    ['mashable.com', 'Download our free apps for Android, Mac, iPhone and iPad', 'app-promo'],
    ['mlive.com', 'Stay up-to-date on the latest news and scores. Download our mobile app here', 'app-promo'],
    // Calls for tips with the ways to send them, longer than a line.
    ['wired.com', 'Is there something you think we should know about Instagram? Email the writer at louise_matsakis@wired.com. Signal: 347-966-3806. WIRED protects the confidentiality of its sources, but if you wish to conceal your identity, here are the instructions for using SecureDrop. You can also mail us materials at 520 Third Street, Suite 350, San Francisco, CA 94107.', 'promo'],
    // A German newsletter's pitch with where to sign up or where it arrives.
    ['br.de', '"Hier ist Bayern": Der BR24 Newsletter informiert Sie immer montags bis freitags zum Feierabend über das Wichtigste vom Tag auf einen Blick – kompakt und direkt in Ihrem privaten Postfach. Hier geht\'s zur Anmeldung!', 'newsletter'],
    ['waz.de', 'Ausgeh-Tipps und Neuigkeiten aus der Szene im Revier: Hier kostenlos für den WAZ-Gastro-Newsletter anmelden!', 'newsletter'],
    // A call to write in, with the address.
    ['metro.co.uk', 'Get in touch with our news team by emailing us at webnews@metro.co.uk.', 'promo'],
    ['mirror.co.uk', 'Are protests breaking out in your area? Get in touch at webnews@reachplc.com', 'promo'],
    // Affiliate-link disclosures about the page or the site.
    ['telegraph.co.uk', 'This article contains affiliate links.', 'other'],
    ['winfuture.de', 'In diesem Artikel sind Affiliate-Links enthalten. Durch einen Klick darauf gelangen Sie direkt zum Anbieter.', 'other'],
    ['focus.de', 'Die mit einem Symbol oder Unterstreichung gekennzeichneten Links sind Affiliate-Links. Kommt darüber ein Einkauf zustande, erhalten wir eine Provision - ohne Mehrkosten für Sie!', 'other'],
    ['techradar.com', 'When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.', 'other'],
    ['canada.com', 'Our editors’ selections are unbiased and products are independently selected. Postmedia may earn an affiliate commission from purchases made through links on this page.', 'other'],
    ['engadget.com', 'Some of our stories include affiliate links. If you buy something through one of these links, we may earn an affiliate commission.', 'other'],
    ['9to5mac.com', 'FTC: We use income earning auto affiliate links. More.', 'other'],
    ['oneesports.gg', 'Just a heads up, some of the links on ONE Esports are affiliate links. This means if you click on them and make a purchase, we may earn a small commission.', 'other'],
    ['huffingtonpost.com', 'Know something we don\'t? E-mail us at huffpostbiz@gmail.com. We read every message, and the reporters on this story will follow up on what you send, in confidence if you ask; say so in the first line of your message and leave out your name if you want.', 'promo'],
  ])('%s: %s', (_site, line, kind) => {
    expect(blockKind(line)).toBe(kind);
  });
});

describe('a syndicated feed’s note under the story', () => {
  it.each([
    ['ndtv.com', '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)'],
    ['business-standard.com', '(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)'],
    ['theprint.in', 'This report is auto-generated from Press Trust of India news service. ThePrint holds no responsibility for its content.'],
    ['devdiscourse.com', '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)'],
  ])('%s', (_site, line) => expect(blockKind(line)).toBe('other'));

  it('a story’s own sentence about a headline or a feed stays', () => {
    expect(blockKind('Only the headline was changed before the paper went to print, the editor said.')).toBeNull();
    // The story's own sentences about continuing are no ad break.
    expect(blockKind('The story continues below the surface, where divers found the wreck.')).toBeNull();
    expect(blockKind('Haberin devamında bakanlık yetkilileri açıklama yaptı.')).toBeNull();
    expect(blockKind('De tekst gaat verder over de aanslag in Brussel.')).toBeNull();
    expect(blockKind('Except for the headline, the front page was printed as planned; the syndicated feed went out an hour later.')).toBeNull();
  });
});

describe('a story’s own sentence about reading or summing up is not furniture', () => {
  it.each([
    'Continue reading the main story, the editor said, and you will see why.',
    'Continue reading below the fold was once a newspaper habit.',
    'Read the full report at the agency’s website, the minister told reporters, before any decision is taken on the budget.',
    'We have summarized the main points of the bill below.',
    'The committee summarized the findings for the minister so that she could decide quickly.',
    'This is a summary of the evidence heard by the inquiry over six weeks, published on Tuesday.',
    'You can listen to this episode of the trial in the court\'s own recording, the judge said.',
    'Want the results delivered to the council by May? The mayor said she did.',
  ])('%s', (line) => {
    expect(blockKind(line)).toBeNull();
  });
});

describe('a story that keeps someone up to date is not a pitch', () => {
  it.each([
    'Die Polizei hält die Bevölkerung auf dem Laufenden, sagte ein Sprecher am Abend.',
    'Immer auf dem Laufenden zu sein, ist für Anleger schwer geworden.',
    'Immer auf dem Laufenden, das war sein Anspruch als Korrespondent.',
    'Bleiben Sie gesund, sagte der Minister zum Abschied.',
  ])('%s', (line) => {
    expect(blockKind(line)).toBeNull();
  });
});

describe('a story about members is not a membership pitch', () => {
  it.each([
    'She became a member of the club in 2010 and joined its board two years later.',
    'Farmers can cut their costs by becoming a member of the co-op, the minister said.',
    'The union said 2,000 workers would join as members this year.',
    'Members get a vote at the annual meeting, where the board is elected.',
    'Blister Members can read our initial on-snow impressions in our Flash Review linked below, and then stay tuned for our full review.',
  ])('%s', (line) => {
    expect(blockKind(line)).toBeNull();
  });
});

describe('an embed\'s placeholder and a player\'s notice', () => {
  it.each([
    ['zeit.de', 'Empfohlener redaktioneller Inhalt An dieser Stelle finden Sie externen Inhalt, der den Artikel ergänzt. Sie können sich hier alle externen Inhalte mit einem Klick anzeigen lassen und wieder ausblenden.', 'consent'],
    ['gamestar.de', 'An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt. Du kannst ihn dir mit einem Klick anzeigen lassen und wieder ausblenden.', 'consent'],
    ['tagesspiegel.de', 'An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen Inhalt, der den Artikel für Sie mit zusätzlichen Informationen anreichert.', 'consent'],
    ['tagesspiegel.de', 'Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.', 'consent'],
    ['gamestar.de', 'Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.', 'consent'],
    ['gamestar.de', 'Personenbezogene Daten können an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.', 'consent'],
    ['businessinsider.de', 'Externer Inhalt nicht verfügbar', 'consent'],
    ['businessinsider.de', 'Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen Inhalte (z.B. Grafiken, Tabellen, Abo-Login) und Sozialen Netzwerke.', 'consent'],
    ['zdf.de', 'Ein Klick für den Datenschutz', 'consent'],
    ['dw.com', 'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video', 'other'],
    ['metro.co.uk', 'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video', 'other'],
    ['bbc.co.uk', 'To view this content, Javascript must be enabled and Adobe Flash Player must be installed.', 'other'],
  ])('%s: %s', (_site, line, kind) => {
    expect(blockKind(line)).toBe(kind);
  });

  it.each([
    'An dieser Stelle sollte eigentlich ein Radweg entstehen, sagte die Bürgermeisterin.',
    'Die Behörde hat personenbezogene Daten an Dritte übermittelt, ohne die Betroffenen zu fragen.',
    'To view this exhibition, visitors need a ticket booked online in advance.',
  ])('a story line stays: %s', (line) => {
    expect(blockKind(line)).toBeNull();
  });
});

describe('a story\'s own sentence with a pitch\'s words is not a pitch', () => {
  it.each([
    'Users must create an account to continue using the app after the update, the company said.',
    'Register to vote by Friday to take part in the election, officials reminded residents.',
    '“Did you like this story?” the teacher asked the class, and most of the children said no.',
    'Readers who enjoyed this article’s first part wrote in to ask for more, the editor said.',
    'Hat Ihnen der Film gefallen? Das fragte der Regisseur nach der Vorstellung.',
    'Early birds smelled good to the first mammals, the researchers found.',
    'The senators said they would consider the bill, and several pledged their support for it.',
    'Phishing emails that land in your inbox look more convincing every year, the report found.',
    'The show, brought to the screen by a small studio, drew a million viewers.',
    'Warga diminta mengikuti WhatsApp Channel resmi BMKG untuk peringatan dini cuaca, kata kepala stasiun.',
    'Millions now follow the WhatsApp channel of the football club, which posts match news every day.',
  ])('%s', (line) => {
    expect(blockKind(line)).toBeNull();
  });
});

describe('a story about e-mail is not a newsletter pitch', () => {
  it.each([
    'Police asked anyone with information to get in touch at tips@police.example, the spokesman said.',
    'Rund 5000 Menschen haben den Newsletter des Vereins abonniert, sagte die Vorsitzende.',
    'Search engines do not count on affiliate links unless they put their keywords on those pages as anchor text.',
    'This year, sites that use affiliate links must say so under new rules, the regulator said.',
    'Influencers may earn a commission on every sale they drive, the report found.',
    'Ihre Kommentare zur Flüchtlingspolitik sorgten im Landtag für Empörung.',
    'Got a tip from a neighbour, the police searched the house on Tuesday and found the stolen paintings, the court heard. The neighbour later sent an email to the paper.',
    'The minister asked whether there was something we should know about the contract, and the company said it would email the details to the committee.',
    'Scammers get fake invoices delivered straight to your inbox, and one click is enough to lose an account.',
    'Have you ever had a parcel notice sent straight to your inbox that you did not expect? The police say delete it.',
    'The bank said customers would receive statements by post, not by e-mail, from next month.',
  ])('%s', (line) => {
    expect(blockKind(line)).toBeNull();
  });
});

describe('comment sections', () => {
  it('a comment count after the word ("댓글 2", "Comments 12") is a comment line', () => {
    expect(furnitureKind('댓글 2')).toBe('comments');
    expect(furnitureKind('Comments 12')).toBe('comments');
    expect(furnitureKind('Comments by the mayor angered 12 residents.')).toBeNull();
  });

  it.each([
    ['jeongdongtheater.com', 'Leave a Reply Cancel reply'],
    ['space.com', 'No comments yet Comment from the forums'],
    ['vortexcannon.org', 'You must be logged in to post a comment.'],
    ['engadget.com', 'blog comments powered by Disqus'],
    ['247wallst.com', 'comments powered by Disqus'],
    ['ctvnews.ca', 'Join the conversation...'],
    ['finance.yahoo.com', 'Join the Conversation'],
    ['lwn.net', 'Comments (74 posted)'],
    ['thesun.co.uk', 'Comments are subject to our community guidelines'],
    ['smithsonianmag.com', 'Comment on this Story'],
    ['nature.com', 'Comments on this thread are vetted after posting.'],
    ['naturalhomemagazine.com', 'Add Your Comment'],
    ['naturalhomemagazine.com', 'You can use this comment form to enter your personal experiences or additional information and resources that you\'d like to share with Natural Home readers. Your helpful advice will be posted on this page. E-mail addresses are never displayed on comments, but they are required to confirm your comments.'],
    ['breitbart.com', 'Comment count on this article reflects comments made on Breitbart.com'],
    // German comment sections' notices and headings.
    ['wochenblatt.cc', 'Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind. Die Verantwortung für den Inhalt tragen die Verfasser.'],
    ['rbb24.de', 'Mit Nutzung der Kommentarfunktion stimmen Sie unserer Netiquette sowie unserer Datenschutzerklärung (Link am Ende der Seite) zu.'],
    ['srf.ch', 'Wenn Sie sich erneut für die Kommentarfunktion registrieren möchten, melden Sie sich bitte beim Kundendienst von SRF.'],
    ['taz.de', 'Bitte halten Sie sich an unsere Netiquette.'],
    ['mdr.de', 'Zum Kommentieren anmelden'],
    ['derstandard.at', 'Ihre Meinung zählt.'],
    ['20min.ch', 'Deine Meinung zählt'],
  ])('%s: %s', (_site, line) => {
    expect(blockKind(line)).toBe('comments');
  });
});

describe('sharing rows', () => {
  it.each([
    ['therealdeal.com', 'Share on FacebookShare on TwitterShare on Linkedin'],
    ['mashable.com', 'Share on Facebook (opens in a new window) Share on Twitter'],
    ['bbc.co.uk', 'Share this story About sharing'],
    ['cntraveler.com', 'Share this Slideshow'],
    ['theverge.com', 'Share All sharing options for: Star Trek 4 eyes Fargo'],
    ['obamawhitehouse.archives.gov', 'Share This: Twitter Facebook Email'],
  ])('%s: %s', (_site, line) => {
    expect(blockKind(line)).toBe('share');
  });
});

describe('page links of a story split over pages', () => {
  it.each([
    ['lwn.net', 'Next page: Security>>'],
    ['zeit.de', 'Nächste Seite Das Krokodil und seine Verbündeten'],
    ['faz.net', 'Vorherige Seite'],
    ['businessweek.com', 'Next Page'],
  ])('%s: %s', (_site, line) => {
    expect(furnitureKind(line)).toBe('navigation');
  });
});

describe('tag lists', () => {
  it.each([
    ['buzzfeed.com', 'Tagged:diet pills, inquests, online shopping, uk, viral'],
    ['aolnews.com', 'Tagged: armed forces, Defense Secretary Robert Gates, Marines, military'],
    ['technologyreview.com', 'Tagged: Energy, Materials, batteries, developing world'],
    ['usatoday.com', 'Tags: General Motors Chapter 11'],
  ])('%s: %s', (_site, line) => {
    expect(furnitureKind(line)).toBe('other');
  });

  it('a sentence of the story that opens with "Tagged" stays', () => {
    expect(furnitureKind('Tagged as a flight risk by the court, he was held without bail until the trial.')).toBeNull();
  });
});

describe('interface words standing alone', () => {
  it.each([
    ['ndtv.com', 'Show more'],
    ['ndtv.com', 'Show less'],
    ['macrumors.com', 'Read Full Article'],
    ['aol.com', 'Read Full Story'],
    ['blisterreview.com', 'Previous'],
    ['blisterreview.com', 'Next'],
    ['bhg.com', 'Prev Next'],
  ])('%s: %s', (_site, line) => {
    expect(furnitureKind(line)).toBe('other');
  });

  it('a sentence that opens with the same words stays', () => {
    expect(furnitureKind('Show more respect to the referees, the coach told his players.')).toBeNull();
    expect(furnitureKind('Read full article 7 of the treaty before you judge it, she said.')).toBeNull();
    expect(furnitureKind('Next, we calculate the z-score for the last value.')).toBeNull(); // hakibenita.com
    expect(furnitureKind('Previous victims will come forward, police said.')).toBeNull(); // ok.co.uk
  });
});

describe('a wire’s name standing alone', () => {
  it.each([
    ['detroitnews.com', 'Associated Press'],
    ['wsj.com', 'Associated Press'],
    ['huffingtonpost.com', 'ASSOCIATED PRESS'],
    ['independent.co.uk', 'AP'],
    ['independent.co.uk', 'PA'],
    ['spiegel.de', 'DPA'],
    ['a Korean portal', '연합뉴스'],
  ])('%s: %s is a credit line', (_site, line) => {
    expect(furnitureKind(line)).toBe('other');
  });

  it('a place or a word that is also a wire’s short form stays, and so does a sentence naming a wire', () => {
    expect(furnitureKind('Petra')).toBeNull();
    expect(furnitureKind('Trend')).toBeNull();
    expect(furnitureKind('Reuters reported the talks had stalled.')).toBeNull();
  });
});

describe('lines that look like furniture but are the story', () => {
  it.each([
    // Subheadings that open like "more from": in French and Spanish "plus de" / "más de" count things.
    'Plus de 300 morts',
    'Más de 300 muertos en las inundaciones',
    'More than 300 people died in the floods',
    // An outlet or a platform named in a sentence of the story.
    'The minister said she would follow up on Twitter after the vote.',
    'Reuters reported on Tuesday that talks had stalled.',
    'Related companies saw their shares fall by a third.',
    'The app was downloaded two million times in its first week.',
    'Share prices fell 3% in early trading.',
    'Comments by the mayor angered residents of the lower town.',
    'Subscribers to the service complained about the outage for days.',
    'The newsletter, founded in 1998, now reaches 40,000 readers.',
    'Get this: the newsletter was sent to three million readers, and most of them opened it within the hour.',
    'Next page, the report lists what every programme cost.',
    'Next, page through the menu until the settings appear.',
  ])('%s', (line) => {
    expect(furnitureKind(line)).toBeNull();
    expect(blockKind(line)).toBeNull();
  });
});

describe('date lines', () => {
  it.each([
    ['sfgate.com', 'Updated 10:01 pm PST, Tuesday, November 19, 2019'],
    ['cbsnews.com', 'Nov. 20, 2019 / 1:07 AM / CBS News'],
    ['a line closing on its date', 'Published on May 18.'],
    ['a line closing on a clock time', 'Last updated Tuesday at 10:00 a.m.'],
    ['ebb.org', 'Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.'],
  ])('%s: %s', (_site, line) => {
    expect(furnitureKind(line)).toBe('other');
  });

  it.each([
    ['fortressofsolitude.co.za', 'Deadpool 2 opens in theatres on May 18.'],
    ['golem.de', 'Firefox 5 soll am 21. Juni 2011 erscheinen.'],
    ['radiokielce.pl', 'Początek rywalizacji o godzinie 14.00.'],
  ])('%s: a short sentence of the story with a date in it stays: %s', (_site, line) => {
    expect(furnitureKind(line)).toBeNull();
  });
});
