// Generic page-furniture vocabulary: the words websites use for widgets, menus and prompts. Nothing here names an
// outlet, person or event; a phrase belongs here only if it is page chrome on any site.
import { FURNITURE_SENTENCE_MAX_CHARS, LINK_PREFIX_MAX_WORDS } from './thresholds.ts';
import { countWords, repetitionKey, roughSentences, stripBullet } from './shape.ts';

/** Whole-line labels: the line (case, bullets and edge punctuation folded) is exactly one of these. */
const LABEL_LINES: readonly RegExp[] = [
  // navigation and page controls
  /^(?:main )?(?:menu|navigation|nav)$/u,
  /^(?:home|homepage|search|close|open|toggle(?: navigation| menu)?|sections?|all sections|more|back|top)$/u,
  /^(?:skip to (?:main )?content|skip navigation|back to top|go to top|scroll to top|jump to)$/u,
  /^(?:sign (?:up|in|out)|log ?in|log ?out|register|my account|account|profile|settings)$/u,
  /^(?:subscribe|subscribe now|subscribe today|subscribe for free|donate|donate now|support us|contact|contact us)$/u,
  /^(?:about|about us|advertise|advertise with us|careers|jobs|help|faq|feedback|sitemap|site map|rss|archives?)$/u,
  /^(?:privacy|privacy policy|terms|terms of (?:use|service)|cookie (?:policy|settings|preferences)|cookies)$/u,
  /^(?:accept|accept all|accept cookies|accept all cookies|reject|reject all|manage (?:cookies|preferences)|got it|i agree|dismiss|ok|okay)$/u,
  // sharing and following
  /^(?:share|share this|share (?:this|the) (?:article|story|page|post|video)|share on|share via|copy link|link copied)$/u,
  /^(?:share|post|send|share this|share this article|share this story) (?:on|to|via) [\w.]+$/u,
  /^(?:accueil|partager|imprimer|startseite|teilen|drucken|inicio|compartir|imprimir|compartilhar|condividi|stampa|delen|dela|del)$/u,
  /^(?:email|e-mail|print|tweet|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube|tiktok|threads|bluesky|flipboard|messenger)$/u,
  /^(?:follow|follow us|follow us on|find us on|connect with us|stay connected|like us on facebook)$/u,
  /^(?:newsletters?|get (?:the|our) newsletter|our newsletters|stay informed|stay up to date|stay in the know|don't miss out|never miss a story)$/u,
  // link lists and section headers
  /^(?:latest|latest news|latest stories|latest headlines|latest updates|latest articles|just in|breaking|breaking news)$/u,
  /^(?:trending|trending now|trending stories|trending topics|most read|most popular|most viewed|most shared|most commented|popular|popular now|popular stories)$/u,
  /^(?:top stories|top news|top headlines|editor'?s picks?|editors'? picks?|recommended|recommended for you|recommended stories|recommended reading)$/u,
  /^(?:you (?:may|might) (?:also )?like|you may have missed|don't miss|more stories|more news|more articles|more headlines|more videos)$/u,
  /^(?:related|related articles|related stories|related news|related posts|related content|related topics|related coverage|related links)$/u,
  /^(?:read more|read next|read also|also read|see also|further reading|what to read next|around the web|in other news|elsewhere)$/u,
  /^(?:sponsored|sponsored content|sponsored links|sponsored stories|promoted|promoted content|promoted stories|partner content|paid content|paid post)$/u,
  /^(?:advertisement|advertising|ad|ads|story continues below advertisement|continue reading|continue reading below|skip advertisement)$/u,
  /^(?:advertisement|advert|ad)\s*[-–—:|·]\s*.{0,40}$/u,
  /^advertisement (?:continue|scroll|story continues|article continues)\b.{0,30}$/u,
  /^(?:story|article|text) continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?$/u,
  /^listen to (?:this )?(?:article|story)\b.{0,20}$/u,
  /^[\d.,]+\s*[km]?\s+(?:shares?|likes?|views?|reads?|reactions?)$/u,
  /^(?:sign up|subscribe|register) (?:here|now|today|for free)$/u,
  /^(?:get the app|download the app|open in app|about the author|about the authors)$/u,
  /^(?:show more|load more|view more|see more|view all|see all|more on this story|more on this topic)$/u,
  /^(?:learn more|find out more|more info|more information|read the full story|full story|open in app)$/u,
  /^(?:previous|next|prev|previous article|next article|previous post|next post|previous story|next story|previous page|next page|older posts|newer posts)$/u,
  /^(?:page \d+(?: of \d+)?|\d+ of \d+)$/u,
  /^(?:image|photo|picture|slide|video|item) \d+ (?:of|\/) \d+$/u,
  /^submit(?: rating| vote| comment| feedback)?$/u,
  /^(?:like this|share this|like|loading\.*|like loading)$/u,
  /^(?:tags?|topics?|filed under|categories|category|keywords)$/u,
  // comments
  /^comments?\s*\(?\d+\)?$/u,
  /^(?:comments?|\d+ comments?|no comments|view comments|show comments|hide comments|leave a comment|leave a reply|post a comment|post comment|add a comment|add comment|cancel reply|join the conversation|join the discussion|comments are closed|reply|report|load comments)$/u,
  // media widgets
  /^(?:listen|listen to (?:this )?(?:article|story)|listen now|watch|watch now|watch live|watch video|play|play video|video|videos|live|live updates|audio)$/u,
  /^(?:photos?|gallery|photo gallery|view gallery|open gallery|enlarge|enlarge this image|toggle caption|hide caption|show caption|expand|collapse|fullscreen|full screen)$/u,
  /^(?:thank you|thanks|something went wrong|please try again|try again|no results|no results found|error)$/u,
  /^(?:loading|please wait|click to (?:enlarge|expand|play)|tap to (?:enlarge|expand|play)|zoom|zoom in|zoom out|image|picture)$/u,
  // reading-time and relative-time stamps
  /^\d+\s*(?:min|mins|minute|minutes)(?: read| listen)?$/u,
  /^(?:updated |published |posted )?\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|months?)\s+ago$/u,
  /^(?:updated|published|posted|last updated|first published|modified)$/u,
];

/** Two-letter language codes and language self-names, as in a language picker ("• en", "EN | FR | DE"). */
const LANGUAGE_PICKER =
  /^(?:(?:ar|bg|bn|cs|da|de|el|en|es|et|fa|fi|fr|he|hi|hr|hu|id|it|ja|ko|lt|lv|ms|nl|no|pl|pt|ro|ru|sk|sl|sr|sv|sw|th|tr|uk|ur|vi|zh|english|français|deutsch|español|italiano|português|русский|українська|polski|türkçe|nederlands|العربية|中文|日本語|한국어)(?:[\s•·|/,]+|$))+$/u;

/** Sentences that only a page (never a reporter) writes: rating widgets, cookie banners, newsletter and comment
 *  prompts, copyright notices, paywall nags. Tested one sentence at a time; all use the site's own voice. */
const FURNITURE_SENTENCES: readonly RegExp[] = [
  // rating and feedback widgets
  /\bhow (?:useful|helpful|interesting) (?:was|is|did you find) this (?:article|story|post|page)\b/u,
  /\b(?:click|tap) on a star to rate\b/u,
  /\brate (?:this|the) (?:article|story|post|page)\b/u,
  /^average rating\b/u,
  /^vote count\b/u,
  /^no votes so far\b/u,
  /\bbe the first to (?:rate|comment|review|reply)\b/u,
  /^(?:thank you|thanks) for (?:rating|your (?:vote|feedback)|reading|subscribing|signing up)\b/u,
  /^we are sorry that this (?:post|article|page) was not useful\b/u,
  /^(?:let us improve this|tell us how we can improve)\b/u,
  /^as you found this (?:post|article|page|story) useful\b/u,
  /^(?:click|tap) to (?:share|print|email|tweet|open)\b/u,
  /^(?:posted|filed|published) (?:in|under) \p{L}/u,
  /^tagged(?: with)?\s*:?\s+\p{L}/u,
  /^was this (?:article|page|story|post) (?:helpful|useful)\b/u,
  // newsletters, apps, subscriptions, paywalls
  /^(?:sign up|subscribe|register) (?:to|for) (?:our|the|a)\b.*\b(?:newsletter|alerts|updates|emails?|briefing|digest)\b/u,
  /^(?:get|receive) (?:the|our) (?:latest|best|top)\b.*\b(?:inbox|email)\b/u,
  /^enter your email\b/u,
  /^get (?:our|the) (?:free |daily |weekly )?[\w' -]{0,40}\b(?:newsletter|briefing|digest|alerts?)\b/u,
  /\byou(?:'ve| have)(?: been)?(?: successfully)? subscribed\b/u,
  /^(?:download|get) (?:our|the) (?:free )?app\b/u,
  /^(?:already a subscriber|subscribe now|start your free trial|become a (?:member|subscriber|supporter))\b/u,
  /^support (?:our|independent|quality) journalism\b/u,
  /^this (?:article|content|story) is (?:for|available to|reserved for) (?:subscribers|members)\b/u,
  /^this article is more than \d+ (?:years?|months?) old\b/u,
  // cookie and consent banners
  /^(?:we|this (?:site|website)) uses? cookies\b/u,
  /\bour use of cookies\b/u,
  /^by (?:continuing|using|clicking)\b.*\byou (?:agree|consent|accept)\b/u,
  /^(?:read|see|view) our (?:privacy|cookie) policy\b/u,
  // comments
  /^comments are closed\b/u,
  /^your email address will not be published\b/u,
  /^required fields are marked\b/u,
  /^save my name,? email,? and website\b/u,
  /^notify me of (?:follow-up comments|new posts)\b/u,
  /^you must be logged in\b/u,
  /^(?:log ?in|sign in|register) to (?:comment|reply|post|continue)\b/u,
  /^(?:leave|post|add) a (?:comment|reply)\b/u,
  /^(?:please )?read our (?:community|comment|commenting) (?:guidelines|policy|rules)\b/u,
  // sharing, following, copyright
  /^(?:follow|find|like|join) us on\b/u,
  /^follow (?:\S+ ){1,3}on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|telegram|whatsapp)\b/u,
  /^powered by\b/u,
  /^(?:click|tap) here\b/u,
  /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))/u,
  /\ball rights reserved\b/u,
  /^this (?:material|article|content|story) may not be (?:published|reproduced|broadcast|rewritten|redistributed)\b/u,
];

/** Prefixes of a link to another article dropped into the page ("Read more: <headline>", "RELATED: …"). */
const LINK_PREFIX =
  /^(?:read more|read next|read also|also read|more|related|see also|recommended|watch|listen|must read|don't miss|click here|more on this|explainer|opinion|in pictures|live|tags?|topics?|filed under|categories|category|keywords|more about|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|leer más|lea también|leia também|leia mais|leggi anche|lees ook|läs också)\s*[:|»›>]\s*\S/iu;

/** Headers after which a list of article links follows ("Latest News", "More on US News", "Related"). */
const LIST_HEADER =
  /^(?:latest(?: \w+){0,2}|trending(?: now| stories)?|most (?:read|popular|viewed|shared)|top stories|editor'?s picks?|recommended(?: for you| stories)?|you (?:may|might) (?:also )?like|you may have missed|more (?:on|from|in|about) .{1,40}|more stories|more news|related(?: \w+)?|read more|read next|also read|further reading|what to read next|popular(?: now| stories)?)$/u;

/** Labels whose next line is the headline of another article. */
const PREVIOUS_NEXT = /^(?:previous|next|prev)(?: article| post| story)?$/u;

/** Headers a list of article links follows; "More on <section>" takes any section name. */
const MORE_ON_SECTION = /^more (?:on|from|in|about) \S.{0,40}$/u;

/** Headers that open a reader-comments section. */
const COMMENTS_HEADER =
  /^(?:comments?(?:\s*\(?\d+\)?)?|\d+ (?:comments?|responses?|replies|reactions)|view comments|show comments|load comments|leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion)|reader comments|discussion)$/u;

/** Separators of a menu or breadcrumb line ("Home | World | Politics", "Home › World › Europe"). */
const MENU_SEPARATOR = /\s*[|•·»›>]\s*|\s+\/\s+/u;

/** Most words of one menu item. */
const MENU_ITEM_MAX_WORDS = 3;

export function isCommentsHeader(line: string): boolean {
  return line.length <= LABEL_MAX_CHARS && COMMENTS_HEADER.test(repetitionKey(line));
}

/** Three or more short items between menu separators, none a sentence. */
export function isMenuLine(line: string): boolean {
  const items = stripBullet(line)
    .split(MENU_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length < 3) return false;
  return items.every((item) => countWords(item) <= MENU_ITEM_MAX_WORDS && !/[.!?]$/u.test(item));
}

/** Only hashtags and handles ("#Ukraine #Diplomacy @desk"). */
export function isHashtagLine(line: string): boolean {
  const tokens = stripBullet(line)
    .split(/\s+/u)
    .filter((token) => token !== '');
  return tokens.length > 0 && tokens.every((token) => /^[#@][\p{L}\p{N}_]+[,.]?$/u.test(token));
}

/** Only web addresses or e-mail addresses. */
export function isAddressLine(line: string): boolean {
  const tokens = stripBullet(line)
    .split(/\s+/u)
    .filter((token) => token !== '');
  return (
    tokens.length > 0 &&
    tokens.every((token) => /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u.test(token))
  );
}

/** The attribution line under an embedded social post: "— Jane Doe (@janedoe) April 17, 2025". */
const EMBED_ATTRIBUTION = /^[—–-]\s*[^()]{1,60}\(@[\w.]{1,30}\)\s+\p{L}+\.? \d{1,2},? \d{4}$/u;

export function isEmbedAttribution(line: string): boolean {
  return EMBED_ATTRIBUTION.test(line.trim());
}

/** Characters above which a line is too long to be a label; the longest labels ("Story continues below
 *  advertisement", "Advertisement - Scroll to continue") run under 50. */
const LABEL_MAX_CHARS = 80;

function isSingleLabel(text: string): boolean {
  if (text.length > LABEL_MAX_CHARS) return false;
  const key = repetitionKey(text);
  if (key === '') return false;
  return LABEL_LINES.some((pattern) => pattern.test(key)) || MORE_ON_SECTION.test(key);
}

/** A whole-line label, or several labels glued together by a scrape that dropped their separators
 *  ("Skip to main contentSkip to navigation"). */
export function isLabelLine(line: string): boolean {
  if (isSingleLabel(line)) return true;
  const parts = line.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  return parts.length > 1 && parts.every(isSingleLabel);
}

export function isLanguagePicker(line: string): boolean {
  return LANGUAGE_PICKER.test(stripBullet(line).toLowerCase().trim());
}

function normalizeSentence(sentence: string): string {
  return stripBullet(sentence)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Every sentence of the line is one only a page writes ("No votes so far! Be the first to rate this article.").
 *  A long line or one mixing reporting with a prompt stays. */
export function isFurnitureSentenceLine(line: string): boolean {
  if (line.length > FURNITURE_SENTENCE_MAX_CHARS) return false;
  const sentences = roughSentences(line);
  if (sentences.length === 0) return false;
  return sentences.every((sentence) => {
    const normalized = normalizeSentence(sentence);
    return FURNITURE_SENTENCES.some((pattern) => pattern.test(normalized)) || isLabelLine(sentence);
  });
}

export function isLinkPrefixLine(line: string): boolean {
  const body = stripBullet(line);
  return countWords(body) <= LINK_PREFIX_MAX_WORDS && LINK_PREFIX.test(body);
}

export function isListHeader(line: string): boolean {
  return line.length <= LABEL_MAX_CHARS && LIST_HEADER.test(repetitionKey(line));
}

export function isPreviousNextLabel(line: string): boolean {
  return line.length <= LABEL_MAX_CHARS && PREVIOUS_NEXT.test(repetitionKey(line));
}
