// The model file's word classes (one line per word: `word\thabit\tpartOfSpeech\tcluster\tembedding`) read in
// place: an open-addressing table of line offsets, keyed by a hash of the word's characters in the text, and
// each line parsed the first time its word is looked up. Parsing all ~150k lines into objects at load took
// about 0.2 s of every start; a run looks up a few thousand words.
import { boundedMemo } from '../../core/index.ts';
import type { WordClass } from './features.ts';

/** Parsed look-ups remembered before the memo is flushed; bounds memory in a long-running server. */
const MAX_REMEMBERED = 100_000;
/** Slots per line at most; a sparser table probes less. */
const LOAD_FACTOR = 0.5;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashRange(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

function parseLine(line: string): WordClass {
  const [, caseHabit, partOfSpeech, cluster, embedding] = line.split('\t');
  const wordClass: { caseHabit?: string; partOfSpeech?: string; cluster?: string; embedding?: string } = {};
  if (caseHabit !== undefined && caseHabit !== '') wordClass.caseHabit = caseHabit;
  if (partOfSpeech !== undefined && partOfSpeech !== '') wordClass.partOfSpeech = partOfSpeech;
  if (cluster !== undefined && cluster !== '') wordClass.cluster = cluster;
  if (embedding !== undefined && embedding !== '') wordClass.embedding = embedding;
  return wordClass;
}

export class WordClassTable implements Iterable<[string, WordClass]> {
  private readonly text: string;
  /** Line start + 1 per slot (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly parsed = boundedMemo((word: string) => this.classOf(word), MAX_REMEMBERED);
  readonly size: number;

  constructor(text: string) {
    this.text = text;
    let lines = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines += 1;
    let capacity = 16;
    while (capacity * LOAD_FACTOR < lines) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    let size = 0;
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const wordEnd = this.wordEnd(start, end);
      if (wordEnd > start) {
        // A word listed twice keeps its last line, as a Map built line by line would.
        const slot = this.find(start, wordEnd, hashRange(text, start, wordEnd));
        if (this.slots[slot] === 0) size += 1;
        this.slots[slot] = start + 1;
      }
      start = end + 1;
    }
    this.size = size;
  }

  private wordEnd(start: number, lineEnd: number): number {
    const tab = this.text.indexOf('\t', start);
    return tab >= 0 && tab < lineEnd ? tab : lineEnd;
  }

  /** The slot holding the word at `text[start, end)`, or the empty slot where it would go. */
  private find(start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const stored = (this.slots[slot] ?? 0) - 1;
      if (stored < 0) return slot;
      const lineEnd = this.text.indexOf('\n', stored);
      const storedEnd = this.wordEnd(stored, lineEnd < 0 ? this.text.length : lineEnd);
      if (storedEnd - stored === length && this.text.startsWith(this.text.slice(start, end), stored))
        return slot;
    }
  }

  private lineAt(slot: number): string | undefined {
    const start = (this.slots[slot] ?? 0) - 1;
    if (start < 0) return undefined;
    const end = this.text.indexOf('\n', start);
    return this.text.slice(start, end < 0 ? this.text.length : end);
  }

  get(word: string): WordClass | undefined {
    return this.parsed(word);
  }

  /** The word's line, parsed; undefined for a word the table does not hold. */
  private classOf(word: string): WordClass | undefined {
    if (word === '' || word.includes('\t') || word.includes('\n')) return undefined;
    for (let slot = hashRange(word, 0, word.length) & this.mask; ; slot = (slot + 1) & this.mask) {
      const start = (this.slots[slot] ?? 0) - 1;
      if (start < 0) return undefined;
      if (this.text.startsWith(word, start)) {
        const next = this.text.charCodeAt(start + word.length);
        // The stored word ends where the query does: at a tab, a line break or the end of the text.
        if (Number.isNaN(next) || next === 9 || next === 10) return parseLine(this.lineAt(slot) ?? '');
      }
    }
  }

  *[Symbol.iterator](): IterableIterator<[string, WordClass]> {
    for (let slot = 0; slot < this.slots.length; slot += 1) {
      const line = this.lineAt(slot);
      if (line === undefined) continue;
      const tab = line.indexOf('\t');
      yield [tab < 0 ? line : line.slice(0, tab), parseLine(line)];
    }
  }
}
