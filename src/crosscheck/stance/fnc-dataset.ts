// The FNC-1 training data as labelled pairs, and the hold-out split by Body ID used by training and evaluation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, seededRandom, type Diagnostic } from '../../core/index.ts';
import { parseBodiesCsv, parsePairsCsv, type StancePair } from './fnc-csv.ts';
import type { Stance } from './types.ts';

export interface LabelledPair {
  readonly headline: string;
  readonly bodyId: string;
  readonly stance: Stance;
}

export interface FncDataset {
  readonly bodies: ReadonlyMap<string, string>;
  readonly pairs: readonly LabelledPair[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads `train_bodies.csv` and `train_stances.csv` from `directory`; pairs without a known body or label are dropped. */
export function readFncDataset(directory: string): FncDataset {
  const read = (name: string): string => {
    try {
      return readFileSync(join(directory, name), 'utf8');
    } catch (cause) {
      throw new ConfigurationError(
        `expected the FNC-1 file ${name} in ${directory}, found none — point to the folder holding the FNC-1 CSVs`,
        { cause },
      );
    }
  };
  const bodies = parseBodiesCsv(read('train_bodies.csv'), 'train_bodies.csv');
  const pairs = parsePairsCsv(read('train_stances.csv'), 'train_stances.csv');
  const labelled = pairs.value.filter(
    (p): p is StancePair & { stance: Stance } => p.stance !== undefined && bodies.value.has(p.bodyId),
  );
  return {
    bodies: bodies.value,
    pairs: labelled.map(({ headline, bodyId, stance }) => ({ headline, bodyId, stance })),
    diagnostics: [...bodies.diagnostics, ...pairs.diagnostics],
  };
}

/** The development split: 80% of Body IDs train, 20% are held out; the seed fixes which. */
export const DEV_SPLIT = { trainShare: 0.8, seed: 1489 } as const;

export interface BodySplit {
  readonly train: readonly LabelledPair[];
  readonly dev: readonly LabelledPair[];
  readonly devBodyIds: ReadonlySet<string>;
}

/** Splits pairs so no body is on both sides: Body IDs are shuffled with `seed` and the first `trainShare` train. */
export function splitByBody(pairs: readonly LabelledPair[], trainShare: number, seed: number): BodySplit {
  const ids = [...new Set(pairs.map((p) => p.bodyId))].sort(
    (a, b) => Number(a) - Number(b) || a.localeCompare(b),
  );
  const random = seededRandom(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = ids[i] ?? '';
    ids[i] = ids[j] ?? '';
    ids[j] = swap;
  }
  const devBodyIds = new Set(ids.slice(Math.round(ids.length * trainShare)));
  return {
    train: pairs.filter((p) => !devBodyIds.has(p.bodyId)),
    dev: pairs.filter((p) => devBodyIds.has(p.bodyId)),
    devBodyIds,
  };
}

/**
 * A harder split for checking generalisation to new stories: headlines and bodies linked by a related pair form one
 * claim group, whole groups go to one side, and pairs that would cross sides are left out. Like the FNC-1 test set,
 * the held-out side then has neither its bodies nor its headlines in training.
 */
export function splitByClaim(pairs: readonly LabelledPair[], trainShare: number, seed: number): BodySplit {
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let root = node;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(node, root);
    return root;
  };
  for (const p of pairs) {
    for (const node of [`h:${p.headline}`, `b:${p.bodyId}`]) if (!parent.has(node)) parent.set(node, node);
    if (p.stance !== 'unrelated') {
      const a = find(`h:${p.headline}`);
      const b = find(`b:${p.bodyId}`);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = [...new Set([...parent.keys()].map(find))].sort();
  const random = seededRandom(seed);
  for (let i = groups.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = groups[i] ?? '';
    groups[i] = groups[j] ?? '';
    groups[j] = swap;
  }
  const devGroups = new Set(groups.slice(Math.round(groups.length * trainShare)));
  const isDev = (node: string): boolean => devGroups.has(find(node));
  const train: LabelledPair[] = [];
  const dev: LabelledPair[] = [];
  for (const p of pairs) {
    const headlineDev = isDev(`h:${p.headline}`);
    const bodyDev = isDev(`b:${p.bodyId}`);
    if (headlineDev && bodyDev) dev.push(p);
    else if (!headlineDev && !bodyDev) train.push(p);
  }
  return { train, dev, devBodyIds: new Set(dev.map((p) => p.bodyId)) };
}
