import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  namesPeople,
  nounLemma,
  parseSenseTable,
  parseWordIndex,
  verbLemma,
  wordNetWords,
} from './lemmas.ts';

interface Lemmatizer {
  noun(word: string): string;
  verb(word: string): string;
}
const require = createRequire(import.meta.url);

describe('WordNet lemmas', () => {
  it('folds plurals and inflections to the dictionary form and leaves unknown words alone', () => {
    expect(nounLemma('troops')).toBe('troop');
    expect(nounLemma('mice')).toBe('mouse');
    expect(nounLemma('churches')).toBe('church');
    expect(nounLemma('zelenskyy')).toBe('zelenskyy');
    expect(verbLemma('killed')).toBe('kill');
    expect(verbLemma('ran')).toBe('run');
    expect(verbLemma('making')).toBe('make');
    expect(verbLemma('carries')).toBe('carry');
  });

  it('gives what wink-lemmatizer gives for every WordNet word and its inflected forms', () => {
    const reference = require('wink-lemmatizer') as Lemmatizer;
    const words = Object.keys(require('wink-lexicon/src/wn-words.js') as Record<string, number>);
    const forms = new Set<string>();
    for (const word of words)
      for (const form of [
        word,
        `${word}s`,
        `${word}es`,
        `${word}ed`,
        `${word}ing`,
        word.replace(/y$/, 'ies'),
      ])
        forms.add(form);
    const exceptions = ['wn-noun-exceptions.js', 'wn-verb-exceptions.js'].flatMap((file) =>
      Object.keys(require(`wink-lexicon/src/${file}`) as Record<string, string>),
    );
    for (const form of exceptions) forms.add(form);
    const differences = [...forms].filter(
      (form) => nounLemma(form) !== reference.noun(form) || verbLemma(form) !== reference.verb(form),
    );
    expect(forms.size).toBeGreaterThan(300_000);
    expect(differences).toEqual([]);
  });

  it('reads nouns and verbs from the tables: words with a sense in the noun files, the verb files, or both', () => {
    const { nouns, verbs } = wordNetWords();
    expect(nouns.length).toBeGreaterThan(50_000);
    expect(verbs.length).toBeGreaterThan(5_000);
    expect(nouns).toContain('troop');
    expect(verbs).toContain('kill');
    expect(nouns).toContain('run');
    expect(verbs).toContain('run');
    expect(nouns).toContain('kitchen');
    expect(verbs).not.toContain('kitchen');
    expect(nouns.every((word) => word !== '' && !word.includes('\n'))).toBe(true);
  });

  it('knows the nouns that name people or a body of people, and not places', () => {
    for (const word of ['officials', 'leaders', 'diplomats', 'troops', 'firms', 'people', 'voters']) {
      expect(namesPeople(word), word).toBe(true);
    }
    for (const word of ['goods', 'attacks', 'cities', 'territories', 'strategies', 'capitals', 'weapons']) {
      expect(namesPeople(word), word).toBe(false);
    }
    const { peopleNouns } = wordNetWords();
    expect(peopleNouns).toContain('official');
    expect(peopleNouns).not.toContain('city');
  });

  it('reads the word and sense tables only in the layout it knows', () => {
    expect(parseWordIndex('const words = {};\nwords.cat = 0;\nwords.dog = 1;\n')).toEqual(['cat', 'dog']);
    expect(parseWordIndex('const words = {};\nwords["cat"] = 0;\n')).toBeUndefined();
    expect(parseWordIndex('module.exports = {};\n')).toBeUndefined();
    const senses = 'const s_3 = [ 3 ];\nconst s_3_29 = [ 3, 29 ];\n\nconst table = [\n  s_3,\n  s_3_29\n];\n';
    expect(parseSenseTable(senses)).toEqual([[3], [3, 29]]);
    expect(parseSenseTable('const table = [\n  s_9\n];\n')).toBeUndefined();
  });
});
