// Agreement between two candidate texts: the share of the smaller one's 4-token shingles found in the other.
// Cheap enough to compare JSON-LD and DOM bodies on every page.

function shingleSet(paragraphs: readonly string[]): Set<string> {
  const tokens = paragraphs.join(' ').match(/[\p{L}\p{N}_]+/gu) ?? [];
  const shingles = new Set<string>();
  for (let i = 0; i + 4 <= tokens.length; i++)
    shingles.add(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]} ${tokens[i + 3]}`);
  if (tokens.length > 0 && tokens.length < 4) shingles.add(tokens.join(' '));
  return shingles;
}

/** 0–1: how much of the shorter text's shingles appear in the longer one. */
export function shingleOverlap(a: readonly string[], b: readonly string[]): number {
  const left = shingleSet(a);
  const right = shingleSet(b);
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared / small.size;
}
