// `corroborate brief <story-id>`: the cited brief of one stored story.
import { Command, Option } from 'commander';
import { REPORT_FORMATS, renderStoryBrief, type ReportFormat } from '../brief/index.ts';
import { reportStory } from '../pipeline/index.ts';
import { openSqliteStore } from '../store/index.ts';
import { EXIT_OK, EXIT_SOME_FAILED, type CliIo } from './io.ts';
import { resolveDbPath } from './shared-options.ts';

export function briefCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('brief')
    .description('print the cited brief of one story (ids from `corroborate stories`)')
    .argument('<story-id>', 'the story')
    .addOption(new Option('--db <file>', 'SQLite database (default $CORROBORATE_DB or ./corroborate.db)'))
    .addOption(new Option('--format <format>', 'output format').choices([...REPORT_FORMATS]).default('text'))
    .action((storyId: string, options: { db?: string; format: ReportFormat }) => {
      const store = openSqliteStore({ path: resolveDbPath(options.db, io), readonly: true });
      try {
        const report = reportStory(store, storyId);
        if (report === undefined) {
          io.stderr(
            `corroborate: no story ${storyId} in this database — list them with \`corroborate stories\`\n`,
          );
          setExit(EXIT_SOME_FAILED);
          return;
        }
        io.stdout(
          renderStoryBrief(report.story, report.articles, options.format, { colour: io.colour ?? false }),
        );
        setExit(EXIT_OK);
      } finally {
        store.close();
      }
    });
}
