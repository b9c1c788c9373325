// Test helper: tagged mentions for invented sentences, so entity tests do not depend on the tagger's weights.
import type { EntityMention, EntityType } from '../ner/index.ts';

/** Every word-bounded occurrence of each name, typed as given; longer names win over names inside them. */
export function mentionsOf(text: string, names: readonly (readonly [string, EntityType])[]): EntityMention[] {
  const out: EntityMention[] = [];
  const sorted = [...names].sort((a, b) => b[0].length - a[0].length);
  for (const [name, type] of sorted) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      const bounded = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[end] ?? ' ');
      if (bounded && !out.some((mention) => mention.start < end && at < mention.end)) {
        out.push({ start: at, end, text: name, type });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
