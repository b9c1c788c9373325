// Renders a story's brief (Markdown with [n] citations) as HTML: the small Markdown the brief writer emits —
// paragraphs, headings, bullet lists, emphasis, code — with every other character escaped, and each [n]
// turned into a link to the cited sentence highlighted in its article.
import type { ReportSpan } from '../brief/index.ts';
import { markup, type HtmlPart, type SafeHtml } from './html.ts';
import { articleHref } from './links.ts';

/** Renders one cited citation number; undefined when the brief cites a number with no citation. */
type CiteRenderer = (n: number) => SafeHtml | undefined;

const INLINE_TOKEN =
  /\\([\\`*_[\]<>#|{}()+\-.!~])|\[(\d+(?:\s*,\s*\d+)*)\]|\*\*(.+?)\*\*|`([^`]+)`|\*([^*\s](?:[^*]*[^*\s])?)\*/gu;

function inline(text: string, cite: CiteRenderer): HtmlPart[] {
  const parts: HtmlPart[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE_TOKEN)) {
    const index = match.index;
    parts.push(text.slice(last, index));
    last = index + match[0].length;
    const [whole, escaped, numbers, strong, code, emphasis] = match;
    if (escaped !== undefined) parts.push(escaped);
    else if (numbers !== undefined) {
      const cites = numbers.split(',').map((n) => cite(Number(n.trim())));
      if (cites.some((c) => c === undefined)) parts.push(whole);
      else parts.push(markup`<sup class="cites">${cites}</sup>`);
    } else if (strong !== undefined) parts.push(markup`<strong>${inline(strong, cite)}</strong>`);
    else if (code !== undefined) parts.push(markup`<code>${code}</code>`);
    else if (emphasis !== undefined) parts.push(markup`<em>${inline(emphasis, cite)}</em>`);
  }
  parts.push(text.slice(last));
  return parts;
}

function block(lines: readonly string[], cite: CiteRenderer): SafeHtml {
  const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0] ?? '');
  if (lines.length === 1 && heading !== null) {
    // The page's own sections are h2; the brief's headings start one level below.
    const content = inline(heading[2] ?? '', cite);
    switch ((heading[1] ?? '#').length) {
      case 1:
        return markup`<h3>${content}</h3>`;
      case 2:
        return markup`<h4>${content}</h4>`;
      case 3:
        return markup`<h5>${content}</h5>`;
      default:
        return markup`<h6>${content}</h6>`;
    }
  }
  if (lines.every((line) => /^\s*[-*+]\s+/.test(line))) {
    const items = lines.map((line) => markup`<li>${inline(line.replace(/^\s*[-*+]\s+/, ''), cite)}</li>`);
    return markup`<ul>${items}</ul>`;
  }
  if (lines.every((line) => /^\s*\d+[.)]\s+/.test(line))) {
    const items = lines.map((line) => markup`<li>${inline(line.replace(/^\s*\d+[.)]\s+/, ''), cite)}</li>`);
    return markup`<ol>${items}</ol>`;
  }
  if (lines.every((line) => line.startsWith('>'))) {
    return markup`<blockquote>${inline(lines.map((l) => l.replace(/^>\s?/, '')).join(' '), cite)}</blockquote>`;
  }
  return markup`<p>${inline(lines.join(' '), cite)}</p>`;
}

/** Splits the brief into blocks at blank lines, and at lines that start a heading. */
function blocks(markdown: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) out.push(current);
      current = [];
    } else if (/^#{1,6}\s/.test(line)) {
      if (current.length > 0) out.push(current);
      out.push([line]);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

export function renderBrief(
  markdown: string,
  citations: readonly ReportSpan[],
  outletOf: (articleId: string) => string,
): SafeHtml {
  const cite: CiteRenderer = (n) => {
    const citation = citations[n - 1];
    if (citation === undefined) return undefined;
    const href = articleHref(citation.articleId, [citation]);
    const title = `${outletOf(citation.articleId)}: ${citation.sentence}`;
    return markup`<a class="cite" href="${href}" title="${title}">[${n}]</a>`;
  };
  return markup`${blocks(markdown).map((lines) => block(lines, cite))}`;
}
