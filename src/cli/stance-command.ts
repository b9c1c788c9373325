// `corroborate stance`: labels each headline/body pair of FNC-1 style CSVs agree, disagree, discuss or unrelated.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { diagnostic, hasFatal, type Diagnostic } from '../core/index.ts';
import { loadStanceModel, parseBodiesCsv, parsePairsCsv, STANCES } from '../crosscheck/stance/index.ts';
import { EXIT_OK, EXIT_SOME_FAILED, type CliIo } from './io.ts';
import { reportDiagnostics } from './shared-options.ts';

/** One CSV field, quoted as RFC 4180 asks when it holds a comma, quote, line break or edge space. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function readText(path: string, diagnostics: Diagnostic[]): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const message = `cannot read the file: ${error instanceof Error ? error.message : String(error)}`;
    diagnostics.push(diagnostic('fatal', 'stance/unreadable-file', message, { source: path }));
    return undefined;
  }
}

export function stanceCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('stance')
    .description(
      'label each headline/body pair agree, disagree, discuss or unrelated (FNC-1 CSVs in, CSV out)',
    )
    .requiredOption('--bodies <file>', 'CSV with columns "Body ID,articleBody"')
    .requiredOption('--pairs <file>', 'CSV with columns "Headline,Body ID" (extra columns are ignored)')
    .option('--probabilities', 'add a probability column per stance')
    .action((options: { bodies: string; pairs: string; probabilities?: boolean }) => {
      const diagnostics: Diagnostic[] = [];
      const bodiesText = readText(options.bodies, diagnostics);
      const pairsText = readText(options.pairs, diagnostics);
      const bodies = bodiesText === undefined ? undefined : parseBodiesCsv(bodiesText, options.bodies);
      const pairs = pairsText === undefined ? undefined : parsePairsCsv(pairsText, options.pairs);
      diagnostics.push(...(bodies?.diagnostics ?? []), ...(pairs?.diagnostics ?? []));
      if (bodies === undefined || pairs === undefined || hasFatal(diagnostics)) {
        reportDiagnostics(io, diagnostics);
        setExit(EXIT_SOME_FAILED);
        return;
      }
      const model = loadStanceModel();
      const header = ['Headline', 'Body ID', 'Stance', ...(options.probabilities === true ? STANCES : [])];
      const lines = [header.join(',')];
      for (const pair of pairs.value) {
        const body = bodies.value.get(pair.bodyId);
        if (body === undefined) {
          const message = `pair row ${pair.row} names Body ID ${pair.bodyId}, which is not in ${options.bodies}`;
          diagnostics.push(
            diagnostic('warning', 'stance/unknown-body', message, {
              source: `${options.pairs}:${pair.line}`,
            }),
          );
          continue;
        }
        const prediction = model.predict(pair.headline, body);
        const probabilities =
          options.probabilities === true ? STANCES.map((s) => prediction.probabilities[s].toFixed(4)) : [];
        lines.push(
          [csvField(pair.headline), csvField(pair.bodyId), prediction.stance, ...probabilities].join(','),
        );
      }
      io.stdout(`${lines.join('\n')}\n`);
      reportDiagnostics(io, diagnostics);
      setExit(diagnostics.length > 0 ? EXIT_SOME_FAILED : EXIT_OK);
    });
}
