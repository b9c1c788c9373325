import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readUnlabelledNews, textSentences } from './unlabelled-news.ts';

const fixture = fileURLToPath(
  new URL('../../../test/fixtures/annotate/ner-unlabelled-news', import.meta.url),
);

describe('readUnlabelledNews', () => {
  it('reads article bodies as documents of tokenised sentences and headlines as one sentence each', () => {
    const news = readUnlabelledNews(fixture);
    expect(news.missing).toEqual([]);
    expect(news.bodies).toHaveLength(2);
    expect(news.bodies[0]?.map((sentence) => sentence.join(' '))).toEqual([
      'The harbour board of Port Vellan met on Tuesday .',
      'Its chair , Odile Marsh , said the " new quay " would open in May .',
      'Dock workers welcomed the plan .',
    ]);
    expect(news.headlines.map((tokens) => tokens.join(' '))).toEqual([
      'Port Vellan opens new quay , board says',
      'Brightwater Mills shares rise',
    ]);
  });

  it('names a missing source instead of failing, so training still runs on the labelled data alone', () => {
    const news = readUnlabelledNews(fileURLToPath(new URL('./', import.meta.url)));
    expect(news.bodies).toEqual([]);
    expect(news.missing).toHaveLength(2);
  });
});

describe('textSentences', () => {
  it('splits clitics and punctuation the way the tagger tokenises articles', () => {
    expect(textSentences("Marsh's plan won. It starts soon.")).toEqual([
      ['Marsh', "'s", 'plan', 'won', '.'],
      ['It', 'starts', 'soon', '.'],
    ]);
  });
});
