// Runs the story clusterer over one labelled stream in order and scores the final assignment.
import {
  createStoryClusterer,
  type ClusterOptions,
  type ClustererResources,
} from '../../src/stories/index.ts';
import type { ClusteringDataset } from './dataset.ts';
import { scoreClustering, type ClusteringScore } from './score.ts';

export interface RunResult {
  readonly score: ClusteringScore;
  readonly seconds: number;
}

export function clusterDataset(
  dataset: ClusteringDataset,
  options: Partial<ClusterOptions> = {},
  resources: ClustererResources = {},
): RunResult {
  const started = performance.now();
  const clusterer = createStoryClusterer(options, resources);
  for (const { item } of dataset.items) clusterer.add(item);
  const predicted = dataset.items.map(({ item }) => clusterer.storyOf(item.id) ?? `missing:${item.id}`);
  const seconds = (performance.now() - started) / 1000;
  return {
    score: scoreClustering(
      predicted,
      dataset.items.map(({ gold }) => gold),
    ),
    seconds,
  };
}
