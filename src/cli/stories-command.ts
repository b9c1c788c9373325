// `corroborate stories`: the stories in the store — title, article count, outlets, date span and, for stories
// whose analysis is saved, how many claims the outlets contest.
import { Command, Option } from 'commander';
import { escapeHtml } from '../brief/index.ts';
import { ANALYSIS_VERSION } from '../pipeline/index.ts';
import { openSqliteStore, type Store, type StoredStory } from '../store/index.ts';
import { EXIT_OK, type CliIo } from './io.ts';
import { positiveInteger, resolveDbPath } from './shared-options.ts';

type StoriesFormat = 'text' | 'md' | 'json' | 'jsonl' | 'html';

interface StoryRow {
  readonly id: string;
  readonly title: string;
  readonly articleCount: number;
  readonly outlets: readonly string[];
  readonly start?: string;
  readonly end?: string;
  /** Contested claims, when the story's analysis is saved (`ingest` saves it). */
  readonly contested?: number;
}

function toRow(store: Store, story: StoredStory, contested: number | undefined): StoryRow {
  const outlets = new Set<string>();
  for (const id of story.articleIds) {
    const article = store.getArticle(id);
    if (article?.publisher !== undefined) outlets.add(article.publisher);
  }
  return {
    id: story.id,
    title: story.title ?? '(untitled)',
    articleCount: story.articleIds.length,
    outlets: [...outlets].sort(),
    ...(story.start === undefined ? {} : { start: story.start }),
    ...(story.end === undefined ? {} : { end: story.end }),
    ...(contested === undefined ? {} : { contested }),
  };
}

function contestedLabel(row: StoryRow): string {
  return row.contested === undefined ? '' : `${row.contested} contested`;
}

function span(row: StoryRow): string {
  if (row.start === undefined) return '';
  const start = row.start.slice(0, 10);
  const end = (row.end ?? row.start).slice(0, 10);
  return start === end ? start : `${start} – ${end}`;
}

function render(rows: readonly StoryRow[], format: StoriesFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ stories: rows }, null, 2)}\n`;
    case 'jsonl':
      return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
    case 'md':
      return `| story | articles | outlets | dates | contested | id |\n| --- | ---: | --- | --- | ---: | --- |\n${rows
        .map(
          (r) =>
            `| ${r.title.replace(/[|\\]/g, (c) => `\\${c}`)} | ${r.articleCount} | ${r.outlets.join(', ').replace(/\|/g, '\\|')} | ${span(r)} | ${r.contested ?? ''} | \`${r.id}\` |`,
        )
        .join('\n')}\n`;
    case 'html':
      return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stories</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head><body>
<table><thead><tr><th>story</th><th>articles</th><th>outlets</th><th>dates</th><th>contested</th></tr></thead><tbody>
${rows
  .map(
    (r) =>
      `<tr id="${escapeHtml(r.id)}"><td>${escapeHtml(r.title)}</td><td>${r.articleCount}</td><td>${escapeHtml(r.outlets.join(', '))}</td><td>${escapeHtml(span(r))}</td><td>${r.contested ?? ''}</td></tr>`,
  )
  .join('\n')}
</tbody></table></body></html>\n`;
    case 'text':
      return rows.length === 0
        ? 'no stories yet\n'
        : rows
            .map(
              (r) =>
                `${r.title}\n  ${r.articleCount} article(s) · ${r.outlets.length} outlet(s)${r.outlets.length > 0 ? `: ${r.outlets.join(', ')}` : ''}${span(r) === '' ? '' : ` · ${span(r)}`}${contestedLabel(r) === '' ? '' : ` · ${contestedLabel(r)}`} · ${r.id}\n`,
            )
            .join('');
  }
}

export function storiesCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('stories')
    .description('list the stories in the store, latest first')
    .addOption(new Option('--db <file>', 'SQLite database (default $CORROBORATE_DB or ./corroborate.db)'))
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'md', 'json', 'jsonl', 'html'])
        .default('text'),
    )
    .addOption(new Option('--limit <n>', 'at most this many stories').argParser(positiveInteger).default(100))
    .action((options: { db?: string; format: StoriesFormat; limit: number }) => {
      const store = openSqliteStore({ path: resolveDbPath(options.db, io) });
      try {
        const stories = store.listStories({ limit: options.limit });
        const saved = store.storyAnalysisSummaries(stories.map((story) => story.id));
        const rows = stories.map((story) => {
          const analysis = saved.get(story.id);
          return toRow(
            store,
            story,
            analysis?.version === ANALYSIS_VERSION ? analysis.contestedClaims : undefined,
          );
        });
        io.stdout(render(rows, options.format));
        setExit(EXIT_OK);
      } finally {
        store.close();
      }
    });
}
