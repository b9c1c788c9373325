// The per-article half of a story's timeline: each article's reference date (own, stated, or established by
// the story) and every time expression in it resolved against that date.
import { diagnostic, type Diagnostic, type Result } from '../../core/index.ts';
import { scanTimeExpressions } from './find.ts';
import {
  establishStoryDays,
  ownReference,
  referenceFromStory,
  type ReferenceBasis,
  type StoryDays,
} from './reference.ts';
import type { TimeExpression } from './types.ts';

export interface StoryArticle {
  readonly id: string;
  readonly text: string;
  /** `YYYY-MM-DD` or an ISO time. */
  readonly publishedAt?: string;
}

export interface StoryDates {
  /** Article id → the `YYYY-MM-DD` its relative expressions count from, undefined when none was found. */
  readonly references: Record<string, string | undefined>;
  /** Article id → where its reference came from. */
  readonly basis: Record<string, ReferenceBasis>;
  /** Article id → its time expressions, in text order. */
  readonly expressions: Record<string, readonly TimeExpression[]>;
}

/** References first from each article alone (publication date, else a full date stated at the top of its
 *  text); articles left without one take the day that best fits what the others establish. Then every
 *  article's expressions are resolved against its reference. */
export function resolveStoryDates(articles: readonly StoryArticle[]): Result<StoryDates> {
  const diagnostics: Diagnostic[] = [];
  const scanned = articles.map((article) => {
    const own = ownReference(article);
    if (article.publishedAt !== undefined && own.basis !== 'published')
      diagnostics.push(
        diagnostic(
          'warning',
          'annotate/bad-published-date',
          `expected publishedAt as YYYY-MM-DD or an ISO time, found "${article.publishedAt}"; it was not used as the reference`,
          { articleId: article.id },
        ),
      );
    return { article, own, scan: scanTimeExpressions(article.text) };
  });
  const needStory = scanned.some((entry) => entry.own.date === undefined);
  const story: StoryDays = needStory
    ? establishStoryDays(
        scanned.map(({ scan, own }) => ({
          scan,
          ...(own.date === undefined ? {} : { reference: own.date }),
        })),
      )
    : { established: new Map(), candidates: new Set() };

  const references: Record<string, string | undefined> = {};
  const basis: Record<string, ReferenceBasis> = {};
  const expressions: Record<string, readonly TimeExpression[]> = {};
  for (const { article, own, scan } of scanned) {
    let date = own.date;
    let source = own.basis;
    if (date === undefined) {
      date = referenceFromStory(scan, story);
      source = date === undefined ? 'none' : 'story';
      diagnostics.push(
        date === undefined
          ? diagnostic(
              'info',
              'annotate/no-reference-date',
              'no publication date, and none stated in the text or established by the story; relative dates are unresolved',
              { articleId: article.id },
            )
          : diagnostic(
              'info',
              'annotate/reference-from-story',
              `no date of its own; relative dates count from ${date}, the story day that fits them best`,
              { articleId: article.id },
            ),
      );
    }
    const resolved = scan.resolve(date === undefined ? {} : { referenceDate: date });
    diagnostics.push(...resolved.diagnostics.map((d) => ({ ...d, articleId: article.id })));
    references[article.id] = date;
    basis[article.id] = source;
    expressions[article.id] = resolved.value;
  }
  return { value: { references, basis, expressions }, diagnostics };
}
