// The server's own URLs, built in one place so pages, the API and tests agree on them.

export interface HighlightSpan {
  readonly start: number;
  readonly end: number;
}

/** Fragment id of a highlighted span on an article page (`#s-120-245`). */
export function spanAnchor(span: HighlightSpan): string {
  return `s-${span.start}-${span.end}`;
}

export function storyHref(storyId: string): string {
  return `/stories/${encodeURIComponent(storyId)}`;
}

/** An article page, with the given spans highlighted and the first one scrolled into view. */
export function articleHref(articleId: string, spans: readonly HighlightSpan[] = []): string {
  const base = `/articles/${encodeURIComponent(articleId)}`;
  const first = spans[0];
  if (first === undefined) return base;
  const highlights = spans.map((s) => `${s.start}-${s.end}`).join(',');
  return `${base}?hl=${highlights}#${spanAnchor(first)}`;
}

export function searchHref(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}

export function storiesPageHref(page: number): string {
  return page <= 1 ? '/' : `/?page=${page}`;
}
