// The line classifier: decides for every unit of a text dump whether it is body, a subheading, the headline,
// metadata (byline, date, slug), a caption or page furniture, and records the rule that decided.
//
// Order of evidence: (1) shape rules that hold anywhere on a page (captions, slugs, furniture labels and
// sentences, bylines, dates); (2) link-list context (after "Previous Article" or a "Latest News" header);
// (3) position: prose anchors the body, so non-prose lines above the first prose line are the top zone (headline
// and kickers) and below the last one the bottom zone (footers); (4) inside the body, non-prose lines are the
// article's subheadings unless repetition, kicker shape or a run of link titles says otherwise; a prose line that
// repeats part of another paragraph (a pull quote) or a whole one is dropped, since its sentences stay elsewhere.
import { isCaptionLine, isCreditOnlyLine } from './captions.ts';
import {
  isAddressLine,
  isCommentsHeader,
  isEmbedAttribution,
  isFurnitureSentenceLine,
  isHashtagLine,
  isMenuLine,
  isLabelLine,
  isLanguagePicker,
  isLinkPrefixLine,
  isListHeader,
  isPreviousNextLabel,
} from './furniture-lexicon.ts';
import {
  parseBareByline,
  parseByline,
  parseCopyrightHolder,
  parseDateLine,
  parseSlug,
  type Slug,
} from './metadata.ts';
import {
  countWords,
  endsWithFullStop,
  isAllCaps,
  isBulleted,
  isProse,
  isTitleCase,
  isTitleLike,
  lowercaseRatio,
  repetitionKey,
  stripBullet,
} from './shape.ts';
import {
  GLUED_LABEL_MAX_WORDS,
  HEADER_LIST_MAX_ITEMS,
  HEADLINE_BODY_NEIGHBOUR_BONUS,
  HEADLINE_ECHO_WINDOW,
  HEADLINE_FULL_SCORE_WORDS,
  HEADLINE_MIN_WORDS,
  COMMENTS_MIN_PROSE_ABOVE,
  DECK_MIN_LOWERCASE_RATIO,
  DECK_MIN_WORDS,
  KICKER_MAX_WORDS,
  LINK_LINE_MIN_DENSITY,
  LINK_RUN_MIN,
  PULL_QUOTE_MAX_PARAGRAPHS,
  PULL_QUOTE_MIN_WORDS,
  TITLE_MAX_WORDS,
} from './thresholds.ts';
import type { TextUnit } from './units.ts';

export type LineRole =
  | 'body'
  | 'subheading'
  | 'list-item'
  | 'title'
  | 'byline'
  | 'date'
  | 'slug'
  | 'caption'
  | 'furniture'
  | 'markup';

/** The rule that decided a unit's role. */
export type LineReason =
  | 'prose'
  | 'deck'
  | 'subheading'
  | 'list-item'
  | 'short-sentence'
  | 'headline'
  | 'headline-repeat'
  | 'byline'
  | 'date'
  | 'slug'
  | 'caption'
  | 'markup'
  | 'symbols'
  | 'label'
  | 'furniture-sentence'
  | 'language-picker'
  | 'menu'
  | 'tags-or-addresses'
  | 'embed-attribution'
  | 'comments-section'
  | 'numbers'
  | 'link-prefix'
  | 'link-line'
  | 'after-previous-next'
  | 'after-list-header'
  | 'top-zone'
  | 'bottom-zone'
  | 'repeated'
  | 'duplicate-paragraph'
  | 'pull-quote'
  | 'kicker'
  | 'glued-label'
  | 'link-run'
  | 'fragment';

export interface LineDecision {
  readonly unit: TextUnit;
  readonly role: LineRole;
  readonly reason: LineReason;
}

export interface Classification {
  readonly decisions: readonly LineDecision[];
  readonly title?: string;
  readonly byline?: string;
  readonly publisher?: string;
  readonly publishedAt?: string;
  /** The slug found on the page, if any: its prefix is dropped and its body kept. */
  readonly slug?: { readonly unitIndex: number; readonly value: Slug };
}

/** Roles whose text stays in the article body. */
export const BODY_ROLES: ReadonlySet<LineRole> = new Set(['body', 'subheading', 'list-item']);

interface UnitFeatures {
  readonly prose: boolean;
  readonly titleLike: boolean;
  readonly key: string;
}

/** Shape measures are asked for many times per unit; each is computed once. */
const featureCache = new WeakMap<TextUnit, UnitFeatures>();

function featuresOf(unit: TextUnit): UnitFeatures {
  let features = featureCache.get(unit);
  if (features === undefined) {
    features = {
      prose: isProse(unit.text),
      titleLike: isTitleLike(unit.text),
      key: repetitionKey(unit.text),
    };
    featureCache.set(unit, features);
  }
  return features;
}

/** Rules that decide a line by its own shape wherever it stands, first match wins. */
function shapeRule(unit: TextUnit, slugAllowed: boolean): { role: LineRole; reason: LineReason } | undefined {
  const { text } = unit;
  // Blank after markdown stripping (an image line): only its markup is listed as removed.
  if (text === '') return { role: 'markup', reason: 'markup' };
  // No letter or digit: rules, dividers, "* * *".
  if (!/[\p{L}\p{N}]/u.test(text)) return { role: 'furniture', reason: 'symbols' };
  // "Headline/ Outlet/ CITY/ Author/ Edition/ body…": metadata fields dropped, body kept (first slug only).
  if (slugAllowed && parseSlug(text) !== undefined) return { role: 'slug', reason: 'slug' };
  // Photo captions and credits leave the body for `captions`.
  if (isCaptionLine(text)) return { role: 'caption', reason: 'caption' };
  // A whole-line widget, menu or section label ("Menu", "Share this", "Previous Article", "4 min read").
  if (isLabelLine(text)) return { role: 'furniture', reason: 'label' };
  // Sentences only a page writes (rating widget, cookie banner, newsletter prompt, copyright).
  if (isFurnitureSentenceLine(text)) return { role: 'furniture', reason: 'furniture-sentence' };
  if (isLanguagePicker(text)) return { role: 'furniture', reason: 'language-picker' };
  // "Home | World | Politics", breadcrumbs.
  if (isMenuLine(text)) return { role: 'furniture', reason: 'menu' };
  if (isHashtagLine(text) || isAddressLine(text)) return { role: 'furniture', reason: 'tags-or-addresses' };
  // "— Jane Doe (@handle) April 17, 2025" under an embedded post.
  if (isEmbedAttribution(text)) return { role: 'furniture', reason: 'embed-attribution' };
  // "Read more: <headline>", "Tags: …".
  if (isLinkPrefixLine(text)) return { role: 'furniture', reason: 'link-prefix' };
  if (parseByline(text) !== undefined) return { role: 'byline', reason: 'byline' };
  if (parseDateLine(text) !== undefined) return { role: 'date', reason: 'date' };
  // Counters, timestamps, "1/5".
  if (isNumbersOnly(text)) return { role: 'furniture', reason: 'numbers' };
  // A markdown line that is (nearly) all link text and not a sentence: menu item or related link.
  if (unit.linkDensity >= LINK_LINE_MIN_DENSITY && !featuresOf(unit).prose)
    return { role: 'furniture', reason: 'link-line' };
  return undefined;
}

/** A sentence-case summary line: long enough, mostly lower-case words, not Title Case (menu items and section
 *  names are short or capitalised). */
function isDeck(text: string): boolean {
  return (
    countWords(text) >= DECK_MIN_WORDS &&
    lowercaseRatio(text) >= DECK_MIN_LOWERCASE_RATIO &&
    !isTitleCase(text) &&
    !isBulleted(text)
  );
}

/** A short label glued onto the next word: "Top StoryUS" (lower-case then a run of capitals ending the word). */
function isGluedLabel(text: string): boolean {
  return countWords(text) <= GLUED_LABEL_MAX_WORDS && /\p{Ll}\p{Lu}{2,}(?![\p{L}])/u.test(text);
}

function isNumbersOnly(text: string): boolean {
  return /\p{N}/u.test(text) && /^[\p{N}\s\p{P}\p{S}]+$/u.test(text);
}

/** Whether a unit reads as content that anchors the article body. */
function isAnchor(
  decision: Partial<LineDecision> | undefined,
  unit: TextUnit,
  slug: Slug | undefined,
): boolean {
  if (decision?.role === 'slug') return slug !== undefined && isProse(slug.body);
  return decision === undefined && featuresOf(unit).prose;
}

export function classifyUnits(units: readonly TextUnit[]): Classification {
  const decided: (LineDecision | undefined)[] = units.map(() => undefined);
  const decide = (index: number, role: LineRole, reason: LineReason): void => {
    const unit = units[index];
    if (unit !== undefined) decided[index] = { unit, role, reason };
  };
  let slug: { unitIndex: number; value: Slug } | undefined;
  let byline: string | undefined;
  let copyrightHolder: string | undefined;
  const dates: { index: number; value: string }[] = [];

  // (1) Shape rules that hold anywhere on the page.
  for (const unit of units) {
    const rule = shapeRule(unit, slug === undefined);
    if (rule === undefined) continue;
    decide(unit.index, rule.role, rule.reason);
    if (rule.reason === 'slug') {
      const value = parseSlug(unit.text);
      if (value !== undefined) slug = { unitIndex: unit.index, value };
    } else if (rule.reason === 'byline') byline ??= parseByline(unit.text);
    else if (rule.reason === 'date') dates.push({ index: unit.index, value: parseDateLine(unit.text) ?? '' });
    else if (rule.reason === 'furniture-sentence') copyrightHolder ??= parseCopyrightHolder(unit.text);
  }

  const nextContentIndex = (from: number): number | undefined => {
    for (let index = from + 1; index < units.length; index += 1) {
      if (units[index]?.text !== '') return index;
    }
    return undefined;
  };

  // A bare credit line ("Agency Images") sits next to its caption: a following line that is not a closed sentence
  // is that caption.
  for (const unit of units) {
    if (decided[unit.index]?.role !== 'caption' || !isCreditOnlyLine(unit.text)) continue;
    const next = nextContentIndex(unit.index);
    const nextUnit = next === undefined ? undefined : units[next];
    if (
      next !== undefined &&
      nextUnit !== undefined &&
      decided[next] === undefined &&
      !featuresOf(nextUnit).prose
    ) {
      decide(next, 'caption', 'caption');
    }
  }

  // (2) Link-list context: the headline after "Previous/Next Article"; the titles after a list header below the
  // start of the body (above it, the top zone drops them anyway and the headline must not be taken for a link).
  const firstProse =
    units.find((unit) => decided[unit.index] === undefined && featuresOf(unit).prose)?.index ?? 0;
  for (const unit of units) {
    const decision = decided[unit.index];
    if (decision?.role !== 'furniture' || decision.reason !== 'label') continue;
    if (isPreviousNextLabel(unit.text)) {
      const next = nextContentIndex(unit.index);
      const nextUnit = next === undefined ? undefined : units[next];
      if (next !== undefined && nextUnit !== undefined && decided[next] === undefined) {
        if (countWords(nextUnit.text) <= TITLE_MAX_WORDS && !endsWithFullStop(nextUnit.text)) {
          decide(next, 'furniture', 'after-previous-next');
        }
      }
    } else if (unit.index > firstProse && isListHeader(unit.text)) {
      let taken = 0;
      for (let index = nextContentIndex(unit.index); index !== undefined; index = nextContentIndex(index)) {
        const current = decided[index];
        const candidate = units[index];
        if (candidate === undefined || taken >= HEADER_LIST_MAX_ITEMS) break;
        if (current !== undefined) {
          if (current.role === 'furniture' || current.role === 'caption' || current.role === 'date') continue;
          break;
        }
        if (!featuresOf(candidate).titleLike) break;
        // After the first link, a title-like line followed straight by prose is the body's next subheading.
        const following = nextContentIndex(index);
        const followingUnit = following === undefined ? undefined : units[following];
        const followedByProse =
          followingUnit !== undefined &&
          decided[followingUnit.index] === undefined &&
          featuresOf(followingUnit).prose;
        if (taken > 0 && followedByProse) break;
        decide(index, 'furniture', 'after-list-header');
        taken += 1;
      }
    }
  }

  markCommentsSection(units, decided, decide);

  // (3) Position: prose anchors the body.
  const anchors = units
    .filter((unit) => isAnchor(decided[unit.index], unit, slug?.value))
    .map((unit) => unit.index);
  const first = anchors[0] ?? units.length;
  const last = anchors[anchors.length - 1] ?? -1;

  const occurrences = new Map<string, number[]>();
  for (const unit of units) {
    const key = featuresOf(unit).key;
    if (key === '') continue;
    const list = occurrences.get(key);
    if (list === undefined) occurrences.set(key, [unit.index]);
    else list.push(unit.index);
  }
  const repeatedOutsideTop = (unit: TextUnit): boolean =>
    (occurrences.get(featuresOf(unit).key) ?? []).some((index) => index !== unit.index && index >= first);

  const title = chooseHeadline(units, decided, first, slug?.value, repeatedOutsideTop);
  if (title !== undefined) {
    decide(title.index, 'title', 'headline');
    const titleKey = featuresOf(title).key;
    for (const unit of units) {
      if (decided[unit.index] === undefined && featuresOf(unit).key === titleKey && !featuresOf(unit).prose) {
        decide(unit.index, 'title', 'headline-repeat');
      }
    }
  }

  // An unlabelled byline ("Jane Doe in Paris") sits between the headline and the second paragraph.
  if (title !== undefined) {
    const end = anchors[1] ?? units.length;
    for (const unit of units.slice(title.index + 1, end)) {
      if (decided[unit.index] !== undefined) continue;
      const names = parseBareByline(unit.text);
      if (names === undefined) continue;
      byline ??= names;
      decide(unit.index, 'byline', 'byline');
    }
  }

  // A deck (standfirst) under the headline without a full stop is still the article's summary sentence.
  if (title !== undefined) {
    for (const unit of units.slice(title.index + 1, first)) {
      if (decided[unit.index] === undefined && isDeck(unit.text)) decide(unit.index, 'body', 'deck');
    }
  }

  for (const unit of units) {
    if (decided[unit.index] !== undefined) continue;
    if (unit.index < first) decide(unit.index, 'furniture', 'top-zone');
    else if (unit.index > last) decide(unit.index, 'furniture', 'bottom-zone');
  }

  // (4) Inside the body.
  const isOpenTitleLike = (index: number | undefined): boolean => {
    if (index === undefined) return false;
    const unit = units[index];
    const decision = decided[index];
    if (unit === undefined) return false;
    if (decision !== undefined && decision.role !== 'title' && decision.role !== 'subheading') return false;
    return featuresOf(unit).titleLike && !isAllCaps(unit.text);
  };
  const previousContentIndex = (from: number): number | undefined => {
    for (let index = from - 1; index >= 0; index -= 1) {
      if (units[index]?.text !== '') return index;
    }
    return undefined;
  };

  markLinkRuns(units, decided, decide);

  const seenProse = new Set<string>();
  const proseKeys = units
    .filter((unit) => decided[unit.index] === undefined && featuresOf(unit).prose)
    .map((unit) => ({ index: unit.index, key: featuresOf(unit).key }));
  const isPullQuote = (index: number, key: string): boolean =>
    proseKeys.length <= PULL_QUOTE_MAX_PARAGRAPHS &&
    countWords(key) >= PULL_QUOTE_MIN_WORDS &&
    proseKeys.some(
      (other) => other.index !== index && other.key.length > key.length && other.key.includes(key),
    );
  for (const unit of units) {
    if (decided[unit.index] !== undefined) continue;
    const { text, index } = unit;
    const { key, prose, titleLike } = featuresOf(unit);
    if (prose) {
      if (seenProse.has(key)) decide(index, 'furniture', 'duplicate-paragraph');
      else if (isPullQuote(index, key)) decide(index, 'furniture', 'pull-quote');
      else {
        seenProse.add(key);
        decide(index, unit.listItem || stripBullet(text) !== text.trim() ? 'list-item' : 'body', 'prose');
      }
      continue;
    }
    const words = countWords(stripBullet(text));
    const next = nextContentIndex(index);
    const nextUnit = next === undefined ? undefined : units[next];
    const headsProse =
      nextUnit !== undefined && decided[nextUnit.index] === undefined && featuresOf(nextUnit).prose;
    // A line repeated on the page is a banner or a link, unless it heads a paragraph as a subheading (its other
    // occurrence being a table of contents).
    if ((occurrences.get(key) ?? []).length > 1 && !(headsProse && words > 1))
      decide(index, 'furniture', 'repeated');
    else if (isGluedLabel(text)) decide(index, 'furniture', 'glued-label');
    else if (
      isAllCaps(text) &&
      words <= KICKER_MAX_WORDS &&
      (isOpenTitleLike(previousContentIndex(index)) || isOpenTitleLike(nextContentIndex(index)))
    ) {
      decide(index, 'furniture', 'kicker');
    } else if (words === 1 && unit.headingLevel === undefined) decide(index, 'furniture', 'fragment');
    else if (unit.listItem || stripBullet(text) !== text.trim()) decide(index, 'list-item', 'list-item');
    else if (titleLike) decide(index, 'subheading', 'subheading');
    else decide(index, 'body', 'short-sentence');
  }

  const decisions = decided.map((decision, index) => {
    const unit = units[index];
    if (decision !== undefined || unit === undefined) return decision;
    return { unit, role: 'furniture' as const, reason: 'fragment' as const };
  });
  const bodyDates = dates.filter((date) => date.index <= last);
  const publishedAt = bodyDates[0]?.value;
  const foundByline = byline ?? slug?.value.byline;
  const publisher = slug?.value.publisher ?? copyrightHolder;
  const headline = title?.text ?? slug?.value.headline;
  return {
    decisions: decisions.filter((decision): decision is LineDecision => decision !== undefined),
    ...(headline === undefined ? {} : { title: stripBullet(headline) }),
    ...(foundByline === undefined ? {} : { byline: foundByline }),
    ...(publisher === undefined ? {} : { publisher }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(slug === undefined ? {} : { slug }),
  };
}

/** The headline: a title-like line above the body. Longer lines score higher up to HEADLINE_FULL_SCORE_WORDS
 *  (kickers and menu items are short); a line followed straight by a byline, date, deck or prose gains
 *  HEADLINE_BODY_NEIGHBOUR_BONUS; a line repeated as the start of a line just below (a slug) or marked as a
 *  markdown H1 scores as much again; a line repeated further down the page (a channel banner at top and bottom)
 *  and an all-caps line (a kicker, unless nothing else is there) lose half; glued labels are not candidates.
 *  Ties go to the earlier line. */
function chooseHeadline(
  units: readonly TextUnit[],
  decided: readonly (LineDecision | undefined)[],
  first: number,
  slug: Slug | undefined,
  repeatedOutsideTop: (unit: TextUnit) => boolean,
): TextUnit | undefined {
  let best: { unit: TextUnit; score: number } | undefined;
  for (const unit of units) {
    const isHeadingOne = unit.headingLevel === 1;
    if (unit.index >= first && !isHeadingOne) break;
    if (decided[unit.index] !== undefined || unit.listItem) continue;
    const words = countWords(unit.text);
    if (!featuresOf(unit).titleLike || words < HEADLINE_MIN_WORDS) continue;
    if (isGluedLabel(unit.text)) continue;
    const key = featuresOf(unit).key;
    const echoed =
      (slug?.headline !== undefined && repetitionKey(slug.headline) === key) ||
      units
        .slice(unit.index + 1, unit.index + 1 + HEADLINE_ECHO_WINDOW)
        .some((other) => other.text.startsWith(unit.text) && other.text !== unit.text);
    const score =
      Math.min(words, HEADLINE_FULL_SCORE_WORDS) +
      (leadsIntoArticle(units, decided, unit.index) ? HEADLINE_BODY_NEIGHBOUR_BONUS : 0) +
      (echoed ? HEADLINE_FULL_SCORE_WORDS : 0) +
      (isHeadingOne ? 2 * HEADLINE_FULL_SCORE_WORDS : 0) -
      (repeatedOutsideTop(unit) ? HEADLINE_FULL_SCORE_WORDS / 2 : 0) -
      (isAllCaps(unit.text) ? HEADLINE_FULL_SCORE_WORDS / 2 : 0);
    if (best === undefined || score > best.score) best = { unit, score };
  }
  return best?.unit;
}

/** The next line is the start of the article proper: a byline, a date stamp, a deck or prose. */
function leadsIntoArticle(
  units: readonly TextUnit[],
  decided: readonly (LineDecision | undefined)[],
  index: number,
): boolean {
  let next: TextUnit | undefined;
  for (let position = index + 1; position < units.length && next === undefined; position += 1) {
    if (units[position]?.text !== '') next = units[position];
  }
  if (next === undefined) return false;
  const decision = decided[next.index];
  if (decision !== undefined) return decision.role === 'byline' || decision.role === 'date';
  return featuresOf(next).prose || isDeck(next.text) || parseBareByline(next.text) !== undefined;
}

/** Runs of LINK_RUN_MIN or more consecutive title-like lines with no prose between are link lists or menus, unless
 *  a sentence ending in a colon introduces them. Bulleted lines join a run only in Title Case. Furniture and captions inside the run neither break nor count;
 *  anything else breaks it. */
function markLinkRuns(
  units: readonly TextUnit[],
  decided: readonly (LineDecision | undefined)[],
  decide: (index: number, role: LineRole, reason: LineReason) => void,
): void {
  let run: number[] = [];
  let introduced = false;
  const flush = (): void => {
    if (run.length >= LINK_RUN_MIN && !introduced)
      for (const index of run) decide(index, 'furniture', 'link-run');
    run = [];
  };
  let previous: TextUnit | undefined;
  for (const unit of units) {
    if (unit.text === '') continue;
    // A run right after a sentence ending in a colon ("The deal covers:") is a list the article introduced.
    if (run.length === 0)
      introduced = previous !== undefined && featuresOf(previous).prose && previous.text.trim().endsWith(':');
    previous = unit;
    const decision = decided[unit.index];
    if (decision !== undefined) {
      if (decision.role === 'furniture' || decision.role === 'caption' || decision.role === 'markup')
        continue;
      flush();
      continue;
    }
    const listItem = unit.listItem || stripBullet(unit.text) !== unit.text.trim();
    // Bulleted Title Case lines are linked headlines; bulleted sentence-case lines are the article's key points.
    const linkShaped = listItem ? isTitleCase(stripBullet(unit.text)) : true;
    if (linkShaped && featuresOf(unit).titleLike && unit.headingLevel === undefined) run.push(unit.index);
    else flush();
  }
  flush();
}

/** A reader-comments header ("Comments (12)", "Join the conversation") below a good part of the article's prose opens
 *  the comments section: everything below it, readers' prose included, is page furniture. Headers near the top (a
 *  comment count beside the byline) have too little prose above them to count. */
function markCommentsSection(
  units: readonly TextUnit[],
  decided: readonly (LineDecision | undefined)[],
  decide: (index: number, role: LineRole, reason: LineReason) => void,
): void {
  const proseChars = units.map((unit) =>
    decided[unit.index] === undefined && featuresOf(unit).prose ? unit.text.length : 0,
  );
  let before = 0;
  for (const unit of units) {
    const decision = decided[unit.index];
    if (decision?.role === 'furniture' && isCommentsHeader(unit.text) && before >= COMMENTS_MIN_PROSE_ABOVE) {
      for (const later of units.slice(unit.index + 1)) {
        if (decided[later.index] === undefined) decide(later.index, 'furniture', 'comments-section');
      }
      return;
    }
    before += proseChars[unit.index] ?? 0;
  }
}
