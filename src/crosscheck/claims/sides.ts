// Splits what the articles say about one thing into sides whose values can all be true together, and turns the
// sides into a verdict: one side from two or more independent outlets is corroborated, from one outlet
// single-source, and two sides or more are contested.
import { hashId } from '../../core/index.ts';
import type { Outlets } from './outlets.ts';
import type { Claim, ClaimEvidence, ClaimFlag, ClaimKind, ClaimSide } from './types.ts';

export interface SideEntry<T> {
  readonly articleId: string;
  readonly item: T;
  readonly evidence: ClaimEvidence;
  /** Shown but never a side of its own: an outdated or time-scoped figure, a value that fits any side. */
  readonly neutral?: boolean;
}

interface Side<T> {
  readonly articles: Map<string, SideEntry<T>[]>;
}

/**
 * Greedy partition of the articles: the article that agrees with the most independent outlets starts the first
 * side, and each next article joins the largest side all of whose articles it agrees with. Two articles agree
 * when any value of one is compatible with any value of the other (an article may give a figure twice, once
 * rounded).
 */
export function partitionSides<T>(
  entries: readonly SideEntry<T>[],
  compatible: (a: T, b: T) => boolean,
  outlets: Outlets,
  articleOrder: ReadonlyMap<string, number>,
): SideEntry<T>[][] {
  const byArticle = new Map<string, SideEntry<T>[]>();
  for (const entry of entries) {
    if (entry.neutral === true) continue;
    const list = byArticle.get(entry.articleId) ?? [];
    list.push(entry);
    byArticle.set(entry.articleId, list);
  }
  const ids = [...byArticle.keys()];
  const agree = (a: string, b: string): boolean =>
    (byArticle.get(a) ?? []).some((x) => (byArticle.get(b) ?? []).some((y) => compatible(x.item, y.item)));
  const agreeing = new Map(
    ids.map((id) => [id, outlets.count(ids.filter((other) => other === id || agree(id, other)))]),
  );
  ids.sort(
    (a, b) =>
      (agreeing.get(b) ?? 0) - (agreeing.get(a) ?? 0) ||
      (articleOrder.get(a) ?? 0) - (articleOrder.get(b) ?? 0),
  );
  const sides: Side<T>[] = [];
  for (const id of ids) {
    const fitting = sides
      .filter((side) => [...side.articles.keys()].every((other) => agree(id, other)))
      .sort((x, y) => outlets.count(y.articles.keys()) - outlets.count(x.articles.keys()));
    const side = fitting[0] ?? { articles: new Map<string, SideEntry<T>[]>() };
    if (fitting.length === 0) sides.push(side);
    side.articles.set(id, byArticle.get(id) ?? []);
  }
  const ordered = sides.sort(
    (x, y) =>
      outlets.count(y.articles.keys()) - outlets.count(x.articles.keys()) ||
      y.articles.size - x.articles.size,
  );
  return ordered.map((side) => [...side.articles.values()].flat());
}

export interface VerdictOptions {
  readonly kind: ClaimKind;
  /** What identifies the claim across runs (the measured thing, the person, the quote's speaker and words). */
  readonly key: string;
  readonly text: string;
  readonly subject?: string;
  readonly flags?: readonly ClaimFlag[];
}

/** The claim made of the sides: support is the first side, conflicts the others. */
export function verdict<T>(
  entries: readonly SideEntry<T>[],
  sides: readonly (readonly SideEntry<T>[])[],
  outlets: Outlets,
  options: VerdictOptions,
): Claim | undefined {
  const neutral = entries.filter((e) => e.neutral === true);
  // Neutral sentences are shown with the agreed value; only when nothing else is said are they a side.
  const first = sides[0] ?? neutral;
  if (first.length === 0) return undefined;
  if (sides.length === 0) sides = [neutral];
  const summary: ClaimSide[] = sides.map((side: readonly SideEntry<T>[]) => {
    const articleIds = [...new Set(side.map((e) => e.articleId))];
    const lead = side.find((e) => e.neutral !== true) ?? side[0];
    return { value: lead?.evidence.value ?? '', articleIds, outlets: outlets.count(articleIds) };
  });
  const total = outlets.count(entries.map((e) => e.articleId));
  // Values that conflict within one outlet (an article and its rewrite, or one article giving both) are that
  // outlet's inconsistency, shown as conflicts, not a dispute between outlets.
  const status = sides.length > 1 && total >= 2 ? 'contested' : total >= 2 ? 'corroborated' : 'single-source';
  const value = summary[0]?.value;
  return {
    id: hashId('c', options.kind, options.key),
    kind: options.kind,
    text: options.text,
    ...(options.subject === undefined ? {} : { subject: options.subject }),
    ...(value === undefined || value === '' ? {} : { value }),
    status,
    flags: [...new Set(options.flags ?? [])],
    outlets: total,
    support: dedupeEvidence([...first, ...(first === neutral ? [] : neutral)].map((e) => e.evidence)),
    conflicts: dedupeEvidence(sides.slice(1).flatMap((side) => side.map((e) => e.evidence))),
    sides: summary,
  };
}

function dedupeEvidence(evidence: readonly ClaimEvidence[]): ClaimEvidence[] {
  const seen = new Set<string>();
  const out: ClaimEvidence[] = [];
  for (const e of evidence) {
    const key = `${e.articleId}:${e.caption ?? ''}:${e.start}:${e.end}:${e.value ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}
