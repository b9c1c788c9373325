// `corroborate analyze`: the main job — ingest (in memory without --db), then report in the JSON contract.
import { Command, Option } from 'commander';
import { buildReport, renderReport, REPORT_FORMATS, type ReportFormat } from '../brief/index.ts';
import { startMentionWorker } from '../annotate/ner/index.ts';
import { ingestIntoStore, prepareStoryView, textsToTag } from '../pipeline/index.ts';
import { openSqliteStore } from '../store/index.ts';
import { EXIT_OK, EXIT_SOME_FAILED, type CliIo, type CliRuntime } from './io.ts';
import { networkOptions, reportDiagnostics, toIngestOptions } from './shared-options.ts';

export function analyzeCommand(
  io: CliIo,
  setExit: (code: number) => void,
  runtime: CliRuntime = {},
): Command {
  const command = new Command('analyze')
    .description('read articles and print one checked account of each story')
    .argument('<inputs...>', 'files, directories, URLs or feeds')
    .addOption(new Option('--db <file>', 'keep articles in this SQLite database (default: in memory)'))
    .addOption(new Option('--format <format>', 'output format').choices([...REPORT_FORMATS]).default('text'));
  for (const option of networkOptions()) command.addOption(option);
  return command.action(
    async (
      inputs: string[],
      options: { db?: string; format: ReportFormat; allowPrivate?: boolean; timeout?: number },
    ) => {
      const store = openSqliteStore({ path: options.db ?? ':memory:' });
      // Tagging runs beside ingestion when the launcher provides the worker: each article as it is extracted.
      const tagging = runtime.nerWorker === undefined ? undefined : startMentionWorker(runtime.nerWorker);
      try {
        const summary = await ingestIntoStore(store, inputs, {
          ...toIngestOptions(options),
          ...(tagging === undefined
            ? {}
            : {
                onArticle: (article) => {
                  for (const { id, text } of textsToTag(article)) tagging.submit(id, text);
                },
              }),
        });
        reportDiagnostics(io, summary.diagnostics);
        // Timelines need no mentions: built while the worker tags the last articles.
        const prepared = prepareStoryView(store, summary.articleIds);
        const mentions = await tagging?.finish();
        const view = prepared.complete(mentions === undefined ? {} : { mentions });
        io.stdout(
          renderReport(
            buildReport(view.articles, view.stories, [...summary.diagnostics, ...view.diagnostics]),
            options.format,
            { colour: io.colour ?? false },
          ),
        );
        setExit(summary.failedSources.length > 0 ? EXIT_SOME_FAILED : EXIT_OK);
      } finally {
        await tagging?.close();
        store.close();
      }
    },
  );
}
