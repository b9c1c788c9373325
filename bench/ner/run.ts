// `npm run bench:ner`: tokens per second of our tagger on the NER dev sets beside compromise (same process,
// same tokens), and the model's load time. Single-threaded, so tokens per CPU-second is the per-core rate;
// wall-clock rates are printed too and fall below it when other processes share the cores.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadNerTaggerFrom, MODEL_URL } from '../../src/annotate/ner/index.ts';
import { DEV_SETS, loadDevSet } from '../../eval/ner/dataset.ts';
import { compromiseTags } from '../../eval/ner/peers.ts';

/** Timed repetitions per system and set; the best run is reported, as load noise only slows a run down. */
const RUNS = 3;

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function time(run: () => void): Timing {
  const wall = performance.now();
  const cpu = cpuMs();
  run();
  return { wallMs: performance.now() - wall, cpuMs: cpuMs() - cpu };
}

function best(run: () => void): Timing {
  let fastest: Timing = { wallMs: Infinity, cpuMs: Infinity };
  for (let i = 0; i < RUNS; i += 1) {
    const timing = time(run);
    fastest = {
      wallMs: Math.min(fastest.wallMs, timing.wallMs),
      cpuMs: Math.min(fastest.cpuMs, timing.cpuMs),
    };
  }
  return fastest;
}

let tagger: ReturnType<typeof loadNerTaggerFrom> | undefined;
const load = time(() => {
  tagger = loadNerTaggerFrom(fileURLToPath(MODEL_URL));
});
console.log(`model load: ${load.wallMs.toFixed(0)} ms wall, ${load.cpuMs.toFixed(0)} ms CPU`);

for (const set of DEV_SETS) {
  const documents = loadDevSet(set);
  if (documents === undefined) {
    console.log(`${set.name}: skipped (data not found)`);
    continue;
  }
  const sentences = documents.map((document) => document.map((sentence) => sentence.tokens));
  const tokens = sentences.flat().reduce((sum, sentence) => sum + sentence.length, 0);
  const ours = best(() => {
    for (const document of sentences) tagger?.tagDocument?.(document);
  });
  const peer = best(() => {
    for (const document of sentences) for (const sentence of document) compromiseTags(sentence);
  });
  const rate = (ms: number): number => Math.round(tokens / (ms / 1000));
  console.log(
    `${set.name}: ${tokens} tokens\n` +
      `  per CPU-second: corroborate ${rate(ours.cpuMs)} tokens/s · compromise ${rate(peer.cpuMs)} tokens/s · ratio ${(peer.cpuMs / ours.cpuMs).toFixed(1)}×\n` +
      `  wall clock:     corroborate ${rate(ours.wallMs)} tokens/s · compromise ${rate(peer.wallMs)} tokens/s`,
  );
}
