// Quotes of an article: words in quote marks and speech reported without them, each with its speaker,
// attribution verb and sentence, so that the cross-check stage can line up who said what across outlets.
import type { Result, TextRange } from '../../core/index.ts';
import { paragraphRanges, splitSentences } from '../../normalize/index.ts';
import { findEntityMentions, type EntityMention } from '../ner/index.ts';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.ts';
import { phraseAfter, resolveSpeaker, subjectBefore, type Phrase, type SpeakerContext } from './speakers.ts';
import { LONGEST_SPEECH_VERB, SPEECH_VERB_PATTERN, SPEECH_VERBS, type SpeechVerb } from './speech-verbs.ts';
import { MAX_THAT_DISTANCE, MIN_REPORTED_WORDS, PARTIAL_MAX_WORDS } from './thresholds.ts';
import type { Quote, Speaker } from './types.ts';

export interface FindQuotesOptions {
  /** Entity mentions of the same text, when the caller has them already; computed with the NER otherwise. */
  readonly mentions?: readonly EntityMention[];
}

interface VerbMatch {
  readonly start: number;
  readonly end: number;
  readonly verb: SpeechVerb;
}

interface Attribution {
  readonly speaker: Speaker;
  readonly verb: string;
  /** The verb's offset, so that reported speech does not read the same attribution again. */
  readonly verbStart: number;
  readonly end: number;
}

interface Context extends SpeakerContext {
  readonly sentences: readonly TextRange[];
  readonly consumed: Set<number>;
}

/** Words after a speech verb that open a reported clause rather than an object or a prepositional phrase. */
const CLAUSE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'there',
  'this',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'no',
  'none',
  'nobody',
  'all',
  'some',
  'most',
  'many',
  'more',
  'fewer',
  'about',
  'several',
  'every',
  'each',
  'any',
  'both',
  'only',
]);
/** Verbs whose object comes before the reported clause ("urged Washington to adopt …"). */
const OBJECT_VERBS = new Set(['told', 'urged', 'accused', 'warned', 'asked', 'promised']);
/** Words that may stand between a speech verb and the "that" of its clause ("said in a statement that"). */
const THAT_BRIDGES = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'late',
  'earlier',
  'later',
  'yesterday',
  'today',
  'last',
  'this',
  'again',
  'also',
  'repeatedly',
  'publicly',
  'privately',
  'separately',
  'previously',
  'through',
  'via',
]);
const BE_FORMS = /\b(?:is|are|was|were|be|been|being)\s+$/;
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

function wordCount(value: string): number {
  return value.match(WORD)?.length ?? 0;
}

function sentenceAt(sentences: readonly TextRange[], offset: number): TextRange {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (sentence === undefined) break;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  const before = sentences[Math.max(0, low - 1)];
  return before !== undefined && before.start <= offset ? before : { start: offset, end: offset };
}

function speechVerbsIn(text: string, start: number, end: number): VerbMatch[] {
  const found: VerbMatch[] = [];
  // Searched in the text cut just past the last place a verb starting before `end` can reach (its final
  // letter and the character after it, for the word boundary), so a range without a verb is not searched
  // on to the end of the article.
  const searched = text.slice(0, Math.min(text.length, end + LONGEST_SPEECH_VERB + 1));
  SPEECH_VERB_PATTERN.lastIndex = start;
  for (;;) {
    const match = SPEECH_VERB_PATTERN.exec(searched);
    if (match === null || match.index >= end) break;
    const verb = SPEECH_VERBS.get(match[0]);
    if (verb !== undefined) found.push({ start: match.index, end: match.index + match[0].length, verb });
  }
  return found;
}

function attribution(
  context: Context,
  phrase: Phrase,
  verb: string,
  verbStart: number,
  end: number,
): Attribution {
  const sentence = sentenceAt(context.sentences, verbStart);
  const rest = context.text.slice(verbStart, Math.max(sentence.end, end));
  return { speaker: resolveSpeaker(context, phrase, rest), verb, verbStart, end };
}

/** Attribution right after the closing mark: `…," said X` / `…," X said` / `…," according to X`. */
function attributionAfter(context: Context, span: QuotedSpan, limit: number): Attribution | undefined {
  const { text } = context;
  const after = text.slice(span.close, limit);
  const lead = /^[\s,]*/.exec(after)?.[0].length ?? 0;
  const from = span.close + lead;
  const according = /^according to\s+/i.exec(text.slice(from, limit));
  if (according !== null) {
    const phrase = phraseAfter(text, from + according[0].length, limit);
    return phrase === undefined ? undefined : attribution(context, phrase, 'according to', from, phrase.end);
  }
  const verbs = speechVerbsIn(text, from, limit).filter((verb) => !verb.verb.progressive);
  const first = verbs[0];
  if (first === undefined) return undefined;
  if (first.start === from) {
    const phrase = phraseAfter(text, first.end, limit);
    return phrase === undefined
      ? undefined
      : attribution(context, phrase, first.verb.past, first.start, phrase.end);
  }
  if (/[.!?;]/.test(text.slice(from, first.start))) return undefined;
  const phrase = subjectBefore(text, from, first.start, context.mentions);
  if (phrase === undefined) return undefined;
  return attribution(context, phrase, first.verb.past, first.start, first.end);
}

/** The subject of a sentence's first finite speech verb, for "X underscored this by stating, '…'". */
function sentenceSubject(context: Context, sentence: TextRange, before: number): Attribution | undefined {
  for (const verb of speechVerbsIn(context.text, sentence.start, before)) {
    if (verb.verb.progressive || context.quoted(verb.start)) continue;
    const phrase = subjectBefore(context.text, sentence.start, verb.start, context.mentions);
    if (phrase !== undefined) return attribution(context, phrase, verb.verb.past, verb.start, verb.end);
  }
  return undefined;
}

/** Attribution introducing the quote: `X said: "…"`, `X told reporters, "…"`, `… by stating, "…"`. */
function attributionBefore(context: Context, span: QuotedSpan, sentence: TextRange): Attribution | undefined {
  const { text } = context;
  const lead = text.slice(sentence.start, span.open).trimEnd();
  if (!/[:,]$/.test(lead)) return undefined;
  const verbs = speechVerbsIn(text, sentence.start, span.open).filter((verb) => !context.quoted(verb.start));
  const last = verbs.at(-1);
  if (last === undefined || /[.!?;"“”]/u.test(text.slice(last.end, sentence.start + lead.length - 1)))
    return undefined;
  if (text.slice(last.end, span.open).length > 60) return undefined;
  if (last.verb.progressive) {
    const subject = sentenceSubject(context, sentence, last.start);
    return subject === undefined ? undefined : { ...subject, verb: last.verb.past, verbStart: last.start };
  }
  const phrase = subjectBefore(text, sentence.start, last.start, context.mentions);
  return phrase === undefined
    ? undefined
    : attribution(context, phrase, last.verb.past, last.start, last.end);
}

/** The speaker a quoted phrase inside a sentence belongs to: the sentence's own speech frame
 *  ("The goal, Bruce said, was to advance '…'", "Yermak described the talks as … 'coalition of the willing'"). */
function frameOf(context: Context, sentence: TextRange, span: QuotedSpan): Attribution | undefined {
  const { text } = context;
  const verbs = speechVerbsIn(text, sentence.start, sentence.end).filter(
    (verb) => !context.quoted(verb.start) && !verb.verb.progressive,
  );
  const ordered = [
    ...verbs.filter((verb) => verb.start < span.open).reverse(),
    ...verbs.filter((verb) => verb.start >= span.close),
  ];
  for (const verb of ordered) {
    if (BE_FORMS.test(text.slice(Math.max(sentence.start, verb.start - 12), verb.start))) continue;
    const phrase = subjectBefore(text, sentence.start, verb.start, context.mentions);
    if (phrase !== undefined) return attribution(context, phrase, verb.verb.past, verb.start, verb.end);
  }
  return undefined;
}

function trimmedContent(text: string, span: QuotedSpan): Phrase {
  let start = span.contentStart;
  let end = span.contentEnd;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /[\s,]/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

function quoteOf(context: Context, span: QuotedSpan, next: QuotedSpan | undefined): Quote | undefined {
  const { text } = context;
  const content = trimmedContent(text, span);
  if (content.end <= content.start) return undefined;
  const opening = sentenceAt(context.sentences, span.open);
  const closing = sentenceAt(context.sentences, Math.max(span.open, span.close - 1));
  const limit = Math.min(Math.max(closing.end, span.close), next?.open ?? Number.POSITIVE_INFINITY);
  const lead = text.slice(opening.start, span.open).replace(/[\s•*\-–—]+/gu, '');
  const opensSentence = lead === '' || /[.!?:]$/.test(lead);
  const before = attributionBefore(context, span, opening);
  const after = before === undefined ? attributionAfter(context, span, limit) : undefined;
  const words = wordCount(text.slice(content.start, content.end));
  const direct = opensSentence || before !== undefined || words > PARTIAL_MAX_WORDS;
  const found = before ?? after ?? (direct ? undefined : frameOf(context, opening, span));
  if (found !== undefined && (before !== undefined || after !== undefined))
    context.consumed.add(found.verbStart);
  const end = Math.max(closing.end, found?.end ?? 0);
  return {
    start: content.start,
    end: content.end,
    sentence: { start: Math.min(opening.start, found?.speaker.start ?? opening.start), end },
    text: text.slice(content.start, content.end),
    kind: direct ? 'direct' : 'partial',
    ...(found === undefined ? {} : { speaker: found.speaker, verb: found.verb }),
  };
}

/** An unattributed direct quote continues the speaker of the quote before it in the same paragraph, or in
 *  the paragraph before when it opens its own ("'…,' X said. 'But we have to start somewhere.'"). */
function inheritSpeakers(context: Context, quotes: Quote[]): void {
  for (let index = 1; index < quotes.length; index += 1) {
    const quote = quotes[index];
    const previous = quotes[index - 1];
    if (quote === undefined || previous === undefined) continue;
    if (quote.kind !== 'direct' || quote.speaker !== undefined || previous.speaker === undefined) continue;
    if (previous.kind === 'reported') continue;
    const paragraphs = context.paragraphs;
    const here = paragraphs.findIndex(
      (paragraph) => quote.start >= paragraph.start && quote.start < paragraph.end,
    );
    const there = paragraphs.findIndex(
      (paragraph) => previous.end > paragraph.start && previous.end <= paragraph.end,
    );
    const opensParagraph =
      text(context, paragraphs[here]?.start ?? 0, quote.start).replace(/[\s"“„«']/gu, '') === '';
    if (here === there || (here === there + 1 && opensParagraph)) {
      quotes[index] = { ...quote, speaker: previous.speaker };
    }
  }
}

function text(context: Context, start: number, end: number): string {
  return context.text.slice(start, end);
}

/** The reported clause after a speech verb, or undefined when what follows is not a clause. */
function complementAfter(context: Context, verb: VerbMatch, sentence: TextRange): Phrase | undefined {
  const { text: source } = context;
  let start = verb.end;
  const rest = source.slice(start, sentence.end);
  const words = [...rest.matchAll(WORD)];
  const that = words.findIndex((word) => word[0] === 'that');
  // "said that …", "said in a statement that …", "told reporters that …"; not "say the fact that …".
  const bridged =
    that === 0 ||
    (that !== -1 &&
      that <= MAX_THAT_DISTANCE &&
      (THAT_BRIDGES.has(words[0]?.[0].toLowerCase() ?? '') || OBJECT_VERBS.has(verb.verb.past)) &&
      !/[,;:]/.test(rest.slice(0, words[that]?.index ?? 0)));
  if (bridged) {
    start += (words[that]?.index ?? 0) + 4;
  } else {
    const first = words[0]?.[0] ?? '';
    const lower = first.toLowerCase();
    const opensClause =
      CLAUSE_OPENERS.has(lower) ||
      /^\p{Lu}/u.test(first) ||
      /^\d/.test(first) ||
      OBJECT_VERBS.has(verb.verb.past);
    if (!opensClause || /^[\s]*[,.;:!?"“”]/u.test(rest)) return undefined;
  }
  while (start < sentence.end && /\s/.test(source[start] ?? '')) start += 1;
  let end = sentence.end;
  // A clause that opens with a quote mark is the quote's own attribution, read as a direct quote.
  if (/^["“”«]/u.test(source.slice(start, end))) return undefined;
  while (end > start && /[\s.!?,;:]/.test(source[end - 1] ?? '')) end -= 1;
  if (wordCount(source.slice(start, end)) < MIN_REPORTED_WORDS) return undefined;
  return { start, end };
}

function reportedQuote(
  context: Context,
  sentence: TextRange,
  clause: Phrase,
  phrase: Phrase,
  verb: string,
  verbStart: number,
): Quote {
  const found = attribution(context, phrase, verb, verbStart, sentence.end);
  context.consumed.add(verbStart);
  return {
    start: clause.start,
    end: clause.end,
    sentence,
    text: context.text.slice(clause.start, clause.end),
    kind: 'reported',
    speaker: found.speaker,
    verb,
  };
}

/** A reported clause without bullets, a dateline ("PARIS (Agency) —") or a quote mark at its edges. */
function clauseRange(source: string, start: number, end: number): Phrase | undefined {
  let from = start;
  let to = end;
  const dateline = /^[\p{Lu}][\p{Lu}\s,.'-]+(?:\([^)]*\))?\s*[—–-]\s+/u.exec(source.slice(from, to));
  if (dateline !== null) from += dateline[0].length;
  while (from < to && /[\s•*\-–—]/u.test(source[from] ?? '')) from += 1;
  while (to > from && /[\s.!?,;:]/.test(source[to - 1] ?? '')) to -= 1;
  const value = source.slice(from, to);
  if (wordCount(value) < MIN_REPORTED_WORDS || /^["“”«»]/u.test(value)) return undefined;
  return { start: from, end: to };
}

/** "…, the city said." / "…, he noted, but …": the clause is what comes before the attribution. */
function trailingAttribution(context: Context, sentence: TextRange, verb: VerbMatch): Quote | undefined {
  const { text: source } = context;
  const before = source.slice(sentence.start, verb.start);
  const comma = before.lastIndexOf(', ');
  if (comma === -1 || !/^\s*(?:[.!?]\s*)?$|^\s*,/.test(source.slice(verb.end, sentence.end)))
    return undefined;
  const phrase = subjectBefore(source, sentence.start + comma + 2, verb.start, context.mentions);
  const clause = clauseRange(source, sentence.start, sentence.start + comma);
  if (phrase === undefined || clause === undefined) return undefined;
  return reportedQuote(context, sentence, clause, phrase, verb.verb.past, verb.start);
}

/** "…, said the company.": an inverted attribution closing the sentence. */
function invertedAttribution(context: Context, sentence: TextRange, verb: VerbMatch): Quote | undefined {
  const { text: source } = context;
  const before = source.slice(sentence.start, verb.start);
  if (!/,\s*$/.test(before)) return undefined;
  const phrase = phraseAfter(source, verb.end, sentence.end);
  if (phrase === undefined || !/^\s*[.!?]?\s*$/.test(source.slice(phrase.end, sentence.end)))
    return undefined;
  // "said she had kept her doors closed" is a clause, not an inverted speaker.
  const speaker = source.slice(phrase.start, phrase.end);
  if (
    /^\p{Ll}/u.test(speaker) &&
    !/^(?:he|she|they|we)$/.test(speaker) &&
    !/^(?:a|an|the|one)\s/.test(speaker)
  )
    return undefined;
  if (/^(?:he|she|they|we)\s/.test(speaker)) return undefined;
  const clause = clauseRange(source, sentence.start, sentence.start + before.trimEnd().length - 1);
  return clause === undefined
    ? undefined
    : reportedQuote(context, sentence, clause, phrase, verb.verb.past, verb.start);
}

/** "X said (that) …", "X urged Y to …". */
function leadingAttribution(context: Context, sentence: TextRange, verb: VerbMatch): Quote | undefined {
  const phrase = subjectBefore(context.text, sentence.start, verb.start, context.mentions);
  if (phrase === undefined) return undefined;
  const clause = complementAfter(context, verb, sentence);
  return clause === undefined
    ? undefined
    : reportedQuote(context, sentence, clause, phrase, verb.verb.past, verb.start);
}

/** "…, according to X." / "According to X, …". */
function accordingTo(context: Context, sentence: TextRange): Quote[] {
  const { text: source } = context;
  const found: Quote[] = [];
  for (const match of source.slice(sentence.start, sentence.end).matchAll(/\baccording to\s+/giu)) {
    const at = sentence.start + match.index;
    if (context.quoted(at)) continue;
    const phrase = phraseAfter(source, at + match[0].length, sentence.end);
    if (phrase === undefined) continue;
    const clause =
      source.slice(sentence.start, at).trim() === ''
        ? clauseRange(source, Math.min(sentence.end, phrase.end + 1), sentence.end)
        : clauseRange(source, sentence.start, at);
    if (clause !== undefined)
      found.push(reportedQuote(context, sentence, clause, phrase, 'according to', at));
  }
  return found;
}

/** Reported speech of one sentence, from speech verbs no quote attribution has used. */
function reportedIn(context: Context, sentence: TextRange): Quote[] {
  const { text: source } = context;
  const found: Quote[] = [];
  for (const verb of speechVerbsIn(source, sentence.start, sentence.end)) {
    if (!verb.verb.reports || verb.verb.progressive) continue;
    if (context.quoted(verb.start) || context.consumed.has(verb.start)) continue;
    if (BE_FORMS.test(source.slice(Math.max(sentence.start, verb.start - 12), verb.start))) continue;
    const quote =
      trailingAttribution(context, sentence, verb) ??
      leadingAttribution(context, sentence, verb) ??
      invertedAttribution(context, sentence, verb);
    if (quote !== undefined) found.push(quote);
  }
  found.push(...accordingTo(context, sentence));
  return found;
}

/**
 * Every quote of `text`, in order: quoted words (`direct` when they open a sentence or follow a speech verb
 * and a colon or comma, `partial` when they sit inside the writer's sentence) and reported speech. Speakers
 * come from the attribution frame; person names are read with the NER (`findEntityMentions`), unless the
 * caller passes mentions.
 */
export function findQuotes(
  text: string,
  sentences?: readonly TextRange[],
  options: FindQuotesOptions = {},
): Result<readonly Quote[]> {
  const paragraphs = paragraphRanges(text);
  const sentenceRanges = sentences ?? splitSentences(text, paragraphs);
  const { spans, diagnostics } = findQuotedSpans(text, paragraphs);
  const covered = new Uint8Array(text.length);
  for (const span of spans) covered.fill(1, span.open, span.close);
  const mentions = options.mentions ?? findEntityMentions(text).value;
  const context: Context = {
    text,
    mentions,
    paragraphs,
    sentences: sentenceRanges,
    consumed: new Set(),
    quoted: (offset) => covered[offset] === 1,
  };
  const quotes: Quote[] = [];
  spans.forEach((span, index) => {
    const quote = quoteOf(context, span, spans[index + 1]);
    if (quote !== undefined) quotes.push(quote);
  });
  inheritSpeakers(context, quotes);
  for (const sentence of sentenceRanges) quotes.push(...reportedIn(context, sentence));
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { value: quotes, diagnostics };
}
