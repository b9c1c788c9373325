// Named entities for the annotate stage: the committed, in-repo-trained tagger and character-span mentions.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigurationError, type Result } from '../../core/index.ts';
import type { FeatureResources } from './features.ts';
import { phraseKey } from './gazetteer.ts';
import { deserializeModel, type ModelProvenance } from './model-file.ts';
import { tagDocument, type TaggerModel } from './tagger.ts';
import { spansOf, type NerTag } from './tags.ts';
import { splitSentences, tokenizeText, type TextToken } from './tokenize.ts';
import type { EntityMention, EntityType } from './mention-types.ts';

export type { NerTag } from './tags.ts';
export { NER_TAGS, spansOf, iob1ToIob2 } from './tags.ts';
export { tokenizeText, splitSentences, type TextToken } from './tokenize.ts';
export { scoreSpans, type SpanScore, type TypeScore } from './score.ts';
export type { EntityMention, EntityType } from './mention-types.ts';
export { startMentionWorker, type MentionWorker, type MentionsOfText } from './worker-pool.ts';

export interface NerTagger {
  /** IOB2 tags for one sentence of tokens. */
  tag(tokens: readonly string[]): NerTag[];
  /** IOB2 tags for a document's sentences, using how words are tagged elsewhere in it. */
  tagDocument?(sentences: readonly (readonly string[])[]): NerTag[][];
}

/** Where the committed model lives, relative to this module (same depth under src/ and dist/). */
export const MODEL_URL = new URL('../../../models/ner/ner-model.bin.gz', import.meta.url);

class PerceptronTagger implements NerTagger {
  constructor(
    readonly model: TaggerModel,
    readonly provenance: ModelProvenance,
  ) {}

  tag(tokens: readonly string[]): NerTag[] {
    return tagDocument(this.model, [tokens])[0] ?? [];
  }

  tagDocument(sentences: readonly (readonly string[])[]): NerTag[][] {
    return tagDocument(this.model, sentences);
  }
}

/** Loads a model file (the committed one unless a path is given). */
export function loadNerTaggerFrom(path: string): NerTagger & { readonly provenance: ModelProvenance } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new ConfigurationError(`expected the NER model at ${path}, found none — run npm run train:ner`, {
      cause,
    });
  }
  const { model, provenance } = deserializeModel(bytes, path);
  return new PerceptronTagger(model, provenance);
}

let cached: PerceptronTagger | undefined;

/** The committed model, loaded once per process. */
export function loadNerTagger(): NerTagger {
  if (cached === undefined) {
    const loaded = loadNerTaggerFrom(fileURLToPath(MODEL_URL));
    cached = loaded as PerceptronTagger;
  }
  return cached;
}

const TYPE_OF_LABEL: Readonly<Record<string, EntityType>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'other',
};

/** A demonym, singular or plural (`French`, `Americans`), names a group of people. */
function isDemonym(tokens: readonly TextToken[], resources: FeatureResources | undefined): boolean {
  if (resources === undefined || tokens.length === 0) return false;
  const key = phraseKey(tokens.map((token) => token.text).join(' '));
  const { gazetteer } = resources;
  return gazetteer.has(key, 'demonym') || (key.endsWith('s') && gazetteer.has(key.slice(0, -1), 'demonym'));
}

/** Parts of speech a following `-s` word must not have to be read as the plural noun a demonym qualifies. */
const NOT_PLURAL_NOUN = new Set(['verb', 'adverb', 'function', 'adjective']);

/** End of a group mention: a demonym takes the plural noun that follows it (`European leaders`). */
function groupEnd(
  sentence: readonly TextToken[],
  end: number,
  resources: FeatureResources | undefined,
): number {
  const next = sentence[end]?.text;
  if (resources === undefined || next === undefined || !/^\p{Ll}{3,}s$/u.test(next)) return end;
  const partOfSpeech = resources.wordClasses.get(next)?.partOfSpeech;
  return partOfSpeech !== undefined && NOT_PLURAL_NOUN.has(partOfSpeech) ? end : end + 1;
}

/**
 * Entity mentions of raw text: tokenise (PTB-like), split sentences, tag the whole text as one document,
 * map tags to types. MISC spans that are demonyms, and capitalised demonyms the tagger left untagged,
 * become `group`, with the plural noun they qualify.
 */
export function findEntityMentions(
  text: string,
  tagger: NerTagger = loadNerTagger(),
): Result<readonly EntityMention[]> {
  const sentences = splitSentences(text, tokenizeText(text));
  const words = sentences.map((sentence) => sentence.map((token) => token.text));
  const tags = tagger.tagDocument?.(words) ?? words.map((sentence) => tagger.tag(sentence));
  const resources = tagger instanceof PerceptronTagger ? tagger.model.resources : undefined;
  const mentions: EntityMention[] = [];
  const push = (sentence: readonly TextToken[], start: number, end: number, type: EntityType): void => {
    const first = sentence[start];
    const last = sentence[end - 1];
    if (first === undefined || last === undefined) return;
    mentions.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), type });
  };
  sentences.forEach((sentence, s) => {
    const covered = new Set<number>();
    for (const span of spansOf(tags[s] ?? [])) {
      for (let index = span.start; index < span.end; index += 1) covered.add(index);
      const base = TYPE_OF_LABEL[span.label] ?? 'other';
      if (base === 'other' && isDemonym(sentence.slice(span.start, span.end), resources)) {
        push(sentence, span.start, groupEnd(sentence, span.end, resources), 'group');
      } else {
        push(sentence, span.start, span.end, base);
      }
    }
    sentence.forEach((token, index) => {
      if (covered.has(index) || !/^\p{Lu}/u.test(token.text) || !isDemonym([token], resources)) return;
      push(sentence, index, groupEnd(sentence, index + 1, resources), 'group');
    });
  });
  mentions.sort((a, b) => a.start - b.start);
  return { value: mentions, diagnostics: [] };
}
