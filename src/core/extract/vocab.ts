// The words page furniture is labelled with, in the languages Upstream reads most: English, German, French,
// Spanish, Portuguese, Italian, Dutch, Japanese, Chinese, Arabic, Hebrew and, for related blocks and links only,
// Russian. Headings of related-article blocks, labels of related links inside a story, calls to action, and
// comment sections. Kept as lists so a language is added in one place; the patterns in patterns.ts are built
// from them.
import { escapeRegExp } from '../text.ts';

/** Headings of blocks of other stories ("Related", "More from …", "Most read", "Top stories", "Read next"). */
export const RELATED_HEADINGS: string[] = [
  // German
  'mehr zum thema', 'mehr aus dem ressort', 'mehr aus dieser rubrik', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren',
  'auch interessant', 'weitere artikel', 'weitere nachrichten', 'weitere themen', 'meistgelesen', 'meistgelesene artikel', 'am meisten gelesen',
  'lesen sie auch', 'lies auch', 'verwandte artikel', 'verwandte themen', 'top-themen', 'top themen', 'empfohlen', 'empfehlungen der redaktion',
  'neueste artikel', 'aktuelle nachrichten', 'weitere meldungen', 'zum thema', 'meistgeklickt',
  // French
  'à lire aussi', 'a lire aussi', 'lire aussi', 'à lire également', 'sur le même sujet', 'dans la même rubrique', 'les plus lus', 'les plus lus',
  'articles similaires', 'articles liés', 'nos recommandations', 'voir aussi', 'à découvrir', 'à voir aussi', 'à la une', 'dernières actualités',
  'plus d\'actualités', 'vous aimerez aussi', 'vous pourriez aussi aimer', 'les plus partagés', 'en continu',
  // Spanish
  'noticias relacionadas', 'te puede interesar', 'te puede interesar también', 'también te puede interesar', 'lo más leído', 'lo más visto',
  'más noticias', 'más leídas', 'relacionado', 'relacionados', 'lea también', 'lee también', 'temas relacionados', 'recomendados',
  'te recomendamos', 'otras noticias', 'últimas noticias', 'artículos relacionados', 'quizás te interese',
  // Portuguese
  'leia também', 'leia mais', 'notícias relacionadas', 'mais lidas', 'mais lidos', 'veja também', 'relacionadas', 'relacionados',
  'recomendados para você', 'mais notícias', 'últimas notícias', 'você pode gostar', 'saiba mais', 'conteúdo relacionado', 'em alta',
  // Italian
  'leggi anche', 'articoli correlati', 'i più letti', 'più letti', 'potrebbe interessarti', 'ti potrebbe interessare', 'altre notizie',
  'notizie correlate', 'ultime notizie', 'consigliati', 'guarda anche',
  // Dutch
  'lees ook', 'meest gelezen', 'gerelateerde artikelen', 'gerelateerd', 'meer nieuws', 'aanbevolen', 'ook interessant', 'laatste nieuws',
  // Japanese
  '関連記事', '関連ニュース', 'おすすめ記事', 'おすすめ', '人気記事', '人気の記事', 'アクセスランキング', 'ランキング', 'あわせて読みたい',
  'こちらもおすすめ', '注目記事', '最新記事', '新着記事', 'この記事を読んだ人はこんな記事も読んでいます',
  // Chinese (simplified and traditional)
  '相关文章', '相关阅读', '相关新闻', '相关推荐', '热门文章', '热门新闻', '推荐阅读', '延伸阅读', '更多新闻', '猜你喜欢', '热门推荐', '热点新闻',
  '相關文章', '相關新聞', '延伸閱讀', '熱門文章', '推薦閱讀', '更多新聞', '熱門新聞', '熱門推薦', '相關報導', '最新新聞',
  // Korean
  '관련기사', '관련 기사', '관련뉴스', '관련 뉴스', '많이 본 뉴스', '많이 본 기사', '인기 기사', '인기기사', '추천 기사', '최신 기사', '주요 뉴스',
  // Arabic
  'اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'مواضيع ذات صلة', 'الأكثر قراءة', 'أخبار ذات صلة', 'المزيد من الأخبار', 'مقالات ذات صلة', 'مواضيع مقترحة', 'مقالات مقترحة',
  'قد يعجبك أيضا', 'قد يهمك أيضا', 'آخر الأخبار',
  // Hebrew
  'כתבות נוספות', 'עוד בנושא', 'כתבות קשורות', 'הכי נקראות', 'הנקראים ביותר', 'אולי יעניין אותך', 'מומלצים', 'עוד חדשות', 'חדשות אחרונות',
  // Russian
  'читайте также', 'читайте ещё', 'читайте еще', 'похожие статьи', 'похожие новости', 'новости по теме', 'материалы по теме', 'по теме',
  'ещё по теме', 'еще по теме', 'другие новости', 'смотрите также', 'самое популярное', 'самое читаемое', 'популярное', 'последние новости',
  'рекомендуем', 'вам может быть интересно',
];

/** Openings of headings that name a section or topic after them ("Mehr aus Hamburg", "עוד בחדשות חיפה"); pattern syntax. */
export const RELATED_HEADING_OPENERS: string[] = [
  // Not "plus de", "más de" or "mais de": in those languages they also open subheadings ("Plus de 300 morts").
  'mehr (?:aus|zu|von) ', 'altro da ', 'meer (?:over|uit) ',
  'المزيد من ', 'עוד ב', 'самые популярные ', 'другие материалы ',
];

/** Labels that put a link to another story inside the text: "Read more: …", "On HoustonChronicle.com: …". */
export const INLINE_RELATED_LABELS: string[] = [
  'read more', 'read also', 'also read', 'read next', 'related', 'related article', 'related story', 'related content', 'related coverage', 'related video',
  'see also', 'more', 'more from', 'also on', 'also see', 'watch', 'watch more', 'recommended', 'you might also like', 'you may also like',
  'lesen sie auch', 'lesen sie mehr', 'mehr dazu', 'auch interessant', 'lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'lea también',
  'lee también', 'te puede interesar', 'leia também', 'leia mais', 'veja também', 'leggi anche', 'lees ook', '関連記事', '相关阅读',
  '延伸阅读', '延伸閱讀', 'اقرأ أيضا', 'اقرأ أيضاً', 'קראו גם', 'קרא גם', 'עוד בנושא', 'читайте также', 'по теме', 'смотрите также',
];

/**
 * A podcast's pitch: "[You can listen to this episode of “Sway” on Apple, Spotify, Google or wherever you get your
 * podcasts.]" (nytimes.com, a paragraph of its own), "You can hear this story and other local news every morning by
 * subscribing to …, KPBS' daily news podcast." (kpbs.org, closing the story's last paragraph). Lowered.
 */
export const PODCAST_PITCH = '\\[?you can (?:listen to|hear) this (?:episode|story|interview)\\b.{0,160}\\b(?:podcasts?|podcatcher)\\b';

/** Calls to action that open a line or a box: subscribe, donate, newsletter, app, follow, share. */
export const CALL_TO_ACTION: string[] = [
  // English
  'follow us', 'follow (?:him|her|them|me) on', 'follow @', 'follow [\\p{Lu}][\\p{L}.\' ]{1,40} on (?:twitter|x|facebook|instagram|linkedin|tiktok|threads|google news|youtube|whatsapp|telegram|flipboard|apple news)',
  'like us on facebook', 'like [\\p{Lu}][\\p{L} ]{1,30} on facebook', 'join us on', 'join our', 'sign up for', 'sign up to',
  'subscribe (?:now|today|here|to|for)', 'get (?:[\\p{L}\'’ ]{1,40} )?delivered', 'want (?:[\\p{L}\'’ ]{1,40} )?delivered (?:straight |right |directly )?to your (?:inbox|e-?mail|phone)', 'get (?:our|the) (?:[\\p{L}\'’ ]{1,30} )?newsletter', 'become a (?:member|subscriber|supporter|patron)',
  'support (?:our|independent|quality|local) journalism', 'support journalism', 'donate (?:now|today)', 'make a (?:donation|contribution)',
  '(?:please )?consider supporting', 'if you(?:[\'’]d| would) like to receive', 'receive (?:[\\p{L}\'’ ]{1,40} )?in your inbox',
  // A sponsor's line ("Brought to you by …", "Today's Milk Road is brought to you by …") and an event's ticket offer
  // ("Register now for early-bird savings!", "Disrupt 2024 early-bird prices end at midnight").
  '(?:(?:this|today[\'’]s) [\\p{L}\'’ ]{0,40}(?:is|was) )?brought to you by', '(?:[\\p{L}\\d]+ ){0,3}early[- ]bird (?:prices?|pricing|savings|discounts?|rates?|tickets?|registration)',
  // A news channel on a messaging app: "Follow Official WhatsApp Channel Liputan6.com untuk mendapatkan berita…"
  // (liputan6.com), and Indonesian "Simak breaking news dan berita pilihan kami langsung di ponselmu" (kompas.com).
  'follow (?:our |the |official )?(?:whatsapp|telegram) channel', 'simak breaking news',
  'listen (?:now|to (?:the|our) podcast)', PODCAST_PITCH, 'tell your friends', 'share this (?:post|article|story)',
  'read or share this story', 'want more', 'don\'t miss', 'for access to all our', 'for the full story', 'already a subscriber',
  'is there something you think we should know', 'have a (?:tip|story idea)(?=\\s*[?!:.,]|\\s+for us)', 'got a (?:tip|news tip)(?=\\s*[?!:.,]|\\s+for us)', 'before it\'s here, it\'s on the bloomberg terminal',
  'keep up with', 'stay up to date', 'stay informed', 'get (?:the|our) latest', 'enter for a chance to win', 'interested in sharing',
  'for the latest (?:news|headlines|updates|weather)', 'read more (?:on|at) [\\p{Lu}]', 'continue reading (?:on|at) [\\p{Lu}]', 'view (?:the )?original (?:article|story|content)',
  'our stories may be republished', 'republish this (?:story|article)', '[\\p{L} ]{2,30} is a public good',
  // A registration wall: "Create an account or sign in to continue with your reading experience" and "Register to
  // unlock this article" (nationalpost.com, ottawacitizen.com), "Create a FREE account to continue reading"
  // (standard.co.uk), "Enjoying our latest content? Log in or create an account to continue" (nature.com), "Sign In To
  // Continue Reading" (nymag.com).
  '(?:log ?in|sign in|register)(?: or create (?:an|a free) account)? to (?:continue|keep) reading', 'create (?:an|a free|your free) account(?: or sign in)? to (?:continue|keep reading|read|unlock)',
  'register(?: / sign in)? to unlock', 'enjoying our latest content\\?',
  // German
  'folgen sie uns', 'folge uns', 'abonnieren sie', 'jetzt abonnieren', 'newsletter abonnieren', 'zum newsletter',
  // Keeping the reader "auf dem Laufenden" (up to date): "Bleiben Sie …" (abendblatt.de, spektrum.de), "Lassen Sie sich mit
  // kostenlosen Diensten … halten" (spiegel.de), "Immer …" over a newsletter box (faz.net); never a sentence going on.
  '(?:bleiben|halten|lassen) sie (?:sich )?(?:[\\p{L}-]+ ){0,5}auf dem laufenden', 'immer auf dem laufenden(?! zu | sein| bleiben|,)',
  'unterstützen sie', 'jetzt registrieren', 'unterstützen sie (?:unabhängigen |guten )?journalismus', 'jetzt abo', 'abo abschließen',
  // French
  'suivez-nous', 'suivez nous', 'abonnez-vous', 'inscrivez-vous', 's\'abonner', 'recevez notre newsletter', 'pour ne rien manquer', 'soutenez',
  // Spanish / Portuguese / Italian / Dutch
  'síguenos', 'suscríbete', 'suscribete', 'regístrate', 'apoya (?:el|al) periodismo', 'siga-nos', 'siga o', 'assine',
  'inscreva-se', 'cadastre-se', 'apoie o jornalismo', 'sostieni il giornalismo',
  'seguici', 'iscriviti', 'abbonati', 'volg ons', 'abonneer', 'meld je aan', 'schrijf (?:je|u) in', 'steun (?:onze|de|goede) journalistiek',
  'word (?:abonnee|lid)', 'neem een abonnement',
  // Arabic
  'تابعونا', 'تابعنا', 'اشترك', 'ادعم الصحافة', 'ادعموا',
  // Hebrew
  'עקבו אחרינו', 'הירשמו', 'הצטרפו',
];

/** Invitations to install the site's app, which open a line or a box. */
export const APP_PROMO: string[] = [
  'download (?:the|our) (?:[\\p{L} ]{0,20})?app', 'get the (?:[\\p{L} ]{0,20})?app\\b', 'laden sie (?:die|unsere) app', 'hol dir die app',
  'téléchargez (?:l\'application|notre application)', 'descarga (?:la|nuestra) app', 'baixe o app', 'baixe (?:o|nosso) aplicativo',
  'scarica l\'app', 'download de app', 'حمّل (?:ال)?تطبيق', 'حمل (?:ال)?تطبيق', 'نزّل (?:ال)?تطبيق', 'הורידו את האפליקציה', 'アプリをダウンロード',
  '下载(?:app|客户端)',
];

/** Calls to action in Japanese and Chinese, which sit anywhere in a short line ("CNET Japanの記事を毎朝メールでまとめ読み"). */
export const CALL_TO_ACTION_CJK: string[] = [
  'メールでまとめ読み', 'フォローする', 'フォローしてください', '会員登録', 'この記事は会員限定です', '続きをお読みいただけます',
  'ニュースレターに登録', 'ニュースレターを購読', 'メルマガ登録', '有料会員になると', '关注我们',
  '关注公众号', '扫码关注', '订阅', '下载app', '喜欢这篇文章', 'app 商店',
];

/** Consent banners: "We use cookies", in the languages of this file. */
export const CONSENT: string[] = [
  'we use cookies', 'this (?:site|website) uses cookies', 'cookie (?:policy|settings|preferences|consent)', 'accept (?:all )?cookies',
  'wir verwenden cookies', 'diese (?:website|seite) verwendet cookies', 'cookies akzeptieren', 'cookie-einstellungen',
  'nous utilisons des cookies', '(?:nous )?et nos partenaires utilisons', 'utilisons des cookies', 'ce site utilise des cookies', 'accepter (?:les|tous les) cookies', 'gérer les cookies',
  'utilizamos cookies', 'usamos cookies', 'este (?:sitio|site) (?:web )?(?:utiliza|usa) cookies', 'aceptar (?:todas las )?cookies', 'aceitar (?:todos os )?cookies',
  'utilizziamo (?:i )?cookie', 'questo sito utilizza (?:i )?cookie', 'wij gebruiken cookies', 'deze website gebruikt cookies',
  'クッキーを使用', 'cookieを使用', 'cookie を使用', '本网站使用cookie', '我们使用cookie', 'نستخدم ملفات تعريف الارتباط', 'يستخدم هذا الموقع ملفات تعريف الارتباط',
  'האתר משתמש בעוגיות', 'אנו משתמשים בעוגיות', 'אנחנו משתמשים בעוגיות',
  // The placeholder an embed leaves until the reader allows it: "An dieser Stelle finden Sie externen Inhalt, der den
  // Artikel ergänzt" (zeit.de, gamestar.de, tagesspiegel.de), "Ich bin damit einverstanden, dass mir externe Inhalte
  // angezeigt werden", "Externer Inhalt nicht verfügbar" (businessinsider.de), "Ein Klick für den Datenschutz" (zdf.de).
  'an dieser stelle finde(?:n sie|st du) [^.]{0,60}externen? inhalt', 'ich bin damit einverstanden, dass mir [^.]{0,40}angezeigt werd',
  'personenbezogene daten (?:können )?an drittplattformen übermittelt', 'externer inhalt nicht verfügbar', 'privatsphäre-einstellungen (?:ändern|verhindern)',
  'ein klick für den datenschutz', 'empfohlener redaktioneller inhalt', 'externen inhalt anzeigen',
];

/** Headings of a comment section: a line of their own, with a count at most ("Comments (12)", "Kommentare"). */
export const COMMENT_HEADINGS: string[] = [
  'comments', 'comment', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'add your comment', 'leave your comment', 'post your comment', 'join the conversation', 'join the discussion',
  'show comments', 'view comments', 'load comments', 'read comments', 'comments are closed', 'no comments yet', 'be the first to comment',
  'reader comments', 'discussion', 'kommentare', 'kommentieren', 'diskutieren sie mit', 'leserkommentare', 'ihre meinung zählt', 'deine meinung zählt', 'commentaires', 'réagir',
  'laisser un commentaire', 'comentarios', 'comentários', 'deja un comentario', 'deixe um comentário', 'deixe seu comentário', 'commenti',
  'lascia un commento', 'reacties', 'コメント', 'コメントする', '评论', '发表评论', '网友评论', '網友評論', '留言', '我要留言', '發表留言', '댓글', '댓글 쓰기', 'التعليقات', 'أضف تعليق', 'تعليقات',
  'תגובות', 'הוספת תגובה', 'הוסף תגובה', 'טוקבקים',
];

/** Prompts and notices of a comment section, which open a line ("Have something to add? Share it in the comments."). */
export const COMMENT_PROMPTS: string[] = [
  'have something to add', 'what do you think\\?', 'share your thoughts', 'scroll down to comment', 'blog comments powered by disqus',
  'comments powered by disqus', 'note: we are temporarily moderating', 'you can use this comment form', 'comment policy', 'community guidelines',
  'atenção: comentários', 'ترحب شبكة', 'join the conversation', 'to comment, please', 'you must be logged in to post a comment',
];

/**
 * Letters as character-class contents, spelled out (Latin, Greek, Cyrillic). A pattern with the u flag and \p{…}
 * classes costs milliseconds to compile on its first use in a fresh script world, which the clean view pays on
 * every page; without u, the i flag still folds these letters' case, and the phrases in other scripts above are
 * plain characters that need no flag.
 */
export const LETTERS = 'A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿ';

/**
 * The flags of a lowered pattern: none. A lowered pattern is written in lower case and tested against lower-cased
 * text. With the i flag V8 folds the case of every alternative and class when it compiles a pattern, which costs
 * the clean view 1 to 5 ms per long vocabulary pattern on each page, where the engine always runs cold; lower-casing
 * the text once is cheaper. The character classes keep both cases (LETTERS), so they read lower-cased text alike.
 */
export const LOWERED = '';

/** A pattern built from this file's phrases: \p{L} and \p{Lu} (always inside a character class) spelled out, no u flag. */
export function vocabPattern(source: string, flags = 'i'): RegExp {
  return new RegExp(source.replace(/\\p\{Lu?\}/g, LETTERS), flags);
}

/** Phrases as alternatives of one pattern source; entries may hold their own pattern syntax when marked raw. */
export function alternatives(list: string[], raw = false): string {
  return list.map((p) => (raw ? p : escapeRegExp(p))).join('|');
}
