// Renders an analysis report as terminal text, Markdown, JSON or a standalone HTML page.
import type { AnalysisReport, ReportArticle } from './contract.ts';
import { escapeHtml, escapeMarkdown, safeHref } from './escape.ts';

export type ReportFormat = 'text' | 'md' | 'json' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'md', 'json', 'html'];

function facts(article: ReportArticle): string[] {
  return [
    article.publisher,
    article.byline === undefined ? undefined : `by ${article.byline}`,
    article.publishedAt,
    article.dateline,
  ].filter((v): v is string => v !== undefined);
}

function paragraphs(article: ReportArticle): string[] {
  return article.paragraphs.map((p) => article.text.slice(p.start, p.end));
}

export function renderText(report: AnalysisReport): string {
  const lines: string[] = [`${report.articles.length} article(s)`, ''];
  for (const article of report.articles) {
    lines.push(`== ${article.title ?? '(untitled)'}`);
    lines.push(`   ${[...facts(article), article.source].join(' · ')}`);
    lines.push(`   id ${article.id} · ${article.method} · ${article.lang}`);
    lines.push(
      `   ${article.removed.length} line(s) of page furniture dropped, ${article.captions.length} caption(s)`,
    );
    lines.push('');
    for (const paragraph of paragraphs(article)) lines.push(paragraph, '');
  }
  for (const d of report.diagnostics) lines.push(`${d.severity} ${d.code} ${d.source ?? ''}: ${d.message}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderMarkdown(report: AnalysisReport): string {
  const out: string[] = [`# ${report.articles.length} article(s)`, ''];
  for (const article of report.articles) {
    out.push(`## ${escapeMarkdown(article.title ?? '(untitled)')}`, '');
    out.push(`*${escapeMarkdown([...facts(article), article.source].join(' · '))}* — \`${article.id}\``, '');
    for (const paragraph of paragraphs(article)) out.push(escapeMarkdown(paragraph), '');
    if (article.captions.length > 0) {
      out.push('**Captions**', '', ...article.captions.map((c) => `- ${escapeMarkdown(c)}`), '');
    }
    if (article.removed.length > 0) {
      out.push(`<details><summary>${article.removed.length} line(s) of page furniture dropped</summary>`, '');
      out.push(...article.removed.map((r) => `- ${escapeMarkdown(r)}`), '', '</details>', '');
    }
  }
  if (report.diagnostics.length > 0) {
    out.push('## Diagnostics', '');
    for (const d of report.diagnostics) {
      out.push(
        `- **${d.severity}** \`${d.code}\` ${escapeMarkdown(d.source ?? '')}: ${escapeMarkdown(d.message)}`,
      );
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function renderHtml(report: AnalysisReport): string {
  const articles = report.articles.map((article) => {
    const href = article.url === undefined ? undefined : safeHref(article.url);
    const title = escapeHtml(article.title ?? '(untitled)');
    const heading =
      href === undefined ? title : `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${title}</a>`;
    const body = paragraphs(article)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('\n');
    const removed = article.removed.map((r) => `<li>${escapeHtml(r)}</li>`).join('');
    return `<article id="${escapeHtml(article.id)}">
<h2>${heading}</h2>
<p class="meta">${escapeHtml([...facts(article), article.source].join(' · '))}</p>
${body}
<details><summary>${article.removed.length} line(s) of page furniture dropped</summary><ul>${removed}</ul></details>
</article>`;
  });
  const diagnostics = report.diagnostics
    .map((d) => `<li>${escapeHtml(`${d.severity} ${d.code} ${d.source ?? ''}: ${d.message}`)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>corroborate report</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}.meta{color:#555}</style>
</head><body>
<h1>${report.articles.length} article(s)</h1>
${articles.join('\n')}
${diagnostics === '' ? '' : `<h2>Diagnostics</h2><ul>${diagnostics}</ul>`}
</body></html>
`;
}

export function renderReport(report: AnalysisReport, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'md':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report);
    case 'text':
      return renderText(report);
  }
}
