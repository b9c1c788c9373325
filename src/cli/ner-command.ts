// `corroborate ner`: tags a CoNLL-style token file (how the tagger is evaluated) or finds mentions in text files.
import { Command } from 'commander';
import { findEntityMentions, loadNerTagger, type NerTagger } from '../annotate/ner/index.ts';
import { parseConll, readMaybeGzip, type ConllSentence } from '../annotate/ner/conll-format.ts';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, type CliIo } from './io.ts';

/** Tags sentence blocks document by document (documents open at `-DOCSTART-`) and prints `token\ttag`. */
function printConll(io: CliIo, tagger: NerTagger, blocks: readonly ConllSentence[]): void {
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index];
    if (block === undefined) break;
    if (block.docstart) {
      io.stdout(`${block.tokens[0] ?? ''}\tO\n\n`);
      index += 1;
      continue;
    }
    const document: ConllSentence[] = [];
    while (index < blocks.length && blocks[index]?.docstart === false) {
      const sentence = blocks[index];
      if (sentence !== undefined) document.push(sentence);
      index += 1;
    }
    const words = document.map((sentence) => sentence.tokens);
    const tags = tagger.tagDocument?.(words) ?? words.map((sentence) => tagger.tag(sentence));
    const lines: string[] = [];
    document.forEach((sentence, s) => {
      sentence.tokens.forEach((token, t) => lines.push(`${token}\t${tags[s]?.[t] ?? 'O'}\n`));
      lines.push('\n');
    });
    io.stdout(lines.join(''));
  }
}

function readInput(io: CliIo, path: string): string | undefined {
  try {
    return readMaybeGzip(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`ner/unreadable: ${path}: ${reason}\n`);
    return undefined;
  }
}

export function nerCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('ner')
    .description(
      'tag named entities: a CoNLL token file (--conll) or the raw text of files (one JSON line each)',
    )
    .option(
      '--conll <file>',
      'one token per line (extra columns ignored, blank line between sentences, .gz accepted)',
    )
    .argument('[files...]', 'plain-text files whose entity mentions to print as JSON lines')
    .action((files: string[], options: { conll?: string }) => {
      if (options.conll === undefined && files.length === 0) {
        io.stderr('ner: give --conll FILE or text files (run with --help for usage)\n');
        setExit(EXIT_USAGE);
        return;
      }
      const tagger = loadNerTagger();
      let failed = false;
      if (options.conll !== undefined) {
        const text = readInput(io, options.conll);
        if (text === undefined) failed = true;
        else printConll(io, tagger, parseConll(text));
      }
      for (const file of files) {
        const text = readInput(io, file);
        if (text === undefined) {
          failed = true;
          continue;
        }
        const { value } = findEntityMentions(text, tagger);
        io.stdout(`${JSON.stringify({ source: file, mentions: value })}\n`);
      }
      setExit(failed ? EXIT_SOME_FAILED : EXIT_OK);
    });
}
