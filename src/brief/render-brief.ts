// The brief in each format: Markdown (the contract's `brief`), terminal text (colour only on a TTY) and HTML
// (every piece of article text escaped; citations link to the cited sentence).
import type { ReportArticle } from './contract.ts';
import { TABLE_CELL, outletName, spanLocation, type BriefLine, type StoryBrief } from './compose.ts';
import { escapeHtml, escapeMarkdown } from './escape.ts';

const marks = (line: BriefLine): string => line.cites.map((n) => `[${n}]`).join('');

const withMarks = (text: string, line: BriefLine): string =>
  line.cites.length === 0 ? text : `${text} ${marks(line)}`;

export function briefMarkdown(brief: StoryBrief, articles: ReadonlyMap<string, ReportArticle>): string {
  const out: string[] = [`## ${escapeMarkdown(brief.title)}`, ''];
  for (const section of brief.sections) {
    out.push(`### ${section.heading}`, '');
    if (section.style === 'paragraph') {
      out.push(section.lines.map((l) => withMarks(escapeMarkdown(l.text), l)).join(' '), '');
    } else if (section.style === 'list') {
      out.push(...section.lines.map((l) => `- ${withMarks(escapeMarkdown(l.text), l)}`), '');
    } else {
      const columns = section.columns ?? [];
      out.push(`| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`);
      out.push(
        ...section.lines.map((l) => `| ${l.text.split(TABLE_CELL).map(escapeMarkdown).join(' | ')} |`),
        '',
      );
    }
  }
  if (brief.citations.length > 0) {
    out.push('### Citations', '');
    brief.citations.forEach((c, i) => {
      out.push(
        `${i + 1}. ${escapeMarkdown(outletName(articles.get(c.articleId)))} \`${spanLocation(c)}\` — ${escapeMarkdown(
          c.sentence.replace(/\s+/gu, ' ').trim(),
        )}`,
      );
    });
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export interface TextStyle {
  /** ANSI colour and bold: only when writing to a terminal. */
  readonly colour: boolean;
}

export function briefText(
  brief: StoryBrief,
  articles: ReadonlyMap<string, ReportArticle>,
  style: TextStyle,
): string {
  const bold = (s: string): string => (style.colour ? `\u001b[1m${s}\u001b[22m` : s);
  const dim = (s: string): string => (style.colour ? `\u001b[2m${s}\u001b[22m` : s);
  const cites = (line: BriefLine): string => (line.cites.length === 0 ? '' : ` ${dim(marks(line))}`);
  const out: string[] = [bold(brief.title), ''];
  for (const section of brief.sections) {
    out.push(bold(section.heading));
    if (section.style === 'paragraph') out.push(section.lines.map((l) => `${l.text}${cites(l)}`).join(' '));
    else if (section.style === 'list') out.push(...section.lines.map((l) => `  • ${l.text}${cites(l)}`));
    else {
      const rows = [section.columns ?? [], ...section.lines.map((l) => l.text.split(TABLE_CELL))];
      const widths = (section.columns ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
      for (const row of rows)
        out.push(
          `  ${row
            .map((cell, i) => cell.padEnd(widths[i] ?? 0))
            .join('  ')
            .trimEnd()}`,
        );
    }
    out.push('');
  }
  if (brief.citations.length > 0) {
    out.push(bold('Citations'));
    brief.citations.forEach((c, i) => {
      out.push(
        `  [${i + 1}] ${outletName(articles.get(c.articleId))} ${dim(spanLocation(c))} “${c.sentence
          .replace(/\s+/gu, ' ')
          .trim()}”`,
      );
    });
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export interface HtmlBriefOptions {
  /** Where a citation links: an anchor in the same page by default. */
  readonly citationHref?: (citation: StoryBrief['citations'][number], n: number) => string;
}

export function briefHtml(
  brief: StoryBrief,
  articles: ReadonlyMap<string, ReportArticle>,
  options: HtmlBriefOptions = {},
): string {
  const href = options.citationHref ?? ((_c, n) => `#cite-${n}`);
  const cites = (line: BriefLine): string =>
    line.cites
      .map((n) => {
        const citation = brief.citations[n - 1];
        return citation === undefined
          ? ''
          : `<a class="cite" href="${escapeHtml(href(citation, n))}">[${n}]</a>`;
      })
      .join('');
  const parts: string[] = [`<section class="brief"><h2>${escapeHtml(brief.title)}</h2>`];
  for (const section of brief.sections) {
    parts.push(`<h3>${escapeHtml(section.heading)}</h3>`);
    if (section.style === 'paragraph')
      parts.push(`<p>${section.lines.map((l) => `${escapeHtml(l.text)} ${cites(l)}`).join(' ')}</p>`);
    else if (section.style === 'list')
      parts.push(
        `<ul>${section.lines.map((l) => `<li>${escapeHtml(l.text)} ${cites(l)}</li>`).join('')}</ul>`,
      );
    else {
      const head = (section.columns ?? []).map((c) => `<th>${escapeHtml(c)}</th>`).join('');
      const rows = section.lines
        .map(
          (l) =>
            `<tr>${l.text
              .split(TABLE_CELL)
              .map((c) => `<td>${escapeHtml(c)}</td>`)
              .join('')}</tr>`,
        )
        .join('');
      parts.push(`<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`);
    }
  }
  if (brief.citations.length > 0) {
    parts.push('<h3>Citations</h3><ol class="citations">');
    brief.citations.forEach((c, i) => {
      parts.push(
        `<li id="cite-${i + 1}"><span class="outlet">${escapeHtml(outletName(articles.get(c.articleId)))}</span> <q>${escapeHtml(
          c.sentence.replace(/\s+/gu, ' ').trim(),
        )}</q> <code>${escapeHtml(spanLocation(c))}</code></li>`,
      );
    });
    parts.push('</ol>');
  }
  parts.push('</section>');
  return parts.join('\n');
}
