// The edge of the stories stage: one JSON value (a line of `cluster --input items.jsonl`) checked into a StoryItem.
import { z } from 'zod';
import { diagnostic, type Result } from '../core/index.ts';
import type { StoryItem } from './types.ts';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);

export const storyItemSchema = z.object({
  id: z.union([z.string().min(1), z.number().finite()]).transform(String),
  title: optionalText,
  text: optionalText,
  /** ISO text, or milliseconds since the epoch. */
  publishedAt: z
    .union([z.string(), z.number().finite()])
    .nullish()
    .transform((value) => (typeof value === 'number' ? new Date(value).toISOString() : (value ?? undefined))),
  publisher: optionalText,
  url: optionalText,
});

/** Checks one parsed JSON value; `source` names it in diagnostics (`items.jsonl:12`). */
export function parseStoryItem(value: unknown, source: string): Result<StoryItem | undefined> {
  const parsed = storyItemSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'item'}: ${issue.message}`,
    );
    const message = `expected {id, title?, text?, publishedAt?, publisher?, url?}, found ${problems.join('; ')}`;
    return {
      value: undefined,
      diagnostics: [diagnostic('fatal', 'stories/invalid-item', message, { source })],
    };
  }
  const { id, title, text, publishedAt, publisher, url } = parsed.data;
  const item: StoryItem = {
    id,
    ...(title === undefined ? {} : { title }),
    ...(text === undefined ? {} : { text }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(publisher === undefined ? {} : { publisher }),
    ...(url === undefined ? {} : { url }),
  };
  return { value: item, diagnostics: [] };
}
