// The clusterer's state as plain JSON, so a store can persist it and resume the stream where it stopped.
import { z } from 'zod';

const weights = z.array(z.tuple([z.string(), z.number()]));

const storySnapshotSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  itemIds: z.array(z.string()),
  /** Retired stories keep only their id and items. */
  retired: z.boolean(),
  centroid: weights,
  norm2: z.number(),
  names: weights,
  firstTime: z.number().optional(),
  lastTime: z.number().optional(),
  timedItems: z.number().int(),
  lastSeq: z.number(),
  neighbours: z.array(z.object({ id: z.string(), vector: weights })),
  nextMergeCheck: z.number(),
  distinctTerms: z.number(),
});

export const clustererSnapshotSchema = z.object({
  version: z.literal(1),
  options: z.record(z.string(), z.number()),
  documentCount: z.number(),
  itemsSeen: z.number().int(),
  storiesCreated: z.number().int(),
  clock: z.number().optional(),
  documentFrequency: weights,
  stories: z.array(storySnapshotSchema),
});

export type ClustererSnapshot = z.infer<typeof clustererSnapshotSchema>;
export type StorySnapshot = z.infer<typeof storySnapshotSchema>;
