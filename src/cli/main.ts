// The command line: parses arguments, runs one library call, prints, and chooses the exit code.
import { Command, CommanderError } from 'commander';
import { analyzeCommand } from './analyze-command.ts';
import { briefCommand } from './brief-command.ts';
import { clusterCommand } from './cluster-command.ts';
import { extractCommand } from './extract-command.ts';
import { ingestCommand } from './ingest-command.ts';
import { nerCommand } from './ner-command.ts';
import { serveCommand } from './serve-command.ts';
import { stanceCommand } from './stance-command.ts';
import { storiesCommand } from './stories-command.ts';
import { EXIT_OK, EXIT_USAGE, processIo, type CliIo, type CliRuntime } from './io.ts';

const VERSION = '0.1.0';

export function buildProgram(io: CliIo, setExit: (code: number) => void, runtime: CliRuntime = {}): Command {
  const program = new Command('corroborate')
    .description('Turn articles from many outlets into one checked account of each story.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)');
  program.addCommand(analyzeCommand(io, setExit, runtime));
  program.addCommand(extractCommand(io, setExit));
  program.addCommand(ingestCommand(io, setExit));
  program.addCommand(storiesCommand(io, setExit));
  program.addCommand(briefCommand(io, setExit));
  program.addCommand(serveCommand(io, setExit));
  program.addCommand(clusterCommand(io, setExit));
  program.addCommand(nerCommand(io, setExit));
  program.addCommand(stanceCommand(io, setExit));
  const configure = (command: Command): void => {
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
    command.commands.forEach(configure);
  };
  configure(program);
  return program;
}

/** Runs the CLI on `argv` (as in process.argv) and resolves to the exit code. */
export async function main(
  argv: readonly string[],
  io: CliIo = processIo,
  runtime: CliRuntime = {},
): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(
    io,
    (code) => {
      exitCode = code;
    },
    runtime,
  );
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; every other parse failure is a usage error.
      const benign = ['commander.helpDisplayed', 'commander.version'];
      return benign.includes(error.code) ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
}
