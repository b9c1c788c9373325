// An article's clean text (or one of its captions) as HTML paragraphs, with requested spans (claim support,
// citations) marked and anchored so a link can scroll to them. Offsets are UTF-16 offsets into the text given.
import { markup, type HtmlPart, type SafeHtml } from './html.ts';
import { spanAnchor, type HighlightSpan } from './links.ts';

interface Range {
  readonly start: number;
  readonly end: number;
}

/** Overlapping or touching spans merged, in order. */
function union(spans: readonly HighlightSpan[]): Range[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ start: span.start, end: span.end });
  }
  return out;
}

/** The paragraphs to draw: the extractor's, else the whole text as one. */
function paragraphsOf(text: string, paragraphs: readonly Range[]): Range[] {
  const valid = paragraphs.filter((p) => p.start >= 0 && p.end <= text.length && p.end > p.start);
  return valid.length > 0 ? [...valid].sort((a, b) => a.start - b.start) : [{ start: 0, end: text.length }];
}

function renderParagraph(
  text: string,
  paragraph: Range,
  marks: readonly Range[],
  anchors: ReadonlyMap<number, readonly HighlightSpan[]>,
): SafeHtml {
  const cuts = new Set<number>([paragraph.start, paragraph.end]);
  for (const mark of marks) {
    if (mark.end <= paragraph.start || mark.start >= paragraph.end) continue;
    cuts.add(Math.max(mark.start, paragraph.start));
    cuts.add(Math.min(mark.end, paragraph.end));
  }
  for (const position of anchors.keys()) cuts.add(position);
  const points = [...cuts].sort((a, b) => a - b);
  const parts: HtmlPart[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? from;
    for (const span of anchors.get(from) ?? []) {
      parts.push(markup`<span class="anchor" id="${spanAnchor(span)}"></span>`);
    }
    const segment = text.slice(from, to);
    const marked = marks.some((m) => m.start <= from && m.end >= to);
    parts.push(marked ? markup`<mark>${segment}</mark>` : segment);
  }
  return markup`<p>${parts}</p>`;
}

/** Each highlight's anchor goes where it starts, or at the start of the next paragraph when it starts in the
 *  gap between two (spans are clamped into the text). */
function anchorPositions(
  spans: readonly HighlightSpan[],
  paragraphs: readonly Range[],
): Map<number, HighlightSpan[]> {
  const positions = new Map<number, HighlightSpan[]>();
  const seen = new Set<string>();
  for (const span of spans) {
    const key = spanAnchor(span);
    if (seen.has(key)) continue;
    seen.add(key);
    const home = paragraphs.find((p) => span.start < p.end) ?? paragraphs[paragraphs.length - 1];
    if (home === undefined) continue;
    const position = Math.min(Math.max(span.start, home.start), home.end - 1);
    const list = positions.get(position) ?? [];
    list.push(span);
    positions.set(position, list);
  }
  return positions;
}

export function renderArticleText(
  text: string,
  paragraphs: readonly Range[],
  highlights: readonly HighlightSpan[],
): SafeHtml {
  const drawn = paragraphsOf(text, paragraphs);
  const marks = union(highlights);
  const anchors = anchorPositions(highlights, drawn);
  return markup`${drawn.map((p) => {
    const own = new Map([...anchors].filter(([position]) => position >= p.start && position < p.end));
    return renderParagraph(text, p, marks, own);
  })}`;
}
