// `corroborate ingest`: read inputs into the store and say what was added, unchanged and failed, with reasons.
import { Command, Option } from 'commander';
import { analyseStories, ingestIntoStore, type IngestProgress } from '../pipeline/index.ts';
import { openSqliteStore } from '../store/index.ts';
import { EXIT_OK, EXIT_SOME_FAILED, type CliIo } from './io.ts';
import { formatDiagnostic, networkOptions, resolveDbPath, toIngestOptions } from './shared-options.ts';

/** Redraw the progress line at most this often (ms): often enough to feel live, rarely enough to cost nothing. */
const PROGRESS_INTERVAL_MS = 100;

function ingestLine(progress: IngestProgress): string {
  const current = progress.current.length > 50 ? `…${progress.current.slice(-49)}` : progress.current;
  return `${progress.done} read · ${progress.failed} failed · ${current}`;
}

function progressDrawer(io: CliIo): { draw: (line: string) => void; clear: () => void } {
  if (!io.interactive) return { draw: () => undefined, clear: () => undefined };
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  let last = 0;
  let frame = 0;
  return {
    draw(line) {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      frame = (frame + 1) % frames.length;
      io.stderr(`\r\x1b[2K${frames[frame]} ${line}`);
    },
    clear: () => io.stderr('\r\x1b[2K'),
  };
}

export function ingestCommand(io: CliIo, setExit: (code: number) => void): Command {
  const command = new Command('ingest')
    .description('extract each input and keep it in the store; re-ingesting the same input changes nothing')
    .argument('<inputs...>', 'files, directories, URLs or feeds')
    .addOption(new Option('--db <file>', 'SQLite database (default $CORROBORATE_DB or ./corroborate.db)'))
    .addOption(
      new Option(
        '--no-analyze',
        'skip analysing the stories this run changed (serve and brief then analyse each on first view)',
      ),
    );
  for (const option of networkOptions()) command.addOption(option);
  return command.action(
    async (
      inputs: string[],
      options: { db?: string; analyze: boolean; allowPrivate?: boolean; timeout?: number },
    ) => {
      const store = openSqliteStore({ path: resolveDbPath(options.db, io) });
      const progress = progressDrawer(io);
      try {
        const summary = await ingestIntoStore(store, inputs, {
          ...toIngestOptions(options),
          onProgress: (p) => progress.draw(ingestLine(p)),
        });
        progress.clear();
        const analysed = options.analyze
          ? analyseStories(store, summary.touchedStoryIds, (p) =>
              progress.draw(`analysing stories: ${p.done}/${p.total}`),
            )
          : 0;
        progress.clear();
        const count = (status: string): number => summary.outcomes.filter((o) => o.status === status).length;
        io.stdout(
          `added ${count('added')} · unchanged ${count('unchanged')} · new locations ${count('new-location')} · failed ${summary.failedSources.length} · stories analysed ${analysed}\n`,
        );
        for (const d of summary.diagnostics) {
          if (d.severity === 'fatal') io.stdout(`  failed ${formatDiagnostic(d)}\n`);
          else io.stderr(`corroborate: ${formatDiagnostic(d)}\n`);
        }
        setExit(summary.failedSources.length > 0 ? EXIT_SOME_FAILED : EXIT_OK);
      } finally {
        store.close();
      }
    },
  );
}
