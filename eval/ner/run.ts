// `npm run eval:ner [-- --gate] [--no-peer]`: span F1 per type of the committed tagger on CoNLL-2003 dev and
// UNER dev beside compromise; `--gate` fails when a score falls below its floor in baseline.json.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadNerTagger } from '../../src/annotate/ner/index.ts';
import { scoreSpans, type SpanScore } from '../../src/annotate/ner/score.ts';
import { DEV_SETS, loadDevSet, NER_DATA_DIR } from './dataset.ts';
import { compromiseTags } from './peers.ts';

const TYPES = ['PER', 'ORG', 'LOC'] as const;
const ALL_TYPES = [...TYPES, 'MISC'] as const;

const baselineSchema = z.record(z.string(), z.record(z.string(), z.number()));

const args = new Set(process.argv.slice(2));
const gate = args.has('--gate');
const withPeer = !args.has('--no-peer') && !gate;

function row(name: string, main: SpanScore, all: SpanScore): string {
  const cell = (value: number | undefined): string => (value === undefined ? '   -  ' : value.toFixed(4));
  const types = ALL_TYPES.map((type) => cell(all.byType[type]?.f1)).join('  ');
  return `${name.padEnd(12)} ${cell(main.micro.f1)}   ${types}`;
}

function measure(): Record<string, Record<string, number>> {
  const tagger = loadNerTagger();
  const measured: Record<string, Record<string, number>> = {};
  for (const set of DEV_SETS) {
    const documents = loadDevSet(set);
    if (documents === undefined) {
      console.log(`${set.name}: skipped, ${set.file} not found under ${NER_DATA_DIR}`);
      continue;
    }
    const gold: (readonly string[])[] = [];
    const ours: string[][] = [];
    const peer: string[][] = [];
    for (const document of documents) {
      const sentences = document.map((sentence) => sentence.tokens);
      let tags: string[][];
      try {
        tags = tagger.tagDocument?.(sentences) ?? sentences.map((tokens) => tagger.tag(tokens));
      } catch (error) {
        // A crash counts as a miss: the document scores as all-O.
        console.error(`${set.name}: tagger failed on a document: ${String(error)}`);
        tags = sentences.map((tokens) => tokens.map(() => 'O'));
      }
      document.forEach((sentence, index) => {
        gold.push(sentence.tags);
        ours.push(tags[index] ?? sentence.tokens.map(() => 'O'));
        if (withPeer) peer.push(compromiseTags(sentence.tokens));
      });
    }
    const main = scoreSpans(gold, ours, TYPES);
    const all = scoreSpans(gold, ours, ALL_TYPES);
    console.log(`\n${set.name} (${gold.length} sentences) — span F1, exact match`);
    console.log(`${'system'.padEnd(12)} P/O/L     ${ALL_TYPES.map((type) => type.padEnd(6)).join('  ')}`);
    console.log(row('corroborate', main, all));
    if (withPeer) {
      const peerMain = scoreSpans(gold, peer, TYPES);
      console.log(row('compromise', peerMain, scoreSpans(gold, peer, ALL_TYPES)));
    }
    const detail = TYPES.map((type) => {
      const score = main.byType[type];
      return score === undefined
        ? ''
        : `${type} P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}`;
    });
    console.log(`corroborate  ${detail.join(' · ')}`);
    measured[set.name] = {
      micro: main.micro.f1,
      ...Object.fromEntries(TYPES.map((type) => [type, main.byType[type]?.f1 ?? 0])),
    };
  }
  return measured;
}

const measured = measure();
if (gate) {
  const baseline = baselineSchema.parse(
    JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')),
  );
  const failures: string[] = [];
  for (const [set, floors] of Object.entries(baseline)) {
    const scores = measured[set];
    if (scores === undefined) continue;
    for (const [key, floor] of Object.entries(floors)) {
      const value = scores[key] ?? 0;
      if (value < floor) failures.push(`${set} ${key}: ${value.toFixed(4)} < floor ${floor.toFixed(4)}`);
    }
  }
  if (failures.length > 0) {
    console.error(`\nNER gate failed:\n${failures.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('\nNER gate passed (floors in eval/ner/baseline.json: measured − 0.01).');
  }
}
