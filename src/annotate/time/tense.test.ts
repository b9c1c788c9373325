import { describe, expect, it } from 'vitest';
import { sentenceBounds, tenseAround } from './tense.ts';

function tenseOf(sentence: string, phrase: string): string {
  const start = sentence.indexOf(phrase);
  return tenseAround(sentence, start, start + phrase.length);
}

describe('tenseAround', () => {
  it('reads "will", "would" and "is expected to" before the expression as future', () => {
    expect(tenseOf('The council will vote on Monday.', 'on Monday')).toBe('future');
    expect(tenseOf('She said a crew would remain at the quay until Friday.', 'Friday')).toBe('future');
    expect(tenseOf('The minister is expected to arrive on Friday.', 'on Friday')).toBe('future');
    expect(tenseOf('They’ll meet again on Monday.', 'on Monday')).toBe('future');
  });

  it('reads irregular and -ed past forms as past', () => {
    expect(tenseOf('The ministers met on Thursday.', 'on Thursday')).toBe('past');
    expect(tenseOf('Inspectors opened an inquiry on Wednesday evening.', 'on Wednesday evening')).toBe(
      'past',
    );
  });

  it('takes the nearest marker when a sentence has both tenses', () => {
    const sentence = 'The school, which closed on Wednesday because of the smoke, will reopen on Monday.';
    expect(tenseOf(sentence, 'on Wednesday')).toBe('past');
    expect(tenseOf(sentence, 'on Monday')).toBe('future');
  });

  it('reads a passive by its auxiliary, so "will be held" is future and "was held" past', () => {
    expect(tenseOf('The vote will be held on Monday.', 'on Monday')).toBe('future');
    expect(tenseOf('The vote was held on Monday.', 'on Monday')).toBe('past');
  });

  it('looks after the expression when nothing before it marks the tense', () => {
    expect(tenseOf('On Monday, the council will vote.', 'On Monday')).toBe('future');
    expect(tenseOf('On Monday, the council voted.', 'On Monday')).toBe('past');
  });

  it('does not read a capitalised name such as "Will" or a preposition "due to the" as future', () => {
    expect(tenseOf('Reporters asked Will Harding about it on Tuesday.', 'on Tuesday')).toBe('past');
    expect(tenseOf('Will Harding speaks to reporters on Tuesday.', 'on Tuesday')).toBe('unknown');
    expect(tenseOf('The road shut due to the floods on Tuesday.', 'on Tuesday')).toBe('unknown');
  });

  it('does not look into the previous sentence', () => {
    expect(tenseOf('The board will decide. Voting on Monday', 'on Monday')).toBe('unknown');
  });
});

describe('sentenceBounds', () => {
  it('does not end a sentence at "a.m." followed by lower case', () => {
    const text = 'It began at 2 a.m. on Tuesday. Crews came.';
    expect(sentenceBounds(text, text.indexOf('Tuesday'))).toEqual({ start: 0, end: text.indexOf('. Crews') });
  });
});
