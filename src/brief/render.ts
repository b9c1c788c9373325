// Renders an analysis report as terminal text, Markdown, JSON or a standalone HTML page: stories first, each
// with its sources (and which copy or rewrite which), then each article's clean text.
import type { AnalysisReport, ReportArticle, ReportSource, ReportStory } from './contract.ts';
import { escapeHtml, escapeMarkdown, safeHref } from './escape.ts';
import { composeBrief } from './compose.ts';
import { briefHtml, briefText } from './render-brief.ts';

export type ReportFormat = 'text' | 'md' | 'json' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'md', 'json', 'html'];

interface Section {
  readonly story?: ReportStory;
  readonly articles: readonly ReportArticle[];
}

/** Stories in report order, then the articles that belong to none. */
function sections(report: AnalysisReport): Section[] {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const placed = new Set<string>();
  const out: Section[] = report.stories.map((story) => {
    story.articleIds.forEach((id) => placed.add(id));
    return {
      story,
      articles: story.articleIds.map((id) => byId.get(id)).filter((a): a is ReportArticle => a !== undefined),
    };
  });
  const loose = report.articles.filter((a) => !placed.has(a.id));
  if (loose.length > 0) out.push({ articles: loose });
  return out;
}

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

function storyFacts(story: ReportStory, articles: readonly ReportArticle[]): string {
  const outlets = new Set(articles.map((a) => a.publisher ?? a.source));
  const span =
    story.start === undefined
      ? ''
      : ` · ${story.start}${story.end === story.start ? '' : ` – ${story.end ?? ''}`}`;
  return `${articles.length} article(s) from ${outlets.size} outlet(s)${span}`;
}

function derivationNote(
  source: ReportSource | undefined,
  titleOf: (id: string) => string,
): string | undefined {
  if (source === undefined || source.derivations.length === 0) return undefined;
  return source.derivations
    .map((d) => `${d.directed ? `${d.kind} of` : `${d.kind} of (or original of)`} ${titleOf(d.articleId)}`)
    .join('; ');
}

function labelOf(report: AnalysisReport): (id: string) => string {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  return (id) => {
    const article = byId.get(id);
    return article === undefined ? id : `${article.publisher ?? article.source} (${id})`;
  };
}

export interface RenderOptions {
  /** ANSI colour in terminal text: only when writing to a terminal. */
  readonly colour?: boolean;
}

export function renderText(report: AnalysisReport, options: RenderOptions = {}): string {
  const label = labelOf(report);
  const articlesById = new Map(report.articles.map((a) => [a.id, a]));
  const lines: string[] = [`${report.stories.length} story(ies), ${report.articles.length} article(s)`, ''];
  for (const section of sections(report)) {
    lines.push(section.story === undefined ? '# Articles in no story' : `# ${section.story.title}`);
    if (section.story !== undefined)
      lines.push(`  ${storyFacts(section.story, section.articles)} · ${section.story.id}`);
    if (section.story !== undefined)
      lines.push(
        '',
        briefText(composeBrief(section.story, articlesById), articlesById, {
          colour: options.colour ?? false,
        }),
      );
    else lines.push('');
    for (const article of section.articles) {
      const source = section.story?.sources.find((s) => s.articleId === article.id);
      lines.push(`== ${article.title ?? '(untitled)'}`);
      lines.push(`   ${[...facts(article), article.source].join(' · ')}`);
      lines.push(`   id ${article.id} · ${article.method} · ${article.lang}`);
      const derived = derivationNote(source, label);
      if (derived !== undefined) lines.push(`   ${derived}`);
      lines.push(
        `   ${article.removed.length} line(s) of page furniture dropped, ${article.captions.length} caption(s)`,
      );
      lines.push('');
      if (section.story === undefined) for (const paragraph of paragraphs(article)) lines.push(paragraph, '');
    }
  }
  for (const d of report.diagnostics) lines.push(`${d.severity} ${d.code} ${d.source ?? ''}: ${d.message}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderMarkdown(report: AnalysisReport): string {
  const label = labelOf(report);
  const out: string[] = [`# ${report.stories.length} story(ies), ${report.articles.length} article(s)`, ''];
  for (const section of sections(report)) {
    out.push(`## ${escapeMarkdown(section.story?.title ?? 'Articles in no story')}`, '');
    if (section.story !== undefined) {
      out.push(
        `*${escapeMarkdown(storyFacts(section.story, section.articles))}* — \`${section.story.id}\``,
        '',
      );
      out.push(section.story.brief.replace(/^## .*\n/u, '').replace(/^###/gmu, '####'));
    }
    for (const article of section.articles) {
      const source = section.story?.sources.find((s) => s.articleId === article.id);
      out.push(`### ${escapeMarkdown(article.title ?? '(untitled)')}`, '');
      out.push(
        `*${escapeMarkdown([...facts(article), article.source].join(' · '))}* — \`${article.id}\``,
        '',
      );
      const derived = derivationNote(source, label);
      if (derived !== undefined) out.push(`> ${escapeMarkdown(derived)}`, '');
      for (const paragraph of paragraphs(article)) out.push(escapeMarkdown(paragraph), '');
      if (article.captions.length > 0) {
        out.push('**Captions**', '', ...article.captions.map((c) => `- ${escapeMarkdown(c)}`), '');
      }
      if (article.removed.length > 0) {
        out.push(
          `<details><summary>${article.removed.length} line(s) of page furniture dropped</summary>`,
          '',
        );
        out.push(...article.removed.map((r) => `- ${escapeMarkdown(r)}`), '', '</details>', '');
      }
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

function renderHtmlArticle(
  article: ReportArticle,
  source: ReportSource | undefined,
  label: (id: string) => string,
): string {
  const href = article.url === undefined ? undefined : safeHref(article.url);
  const title = escapeHtml(article.title ?? '(untitled)');
  const heading =
    href === undefined ? title : `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${title}</a>`;
  const body = paragraphs(article)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  const removed = article.removed.map((r) => `<li>${escapeHtml(r)}</li>`).join('');
  const derived = derivationNote(source, label);
  return `<article id="${escapeHtml(article.id)}">
<h3>${heading}</h3>
<p class="meta">${escapeHtml([...facts(article), article.source].join(' · '))}</p>
${derived === undefined ? '' : `<p class="derived">${escapeHtml(derived)}</p>`}
${body}
<details><summary>${article.removed.length} line(s) of page furniture dropped</summary><ul>${removed}</ul></details>
</article>`;
}

export function renderHtml(report: AnalysisReport): string {
  const label = labelOf(report);
  const articlesById = new Map(report.articles.map((a) => [a.id, a]));
  const body = sections(report).map((section) => {
    const heading = escapeHtml(section.story?.title ?? 'Articles in no story');
    const meta =
      section.story === undefined
        ? ''
        : `<p class="meta">${escapeHtml(storyFacts(section.story, section.articles))}</p>`;
    const articles = section.articles.map((article) =>
      renderHtmlArticle(
        article,
        section.story?.sources.find((s) => s.articleId === article.id),
        label,
      ),
    );
    const brief =
      section.story === undefined ? '' : briefHtml(composeBrief(section.story, articlesById), articlesById);
    return `<section><h2>${heading}</h2>${meta}${brief}\n${articles.join('\n')}</section>`;
  });
  const diagnostics = report.diagnostics
    .map((d) => `<li>${escapeHtml(`${d.severity} ${d.code} ${d.source ?? ''}: ${d.message}`)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>corroborate report</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}.meta,.derived{color:#555}</style>
</head><body>
<h1>${report.stories.length} story(ies), ${report.articles.length} article(s)</h1>
${body.join('\n')}
${diagnostics === '' ? '' : `<h2>Diagnostics</h2><ul>${diagnostics}</ul>`}
</body></html>
`;
}

export function renderReport(
  report: AnalysisReport,
  format: ReportFormat,
  options: RenderOptions = {},
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'md':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report);
    case 'text':
      return renderText(report, options);
  }
}

/** One story's brief alone (`corroborate brief`): the story object in JSON, or the cited brief. */
export function renderStoryBrief(
  story: ReportStory,
  articles: readonly ReportArticle[],
  format: ReportFormat,
  options: RenderOptions = {},
): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  switch (format) {
    case 'json':
      return `${JSON.stringify(story, null, 2)}\n`;
    case 'md':
      return story.brief;
    case 'text':
      return briefText(composeBrief(story, byId), byId, { colour: options.colour ?? false });
    case 'html':
      return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(story.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}.cite{font-size:.75em;vertical-align:super;text-decoration:none}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem}</style>
</head><body>
${briefHtml(composeBrief(story, byId), byId)}
</body></html>
`;
  }
}
