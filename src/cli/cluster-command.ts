// `corroborate cluster`: groups a JSON-lines stream of items into stories, in file order, and prints each
// item's story. Assignments are printed once the stream ends, because later items can merge earlier stories.
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { Command, Option } from 'commander';
import { diagnostic, type Diagnostic } from '../core/index.ts';
import { createStoryClusterer, parseStoryItem, representativeTitle } from '../stories/index.ts';
import { EXIT_OK, EXIT_SOME_FAILED, type CliIo } from './io.ts';
import { reportDiagnostics } from './shared-options.ts';

type ClusterFormat = 'jsonl' | 'json';

/** One input line's fate: an item placed in the clusterer, or the error that kept it out. */
type LineOutcome =
  | { readonly kind: 'item'; readonly id: string }
  | {
      readonly kind: 'error';
      readonly line: number;
      readonly id?: string;
      readonly code: string;
      readonly message: string;
    };

function lines(path: string): AsyncIterable<string> {
  const file = createReadStream(path);
  const input = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  return createInterface({ input, crlfDelay: Infinity });
}

function withSource(d: Diagnostic, source: string): Diagnostic {
  return { ...d, source };
}

export function clusterCommand(io: CliIo, setExit: (code: number) => void): Command {
  const command = new Command('cluster')
    .description(
      'group a JSON-lines stream of {id, title?, text?, publishedAt?, publisher?, url?} into stories',
    )
    .requiredOption('--input <file>', 'JSON lines (optionally .gz), one item per line, in publication order')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'json']).default('jsonl'));
  return command.action(async (options: { input: string; format: ClusterFormat }) => {
    const diagnostics: Diagnostic[] = [];
    const report = (d: Diagnostic): void => {
      diagnostics.push(d);
      reportDiagnostics(io, [d]);
    };
    try {
      await access(options.input);
    } catch {
      report(
        diagnostic('fatal', 'ingest/not-found', 'cannot read the input file', { source: options.input }),
      );
      setExit(EXIT_SOME_FAILED);
      return;
    }
    const clusterer = createStoryClusterer();
    const outcomes: LineOutcome[] = [];
    const seen = new Set<string>();
    /** Headlines kept only for `--format json`, which names each story. */
    const titles = new Map<string, string>();
    let lineNumber = 0;
    let datedItems = 0;
    let failed = false;
    const fail = (line: number, d: Diagnostic, id?: string): void => {
      report(d);
      failed = true;
      outcomes.push({
        kind: 'error',
        line,
        ...(id === undefined ? {} : { id }),
        code: d.code,
        message: d.message,
      });
    };
    for await (const text of lines(options.input)) {
      lineNumber += 1;
      if (text.trim() === '') continue;
      const source = `${options.input}:${lineNumber}`;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const message = `expected one JSON object per line, found text that does not parse (${String(error)})`;
        fail(lineNumber, diagnostic('fatal', 'ingest/invalid-json', message, { source }));
        continue;
      }
      const parsed = parseStoryItem(value, source);
      if (parsed.value === undefined) {
        for (const d of parsed.diagnostics) fail(lineNumber, d);
        continue;
      }
      const item = parsed.value;
      if (seen.has(item.id)) {
        const message = `id "${item.id}" was used by an earlier line; this line is ignored`;
        fail(lineNumber, diagnostic('fatal', 'stories/duplicate-id', message, { source }), item.id);
        continue;
      }
      if (item.publishedAt !== undefined) datedItems += 1;
      else if (datedItems > 0) {
        const message = 'no publishedAt while earlier items have one; the item is clustered without time';
        report(diagnostic('warning', 'stories/missing-time', message, { source, articleId: item.id }));
      }
      const added = clusterer.add(item);
      const fatal = added.diagnostics.find((d) => d.severity === 'fatal');
      for (const d of added.diagnostics) if (d !== fatal) report(withSource(d, source));
      if (fatal !== undefined || added.storyId === undefined) {
        const d =
          fatal ?? diagnostic('fatal', 'stories/rejected', 'item was not clustered', { articleId: item.id });
        fail(lineNumber, withSource(d, source), item.id);
        continue;
      }
      seen.add(item.id);
      if (options.format === 'json' && item.title !== undefined) titles.set(item.id, item.title);
      outcomes.push({ kind: 'item', id: item.id });
    }
    if (seen.size === 0 && !failed) {
      report(
        diagnostic('fatal', 'ingest/empty-input', 'the input holds no items', { source: options.input }),
      );
      failed = true;
    }

    const assignment = (outcome: LineOutcome): Record<string, unknown> =>
      outcome.kind === 'item'
        ? { id: outcome.id, story: clusterer.storyOf(outcome.id) }
        : {
            ...(outcome.id === undefined ? {} : { id: outcome.id }),
            line: outcome.line,
            error: { code: outcome.code, message: outcome.message },
          };
    if (options.format === 'jsonl') {
      for (const outcome of outcomes) io.stdout(`${JSON.stringify(assignment(outcome))}\n`);
    } else {
      const stories = clusterer.stories().map((story) => {
        const title = representativeTitle(
          story.itemIds.flatMap((id) => {
            const headline = titles.get(id);
            return headline === undefined ? [] : [{ id, title: headline }];
          }),
        );
        return { id: story.id, ...(title === undefined ? {} : { title }), itemIds: story.itemIds };
      });
      io.stdout(
        `${JSON.stringify({ assignments: outcomes.map(assignment), stories, diagnostics }, null, 2)}\n`,
      );
    }
    setExit(failed ? EXIT_SOME_FAILED : EXIT_OK);
  });
}
