// Mozilla Readability over linkedom as a second opinion, run only when our own block scoring finds weak evidence.
// Readability's output HTML goes back through our segmenter so its paragraphs and furniture rules match ours.
import { lazyPackage } from '../../core/index.ts';
import { cleanArticleBlocks } from './blocks.ts';
import { parseTree } from './parse-tree.ts';
import type { Block } from './segment.ts';
import { segment } from './segment.ts';

export interface ReadabilityExtraction {
  readonly kept: readonly Block[];
  readonly title?: string;
  readonly byline?: string;
}

const readability = lazyPackage<typeof import('@mozilla/readability')>('@mozilla/readability');
const linkedom = lazyPackage<typeof import('linkedom')>('linkedom');

/** Runs Readability on its own linkedom parse of the page (Readability mutates the DOM it reads). */
export function extractWithReadability(html: string): ReadabilityExtraction | undefined {
  const { Readability } = readability();
  const { document } = linkedom().parseHTML(html);
  // Readability refuses a document without a root element (empty or text-only input): nothing to read.
  if (document.documentElement == null) return undefined;
  const article = new Readability(document).parse();
  if (article === null || typeof article.content !== 'string') return undefined;
  const blocks = segment(parseTree(article.content).root, { stripUnlikely: false }).blocks;
  const kept = cleanArticleBlocks(blocks);
  const title = article.title?.trim();
  const byline = article.byline?.trim();
  return {
    kept,
    ...(title === undefined || title === '' ? {} : { title }),
    ...(byline === undefined || byline === '' ? {} : { byline }),
  };
}
