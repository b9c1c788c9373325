// Tag vocabulary of the NER tagger and the IOB conversions shared by training, tagging and scoring.

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type NerTag = 'O' | `B-${EntityLabel}` | `I-${EntityLabel}`;

export const ENTITY_LABELS: readonly EntityLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Index order of the tagger's output classes; the model file stores weights in this order. */
export const NER_TAGS: readonly NerTag[] = [
  'O',
  'B-PER',
  'I-PER',
  'B-ORG',
  'I-ORG',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
];

/** A labelled span over tokens: `start` inclusive, `end` exclusive. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** Splits a tag like `B-PER` into its prefix and type; `O` and malformed tags give prefix `O`. */
export function splitTag(tag: string): { readonly prefix: 'B' | 'I' | 'O'; readonly label: string } {
  if (tag.length > 2 && tag[1] === '-' && (tag[0] === 'B' || tag[0] === 'I')) {
    return { prefix: tag[0], label: tag.slice(2) };
  }
  return { prefix: 'O', label: '' };
}

/** IOB1 (an entity opens with `I-` unless it directly follows one of the same type) to IOB2. */
export function iob1ToIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  let previous = 'O';
  for (const tag of tags) {
    const { prefix, label } = splitTag(tag);
    if (prefix === 'I') {
      const before = splitTag(previous);
      out.push(before.prefix === 'O' || before.label !== label ? `B-${label}` : tag);
    } else {
      out.push(prefix === 'O' ? 'O' : tag);
    }
    previous = tag;
  }
  return out;
}

/**
 * Entity spans of an IOB2 sequence, conlleval style: an `I-X` after `O` or after another type opens a
 * new span, so ill-formed sequences are scored the way conlleval and seqeval (default mode) score them.
 */
export function spansOf(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let label = '';
  const close = (end: number): void => {
    if (start >= 0) spans.push({ start, end, label });
    start = -1;
    label = '';
  };
  tags.forEach((tag, index) => {
    const parts = splitTag(tag);
    if (parts.prefix === 'O') {
      close(index);
    } else if (parts.prefix === 'B' || parts.label !== label || start < 0) {
      close(index);
      start = index;
      label = parts.label;
    }
  });
  close(tags.length);
  return spans;
}

/** IOB2 tags for spans over `length` tokens (later spans never overlap earlier ones here). */
export function tagsOfSpans(length: number, spans: readonly TokenSpan[]): string[] {
  const tags: string[] = Array.from({ length }, () => 'O');
  for (const span of spans) {
    for (let index = span.start; index < span.end; index += 1) {
      tags[index] = `${index === span.start ? 'B' : 'I'}-${span.label}`;
    }
  }
  return tags;
}
