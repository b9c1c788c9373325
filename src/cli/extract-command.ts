// `corroborate extract`: the clean article(s) of each input, without touching any store.
import { Command, Option } from 'commander';
import type { Diagnostic } from '../core/index.ts';
import type { Article } from '../extract/index.ts';
import { readArticles } from '../pipeline/index.ts';
import { EXIT_OK, EXIT_SOME_FAILED, type CliIo } from './io.ts';
import { networkOptions, reportDiagnostics, toIngestOptions } from './shared-options.ts';

type ExtractFormat = 'text' | 'json' | 'jsonl';

function toJsonObject(article: Article): Record<string, unknown> {
  return {
    source: article.source,
    ...(article.url === undefined ? {} : { url: article.url }),
    ...(article.title === undefined ? {} : { title: article.title }),
    ...(article.publisher === undefined ? {} : { publisher: article.publisher }),
    ...(article.byline === undefined ? {} : { byline: article.byline }),
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
    ...(article.dateline === undefined ? {} : { dateline: article.dateline }),
    lang: article.lang,
    text: article.text,
    captions: article.captions,
    removed: article.removed,
    method: article.method,
    id: article.id,
  };
}

function toText(article: Article): string {
  const header = [
    `# ${article.title ?? '(untitled)'}`,
    ...(article.publisher === undefined ? [] : [`publisher: ${article.publisher}`]),
    ...(article.byline === undefined ? [] : [`byline: ${article.byline}`]),
    ...(article.publishedAt === undefined ? [] : [`published: ${article.publishedAt}`]),
    ...(article.dateline === undefined ? [] : [`dateline: ${article.dateline}`]),
    `source: ${article.source}`,
    `method: ${article.method} · lang: ${article.lang} · dropped: ${article.removed.length} · captions: ${article.captions.length}`,
  ];
  return `${header.join('\n')}\n\n${article.text}\n\n`;
}

export function extractCommand(io: CliIo, setExit: (code: number) => void): Command {
  const command = new Command('extract')
    .description('print the clean article extracted from each input (files, directories, URLs, feeds)')
    .argument('<inputs...>', 'files, directories, URLs or feeds')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'jsonl']).default('text'),
    );
  for (const option of networkOptions()) command.addOption(option);
  return command.action(
    async (
      inputs: string[],
      options: { format: ExtractFormat; allowPrivate?: boolean; timeout?: number },
    ) => {
      const articles: Article[] = [];
      const diagnostics: Diagnostic[] = [];
      let failed = false;
      for await (const event of readArticles(inputs, toIngestOptions(options))) {
        if (event.kind === 'diagnostic') {
          diagnostics.push(event.diagnostic);
          reportDiagnostics(io, [event.diagnostic]);
          if (event.diagnostic.severity !== 'fatal') continue;
          failed = true;
          if (options.format === 'jsonl') {
            const { code, message } = event.diagnostic;
            io.stdout(`${JSON.stringify({ source: event.diagnostic.source, error: { code, message } })}\n`);
          }
          continue;
        }
        if (options.format === 'jsonl') io.stdout(`${JSON.stringify(toJsonObject(event.article))}\n`);
        else if (options.format === 'text') io.stdout(toText(event.article));
        else articles.push(event.article);
      }
      if (options.format === 'json') {
        io.stdout(`${JSON.stringify({ articles: articles.map(toJsonObject), diagnostics }, null, 2)}\n`);
      }
      setExit(failed ? EXIT_SOME_FAILED : EXIT_OK);
    },
  );
}
