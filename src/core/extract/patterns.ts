// Text patterns for page furniture. Class names on aggregators are hashed, so clutter is recognised
// by what it says and how it is built, not by what it is called.
import type { RemovedKind } from '../types.ts';
import {
  alternatives, APP_PROMO, CALL_TO_ACTION, CALL_TO_ACTION_CJK, COMMENT_HEADINGS, CONSENT, COMMENT_PROMPTS, INLINE_RELATED_LABELS, RELATED_HEADING_OPENERS,
  LOWERED, RELATED_HEADINGS, vocabPattern,
} from './vocab.ts';

/** A link to another story inside the text: "Read more: …", "On HoustonChronicle.com: …", "Lesen Sie auch: …". Lowered. */
export const INLINE_RELATED = vocabPattern(
  `^(?:(?:${alternatives(INLINE_RELATED_LABELS)})(?: on [\\p{L}.]{2,30})?|(?:also )?on [\\p{Lu}][\\p{L}]*\\.(?:com|net|org|co\\.uk)|also (?:on|in|at) [\\p{L}.' ]{2,30})\\s*[:：»›>|]\\s*\\S.{2,200}$`,
  LOWERED,
);

/** A call to action that opens a short line: follow, subscribe, donate, newsletter, app, share (vocab.ts). Lowered. */
export const CALL_TO_ACTION_LINE = vocabPattern(`^(?:${alternatives(CALL_TO_ACTION, true)})|${alternatives(CALL_TO_ACTION_CJK)}`, LOWERED);

/** A line of a comment section: its heading, prompts and notices (vocab.ts). Lowered. */
export const COMMENT_LINE = vocabPattern(
  `^(?:(?:\\d+\\s+)?(?:${alternatives(COMMENT_HEADINGS)})(?:\\s*\\(\\d+\\)|\\s+\\d+)?[\\s:.!…]*$|(?:${alternatives(COMMENT_PROMPTS, true)}))`,
  LOWERED,
);

/** Marks the one block pattern that reads the text as written (its brand names are capitalised); the rest are lowered. */
const CASED = true;

/** Whole-block patterns: a small block whose text matches is furniture of that kind (at most `max` characters). */
export const BLOCK_PATTERNS: [RegExp, RemovedKind, number?, typeof CASED?][] = [
  // A player's notice where it needs a script the clean view never runs (dw.com, metro.co.uk, bbc.co.uk's audio).
  [/^to view this (?:video|content|media)\b[^.]{0,40}\b(?:enable javascript|javascript must be enabled)/, 'other', 300],
  // Promos are recognised by how they open, so a story that merely mentions AI or support is safe. "Enjoyed this story?",
  // "Hat Ihnen dieser Artikel gefallen?" open a call to share, rate, subscribe or give.
  [/^(?:try our ai features?|explore what [\w ]{1,30} ai can do|ai[- ]generated summary|can you spare \d+ (?:seconds|minutes)|before you (?:go|move on)\b|support (?:our|independent|quality) journalism|(?:please )?consider (?:supporting|a (?:contribution|donation))|(?:we|i) hope you (?:appreciated|enjoyed) this article|(?:did you )?(?:like|liked|enjoy|enjoyed) this (?:article|story|post)\?|(?:hat|haben) (?:ihnen|dir) (?:dieser|der|unser) (?:artikel|beitrag|text) gefallen\?|(?:cet article vous a plu|vous avez aimé cet article) ?\?|¿?te gust[óo] (?:este|esta) (?:artículo|nota)\?|gostou dest[ae] (?:artigo|matéria|reportagem)\?|ti è piaciuto questo articolo\?|vond u dit (?:artikel|verhaal) (?:interessant|leuk)\?|become a (?:member|supporter|subscriber) (?:today|now)|unlock (?:this|unlimited) (?:article|access))/, 'promo'],
  // A membership pitch anywhere in a short block, said as a call: "Become a Blister member now to check out…"
  // (blisterreview.com), "…by becoming a HuffPost member today." (huffingtonpost.com), "Join NRPLUS. Members get all
  // of our content…, no paywalls" (nationalreview.com), "Become a Blister Member or Deep Dive subscriber to check out…"
  // (the same site elsewhere, capitalised). A story saying someone became a member does not call the reader ("She
  // became a member in 2010"; "by becoming a member of the co-op" has no "today" or "now").
  [/(?:^|[.!?:;—–]\s+|["“]\s*)(?:[Bb]ecome|[Jj]oin) (?:a |an )?(?:[A-Z][\w+&'’-]* ){0,3}(?:[Mm]ember|[Ss]ubscriber|[Ss]upporter|[Pp]atron)s?\b|\bby becoming an? (?:[A-Z][\w+&'’-]* ){0,3}(?:member|subscriber|supporter|patron) (?:today|now)\b|\b[Mm]embers (?:get|enjoy|receive) (?:all of )?(?:our|full|unlimited|exclusive)\b[^.!?]{0,80}\b(?:content|access|paywalls?|ad-free|magazine)\b/, 'promo', 600, CASED],
  [
    /\bdownload (?:the|our) (?:[\w ]{0,20})?app\b|\bget the (?:[\w ]{0,20})?app\b|\bdownload [\w ]{1,20} app today\b|\bapp-?store\s*play-?store\b|\bavailable on the app store\b|\bget it on google play\b/,
    'app-promo',
  ],
  // A German newsletter's pitch names where to sign up or where it arrives: "Der BR24 Newsletter informiert Sie … in
  // Ihrem privaten Postfach. Hier geht's zur Anmeldung!" (br.de), "…: Hier kostenlos für den WAZ-Gastro-Newsletter
  // anmelden!" (waz.de). The last form is a clause that calls the reader ("Stop the censors, sign up to get today's top stories delivered
  // right to your inbox", thefederalistpapers.org; "Receive … coverage delivered directly to your inbox",
  // healthcareitnews.com); a story's "Scammers get fake invoices delivered to your inbox" does not open on the verb.
  [
    /\b(?:sign up|subscribe) (?:for|to) (?:our|the|my) [\w' -]{0,30}newsletters?\b|\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|inbox)\b|\bnewsletters?\b.{0,160}\b(?:anmelden|anmeldung|abonnieren|postfach)\b|\benter your e-?mail\b|^skip past newsletter\b|^(?:sign up|subscribe)(?: now| today| free)?(?: to| for)? [\w' -]{2,40}$|^get (?:new |the latest |our )?(?:posts|stories|articles|updates|news)\b[\w ]{0,20} (?:by|via|in your) (?:e-?mail|inbox)\b|\bget (?:our )?[\w ]{0,30}(?:delivered )?(?:to|in) your inbox\b|^get\b[^.!?]{0,80}\bnewsletters?\b[^.!?]{0,40}[.!]?$|(?:^|[,.!:;]\s*)(?:sign up (?:to|for)\s+|subscribe (?:to|for)\s+)?(?:get|receive|have(?! you))\s[^.!?]{1,80}\b(?:delivered|sent) (?:right |straight |directly )?(?:to|into) your inbox\b/,
    'newsletter',
  ],
  [/\bwe use cookies\b|\bcookie (?:policy|settings|preferences|consent)\b|\baccept (?:all )?cookies\b|\bmanage (?:consent|cookies)\b|\bthis (?:site|website) uses cookies\b|\b(?:we|our partners) (?:and our partners )?use cookies\b|\buses? cookies and similar technologies\b/, 'consent'],
  // "Comments" alone, with a count, or opening a notice about them; not "Comments by the mayor angered…".
  [/^comments?(?:\s*\(\d+[^)]{0,20}\))?[\s:.!…]*$|^comments? (?:on this (?:story|article|post|thread|page)|are (?:closed|subject to|moderated|vetted|reviewed|pre-?moderated)|count on|policy)\b/, 'comments'],
  [/^(?:no comments yet\W*|be the first to comment\W*|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|\d+\s+comments?|(?:show|view|load|read) (?:all )?comments?|comments are closed\W*|\d+ (?:responses?|replies|reactions?|comments?))(?:\s|$)/, 'comments'],
  // A sharing row opens with "Share" and a target or a list; not "Share prices fell…".
  [/^share(?:\s*$|\s*[:|]|\s+(?:this|on|via|to|with|all sharing|the story|article|story|post)\b).{0,80}$/, 'share'],
  [/^\(?this (?:story|article) has not been edited by .{0,140}\)?\.?$/, 'other'],
  // An aggregator's note around its summary, and the pointer to the full text: "We have summarized this news so that
  // you can read it quickly. … you can read the full text here." (a topic hub), "Read the full story at The Verge."
  // (a publisher's feed teaser as aggregators print it). The popup links the original; in the view it is clutter.
  [/^(?:we(?: have|'ve|’ve)? summari[sz]ed (?:this|the|it)\b[^.!?]{0,40}\b(?:for you|so (?:that )?you)|this is an? (?:ai[- ]generated |automated |short )?summary of (?:a|an|the) (?:news|story|article|report)|summar(?:y|ies) (?:is|are|was|were) (?:written|generated|created|produced) (?:by|with|using) (?:ai|artificial intelligence|an? ai)\b)/, 'promo', 400],
  [/^(?:read|see) the (?:full|whole|complete|original) (?:story|article|text|report|piece|post)(?: (?:at|on|from|via|in) [^.!?]{1,60}| here)?[\s.!»›→]*$/, 'promo', 120],
  // Notes about where syndicated text comes from and who has not checked it; the headline may be the site's own
  // ("(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated
  // feed.)", ndtv.com; "(Only the headline and picture of this report may have been reworked by the Business Standard
  // staff; the rest of the content is auto-generated from a syndicated feed.)", business-standard.com).
  [/^\(?(?:this (?:story|article|content|report) (?:is|was|has been) (?:auto-?published|auto-generated|published|generated|provided)|press releases? (?:are|is) (?:provided|published|distributed)|(?:except for|only) the headline\b(?=.{0,200}\b(?:published|generated) from a syndicated feed\b))\b.{0,200}(?:syndicated|feed|not (?:been )?(?:reviewed|edited|verified)|responsib)/, 'other'],
  [/^(?:legal )?disclaimer\s*:|^(?:the )?views expressed (?:in this|here)|^(?:this|the) (?:article|content) (?:is|was) (?:provided|produced) by (?:our|a) (?:partner|sponsor)/, 'other'],
  [/^(?:advertisement|advertisements|sponsored(?: content| stories| links)?|promoted(?: content| stories)?|ad|ads|paid content|partner content|continue reading (?:below|the main story)|scroll to continue(?: with content)?)$/, 'ad'],
  // The marker of a break the story resumes after (an ad's slot, a gallery), in the languages of the view: "Story
  // continues below advertisement", "Article continues after this ad", "Advertisement - story continues below"
  // (westernjournalism.com), "Story continues below gallery" (a TV station's site), "Haberin Devamı" (hurriyet.com.tr),
  // "İçeriğin Devamı Aşağıda" (onedio.com), "Continua após a publicidade" (uol.com.br), "(Tekst gaat verder onder de
  // foto.)" (nieuwsblad.be), "Weiter nach der Anzeige", "La suite après cette publicité", "El artículo continúa después
  // del anuncio", "L'articolo continua dopo la pubblicità".
  [/^\(?(?:(?:advertisement|anzeige|publicidad|publicité|pubblicità|publicidade|reklam)\s*[-–—:|]\s*)?(?:(?:the |this )?(?:story|article|text|post) continues (?:below|after)(?: (?:this |the )?(?:ad|advertisement|gallery|slideshow|video|photos?|images?))?|haberin devamı|i\u0307?çeriğin devamı(?: aşağıda)?|yazının devamı(?: aşağıda)?|(?:de )?tekst gaat (?:hieronder )?verder(?: (?:onder|na) (?:de|het) (?:foto|video|advertentie|reclame))?|lees verder (?:onder|na) de advertentie|(?:der )?(?:artikel|text) (?:wird |geht )?(?:nach|unter) der (?:anzeige|werbung) (?:weiter|fortgesetzt)|weiter nach der (?:anzeige|werbung)|lesen sie nach der (?:anzeige|werbung) weiter|la suite (?:de l['’]article )?(?:après|sous) (?:cette |la )?(?:publicité|annonce)|(?:el )?(?:artículo|texto|reportaje) (?:continúa|sigue) (?:después|tras|debajo) (?:de )?(?:la |el |esta |este |del )?(?:publicidad|anuncio)|(?:l['’])?articolo continua (?:dopo|sotto) (?:la )?pubblicità|(?:a )?(?:(?:matéria|reportagem|notícia|texto) )?continua (?:após a|depois da) publicidade)[.!]?\)?$/, 'ad'],
  // App invitations, calls to action, comment sections and consent banners, in the languages of vocab.ts.
  [vocabPattern(`^(?:${alternatives(APP_PROMO, true)})`, LOWERED), 'app-promo', 300],
  [CALL_TO_ACTION_LINE, 'promo', 300],
  // A call for tips with the ways to send them, longer than a one-line call: "Is there something you think we should
  // know about Instagram? Email the writer at … Signal: … SecureDrop …" (wired.com), "Know something we don't? E-mail
  // us at …" (huffingtonpost.com). The question must open the block and a way to send must follow.
  [/^(?:is there something (?:you think )?we should know\b|(?:have|got) an? (?:news )?tip\?|know something we don'?t\?)[^]{0,700}?\b(?:e-?mail|signal|securedrop|whatsapp|contact us|send us)\b/, 'promo', 800],
  // A call to write in, with the address: "Get in touch with our news team by emailing us at …@metro.co.uk"
  // (metro.co.uk), "Are protests breaking out in your area? Get in touch at …@reachplc.com" (mirror.co.uk). It opens
  // the block or follows a question; "police asked anyone with information to get in touch at …" is the story.
  [/(?:^|[?!.]\s+)get in touch\b[^.!?@]{0,60}\bat [\w.+-]+@[\w-]+\.\w/, 'promo', 300],
  // An affiliate-link disclosure about this page or site: "This article contains affiliate links." (telegraph.co.uk),
  // "In diesem Artikel sind Affiliate-Links enthalten." (winfuture.de), "…links on our site, we may earn an affiliate
  // commission." (techradar.com, androidcentral.com), "Postmedia may earn an affiliate commission from purchases made
  // through links on this page." (canada.com). A story about affiliate links names no page of its own ("this year, sites that use affiliate links…").
  [/\b(?:we|(?:this|our) (?:article|post|page|story|site|review|guide|content)|(?:these|our) (?:articles|posts|pages|stories|reviews)|some of (?:the|our) links|in diesem (?:artikel|beitrag|text)|gekennzeichneten links)\b[^.!?]{0,40}\b(?:contains?|includes?|include|may contain|use|are|sind)\b[^.!?]{0,30}\baffiliate[- ]links?\b|\bmay (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?(?:commission|compensation)\b[^.!?]{0,60}\b(?:links?|purchases?)\b|\bwe (?:may )?(?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commission\b|\berhalten wir (?:eine )?provision\b/, 'other', 400],
  // A comment section's German notices: "Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind."
  // (wochenblatt.cc), "Mit Nutzung der Kommentarfunktion stimmen Sie unserer Netiquette … zu." (rbb24.de), "Wenn Sie
  // sich erneut für die Kommentarfunktion registrieren möchten…" (srf.ch), "Bitte halten Sie sich an unsere
  // Netiquette." (taz.de). "Ihre Kommentare" alone may be a politician's ("her comments"), so the notice must ask.
  [/\bkommentarfunktion\b|\bnetiquette\b[^]{0,120}\bkommentar|\bkommentar\w*\b[^]{0,120}\bnetiquette\b|\bhalten sie sich an unsere netiquette\b|^bitte (?:achten|beachten) sie\b[^.!?]{0,40}\bkommentare?\b|^zum kommentieren\b/, 'comments', 500],
  // A comment form's prompt runs longer than a heading ("You can use this comment form to…", two or three sentences).
  [COMMENT_LINE, 'comments', 500],
  [vocabPattern(`(?:${alternatives(CONSENT, true)})`, LOWERED), 'consent'],
];

/** How much text a block of each kind may hold before it is clearly not just furniture. */
export const MAX_BLOCK_CHARS: Record<RemovedKind, number> = {
  promo: 1500,
  'app-promo': 500,
  newsletter: 500,
  consent: 900,
  comments: 300,
  share: 200,
  ad: 60,
  related: 20_000,
  navigation: 2_000,
  other: 700,
};

/**
 * The kind of furniture a small block's whole text is, by BLOCK_PATTERNS within its kind's size, or null.
 * `sized: false` reads the patterns alone, whatever the text's length (a card's title).
 */
export function blockKind(text: string, sized = true): RemovedKind | null {
  let lower: string | undefined;
  for (const [re, kind, max, cased] of BLOCK_PATTERNS) {
    if (sized && text.length > (max ?? MAX_BLOCK_CHARS[kind])) continue;
    if (re.test(cased ? text : (lower ??= text.toLowerCase()))) return kind;
  }
  return null;
}

/** Headings that introduce related-article blocks, in English and the languages of vocab.ts. Lowered. */
const RELATED_HEADING_SHAPES = vocabPattern(
  `^(?:${String.raw`(?:related(?:(?: articles?| stories| news| content| coverage| posts| reading| topics)(?: (?:from|on|at) \S.{0,40})?)?|more (?:from|on|in|stories|news|articles|posts|to read|for you)\b.{0,40}|more by (?:this (?:author|source|writer|reporter)|[^\s.,;!?]+(?: [^\s.,;!?]+){0,2})(?=[\s:]*$)|more like this|similar (?:news|stories|articles|posts)|(?:picked |recommended )?for you|recommended(?: stories| articles| for you| reading)?|read (?:more|next|also)|also read|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|most (?:read|popular|viewed|shared|commented)(?: (?:in|on|from|at|this|today)\b.{0,40})?|trending(?: now| stories)?|popular(?: now| stories)?|top stories|latest(?: news| stories)?|editor'?s picks|don'?t miss|see also|further reading|what to read next|other stories|in other news|around the web|(?:content |stories )?from (?:our|the) partners?|up next|watch next|keep reading|recent (?:articles|posts|stories|news)|popular (?:this week|today|now)|more [\w ]{1,20} (?:news|stories)|latest [\w ]{1,20} (?:news|stories|headlines)|top [\w ]{1,20} (?:news|stories|headlines)|highlights|related links|most shared|what we['’]?re reading(?: now| this week)?|(?:this week'?s |today'?s )?(?:top|latest|popular|more|recent|trending|featured|recommended|related) videos(?: for you| from (?:the )?[^\s.,;!?]+(?: [^\s.,;!?]+){0,2})?)`}|(?:${alternatives(RELATED_HEADING_OPENERS, true)})[^\\s\\d.,:;!?()"'-].{0,40})[\\s:.!]*$`,
  LOWERED,
);

/** The fixed headings of vocab.ts, looked up rather than compiled into one long alternation (cheaper on a cold first use). */
const RELATED_HEADING_SET = new Set(RELATED_HEADINGS);

/**
 * A question to the reader a heading may open with: "Like this? You might also be interested in:" (thedebrief.co.uk),
 * "Love this? Want more?" (adoption.com), "Enjoy this?" (inc.com). The heading is what follows it.
 */
const READER_QUESTION = /^(?:did you )?(?:like|liked|love|loved|enjoy|enjoyed)\s+this(?:\s+(?:article|story|post|piece))?\s*\?\s*(?=\S)/;

/** A heading that introduces a related-article block, in English and the languages of vocab.ts. */
export function isRelatedHeading(text: string): boolean {
  const heading = text.toLowerCase().replace(READER_QUESTION, '');
  return RELATED_HEADING_SET.has(heading.replace(/[\s:.!]+$/, '')) || RELATED_HEADING_SHAPES.test(heading);
}

/** Single lines inside a story that are furniture, not prose. */
export const LINE_CLUTTER =
  /^(?:advertisement|advertisements|sponsored|ad|story continues(?: below)?(?: advertisement)?|continue reading(?: below)?|article continues below(?: advertisement)?|scroll to continue(?: with content)?|read (?:more|also|next)\s*:.{0,160}|recommended(?: reading)?\s*:.{0,160}|related\s*:.{0,160}|(?:also )?read\s*:.{0,160}|click here to .{0,120}|(?:sign up|subscribe) (?:for|to) .{0,120}newsletter.{0,80}|download (?:the|our) .{0,40}app.{0,120}|follow us on .{0,80}|share this (?:article|story).{0,40}|image (?:source|credit)\s*[:,].{0,80}|(?:photo|image|video)\s*:\s*.{0,80}|get (?:the|our) app.{0,80})$/i;

/** Lines that end a story: what follows them is page furniture or teasers. */
export const END_OF_STORY =
  /\bThis (?:column|article|piece) (?:reflects|does not necessarily reflect) the (?:personal )?(?:views|opinion)|\(Reporting by [^)]{3,200}\)\s*$|^\(?This story has not been edited by|\bauto-generated from a syndicated feed\b|^(?:Copyright|©)\s.{0,120}(?:All rights reserved)/i;

/**
 * A wire's or a release service's rights notice, which ends its copy wherever the line opens ("About PR Newswire
 * Copyright © 2007 PR Newswire. All rights reserved. Republication or redistribution of PRNewswire content is
 * expressly prohibited…", sys-con.com; the same of Thomson Reuters on theglobeandmail.com; "This material may not be
 * published, broadcast, rewritten, or redistributed. ©2014 FOX News Network", foxnews.com). Only the notice's own
 * wording counts, after "All rights reserved" or opening the line, so a story that reports such a ban in its own
 * words is not cut.
 */
export const RIGHTS_NOTICE =
  /\bAll rights reserved\.?\s*(?:This material may not be published|Republication or redistribution of)\b|^This material may not be published, broadcast, rewritten/i;
