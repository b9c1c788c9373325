// Peer adapter run over the same tokens in the same process: compromise's people/organizations/places.
import nlp from 'compromise';
import { tagsOfSpans, type TokenSpan } from '../../src/annotate/ner/tags.ts';

const PEER_SELECTIONS = [
  ['PER', 'people'],
  ['ORG', 'organizations'],
  ['LOC', 'places'],
] as const;

interface OffsetTerm {
  readonly offset?: { readonly start: number; readonly length: number };
}

/** compromise over one sentence (tokens joined by spaces); its matches mapped back onto token spans. */
export function compromiseTags(tokens: readonly string[]): string[] {
  const starts: number[] = [];
  let text = '';
  for (const token of tokens) {
    starts.push(text.length);
    text += `${token} `;
  }
  const doc = nlp(text);
  const spans: TokenSpan[] = [];
  const taken = new Set<number>();
  for (const [label, method] of PEER_SELECTIONS) {
    const matches = doc[method]().json({ offset: true }) as readonly {
      readonly offset?: OffsetTerm['offset'];
    }[];
    for (const match of matches) {
      if (match.offset === undefined) continue;
      const from = match.offset.start;
      const to = from + match.offset.length;
      let start = -1;
      let end = -1;
      starts.forEach((position, index) => {
        const tokenEnd = position + (tokens[index]?.length ?? 0);
        if (position < to && tokenEnd > from) {
          if (start < 0) start = index;
          end = index + 1;
        }
      });
      if (start < 0) continue;
      let overlaps = false;
      for (let index = start; index < end; index += 1) if (taken.has(index)) overlaps = true;
      if (overlaps) continue;
      for (let index = start; index < end; index += 1) taken.add(index);
      spans.push({ start, end, label });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  return tagsOfSpans(tokens.length, spans);
}
