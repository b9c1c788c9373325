// The server's own URLs, built in one place so pages, the API and tests agree on them.

export interface HighlightSpan {
  readonly start: number;
  readonly end: number;
  /** Set for a span into a photo caption: offsets are into `captions[caption]`, not `text`. */
  readonly caption?: number | undefined;
}

/** Fragment id of a highlighted span on an article page (`#s-120-245`; in the second caption `#s-c1-0-40`). */
export function spanAnchor(span: HighlightSpan): string {
  return span.caption === undefined
    ? `s-${span.start}-${span.end}`
    : `s-c${span.caption}-${span.start}-${span.end}`;
}

/** A span as the article page's `hl` parameter writes it: `start-end`, or `cN:start-end` into caption N. */
function highlightParameter(span: HighlightSpan): string {
  return `${span.caption === undefined ? '' : `c${span.caption}:`}${span.start}-${span.end}`;
}

export function storyHref(storyId: string): string {
  return `/stories/${encodeURIComponent(storyId)}`;
}

/** An article page, with the given spans (in its text or its captions) highlighted and the first one scrolled
 *  into view. */
export function articleHref(articleId: string, spans: readonly HighlightSpan[] = []): string {
  const base = `/articles/${encodeURIComponent(articleId)}`;
  const first = spans[0];
  if (first === undefined) return base;
  const highlights = spans.map(highlightParameter).join(',');
  return `${base}?hl=${highlights}#${spanAnchor(first)}`;
}

export function searchHref(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}

export function storiesPageHref(page: number): string {
  return page <= 1 ? '/' : `/?page=${page}`;
}
