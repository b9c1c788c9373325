import { describe, expect, it } from 'vitest';
import { chooseCandidate, isPlausible, isTeaser, makeCandidate } from './choose.ts';

const sentence = 'The council approved the new harbour budget after a long debate on Tuesday evening. ';
const body = [sentence.repeat(3), sentence.repeat(2), sentence.repeat(4)];

describe('isPlausible', () => {
  it('wants enough text and few links', () => {
    expect(isPlausible(makeCandidate('blocks', body, 0))).toBe(true);
    expect(isPlausible(makeCandidate('blocks', ['Too short.'], 0))).toBe(false);
    const chars = body.join('').length;
    expect(isPlausible(makeCandidate('blocks', body, chars * 0.9))).toBe(false);
  });
});

describe('isTeaser', () => {
  it('calls a JSON-LD body ending in an ellipsis or far shorter than the page a teaser', () => {
    const page = makeCandidate('blocks', body, 0);
    expect(isTeaser(makeCandidate('json-ld', [`${sentence}And then…`], 0), page)).toBe(true);
    expect(isTeaser(makeCandidate('json-ld', [body[0]!], 0), page)).toBe(true);
    expect(isTeaser(makeCandidate('json-ld', body, 0), page)).toBe(false);
  });
});

describe('chooseCandidate', () => {
  it('prefers a complete JSON-LD body that agrees with the page', () => {
    const choice = chooseCandidate(
      makeCandidate('blocks', body, 0),
      makeCandidate('json-ld', body, 0),
      undefined,
    );
    expect(choice.winner?.method).toBe('json-ld');
  });

  it('ignores a JSON-LD body that disagrees with a plausible page text', () => {
    const other = [
      'A different story entirely about trains, timetables and the station that closed last year. '.repeat(6),
    ];
    const choice = chooseCandidate(
      makeCandidate('blocks', body, 0),
      makeCandidate('json-ld', other, 0),
      undefined,
    );
    expect(choice.winner?.method).toBe('blocks');
  });

  it('keeps plausible blocks unless Readability finds at least twice the text', () => {
    const blocks = makeCandidate('blocks', body, 0);
    expect(
      chooseCandidate(blocks, undefined, makeCandidate('readability', [...body, body[0]!], 0)).winner?.method,
    ).toBe('blocks');
    expect(
      chooseCandidate(blocks, undefined, makeCandidate('readability', [...body, ...body, ...body], 0)).winner
        ?.method,
    ).toBe('readability');
  });

  it('falls back to Readability when block scoring found too little', () => {
    const choice = chooseCandidate(
      makeCandidate('blocks', ['Menu'], 4),
      undefined,
      makeCandidate('readability', body, 0),
    );
    expect(choice.winner?.method).toBe('readability');
  });

  it('returns no winner when every candidate is links or nothing', () => {
    const choice = chooseCandidate(makeCandidate('blocks', ['Home News Sport'], 15), undefined, undefined);
    expect(choice.winner).toBeUndefined();
  });

  it('keeps a short brief with a sentence of prose', () => {
    const choice = chooseCandidate(makeCandidate('blocks', [sentence], 0), undefined, undefined);
    expect(choice.winner?.method).toBe('blocks');
  });
});
