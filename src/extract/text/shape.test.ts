import { describe, expect, it } from 'vitest';
import {
  capitalizedRatio,
  countWords,
  endsWithFullStop,
  isAllCaps,
  isBulleted,
  isProse,
  isTitleLike,
  lowercaseRatio,
  repetitionKey,
  roughSentences,
  stripBullet,
} from './shape.ts';

describe('line shape', () => {
  it('reads a closed sentence as prose and a Title Case headline as not', () => {
    expect(isProse('Rescue crews evacuated more than 2,000 people on Tuesday.')).toBe(true);
    expect(isProse('Rescue Crews Evacuate Riverside Villages as Waters Rise')).toBe(false);
    expect(isTitleLike('Rescue Crews Evacuate Riverside Villages as Waters Rise')).toBe(true);
    expect(isTitleLike('Rescue crews evacuated more than 2,000 people on Tuesday.')).toBe(false);
  });

  it('reads a sentence-case headline without a full stop as title-like', () => {
    expect(isProse('Officials from four countries meet in Geneva for grain talks')).toBe(false);
    expect(isTitleLike('Officials from four countries meet in Geneva for grain talks')).toBe(true);
  });

  it('reads a long unterminated line as prose', () => {
    const line =
      'Negotiators aim to reopen the shipping lanes this summer with insurers and port operators attending the talks in person';
    expect(isProse(line)).toBe(true);
  });

  it('reads a two-word closed sentence as prose but not a Title Case exclamation', () => {
    expect(isProse('He declined.')).toBe(true);
    expect(isProse('Breaking News!')).toBe(false);
  });

  it('reads a line ending in a colon as prose when it is a short sentence, not when it is a label', () => {
    expect(isProse('The deal covers:')).toBe(true);
    expect(isProse('Tags:')).toBe(false);
    expect(isProse('Key Points:')).toBe(false);
  });

  it('reads long all-caps wire sentences as prose but not all-caps kickers', () => {
    expect(isProse('THE TALKS WILL RESUME NEXT WEEK IN GENEVA, OFFICIALS SAID.')).toBe(true);
    expect(isProse('DEEP LOOKS')).toBe(false);
    expect(isAllCaps('DEEP LOOKS')).toBe(true);
    expect(isAllCaps('US')).toBe(false);
    expect(isAllCaps('Top StoryUS')).toBe(false);
  });

  it('reads sentences in scripts without case as prose', () => {
    expect(isProse('四个国家的谈判代表周四在日内瓦会面，试图重新开放粮食航运走廊。')).toBe(true);
    expect(isProse('اجتمع المفاوضون من أربع دول في جنيف يوم الخميس لإعادة فتح الممر.')).toBe(true);
    expect(countWords('四个国家的谈判代表')).toBe(5);
  });

  it('does not take an abbreviation at the end of a headline for a full stop', () => {
    expect(endsWithFullStop('Allies Press for a Firmer Line From the U.S.')).toBe(false);
    expect(endsWithFullStop('The talks ended without a deal.')).toBe(true);
    expect(endsWithFullStop('The talks ended without a deal."')).toBe(true);
    expect(isTitleLike('Allies Press for a Firmer Line From the U.S.')).toBe(true);
  });

  it('strips bullet markers but not a leading hyphenated word or a negative number', () => {
    expect(isBulleted('  • Talks included representatives from France.')).toBe(true);
    expect(stripBullet('  • Talks included representatives from France.')).toBe(
      'Talks included representatives from France.',
    );
    expect(stripBullet('- item')).toBe('item');
    expect(isBulleted('-5 degrees overnight')).toBe(false);
    expect(isBulleted('Well-known figures attended')).toBe(false);
  });

  it('folds case, bullets and edge punctuation in repetition keys', () => {
    expect(repetitionKey('  • Follow us on:')).toBe('follow us on');
    expect(repetitionKey('ON NOW  Global Business Report')).toBe(
      repetitionKey('On now global business report'),
    );
    expect(repetitionKey('“Quoted”')).toBe('quoted');
  });

  it('measures lower-case and capitalised word shares', () => {
    expect(lowercaseRatio('the talks ended')).toBe(1);
    expect(lowercaseRatio('Talks End in Paris')).toBe(0.25);
    expect(capitalizedRatio('Talks End in Paris')).toBe(1);
  });

  it('splits a line into rough sentences at final punctuation', () => {
    expect(roughSentences('No votes so far! Be the first to rate this article.')).toEqual([
      'No votes so far!',
      'Be the first to rate this article.',
    ]);
    expect(roughSentences('Average rating 0 / 5. Vote count: 0')).toEqual([
      'Average rating 0 / 5.',
      'Vote count: 0',
    ]);
  });
});
