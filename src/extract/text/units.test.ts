import { describe, expect, it } from 'vitest';
import { prepareMarkdown, preparePlainText } from './markdown.ts';
import { buildUnits, hardWrapWidth } from './units.ts';

function unitTexts(input: string): string[] {
  return buildUnits(preparePlainText(input)).map((unit) => unit.text);
}

const WRAPPED = [
  'GENEVA (NWS) -- Negotiators from four countries met in Geneva on Thursday',
  'to try to reopen a grain shipping corridor that has been closed since',
  'January, officials said.',
  'The talks, hosted by the Swiss foreign ministry, were the first',
  'face-to-face meeting between the delegations in six months.',
  'A second round is planned for May.',
  'Share this article',
].join('\n');

describe('buildUnits', () => {
  it('joins hard-wrapped paragraphs at the wrap width and ends them at a short line', () => {
    expect(hardWrapWidth(preparePlainText(WRAPPED))).toBe(73);
    expect(unitTexts(WRAPPED)).toEqual([
      'GENEVA (NWS) -- Negotiators from four countries met in Geneva on Thursday to try to reopen a grain shipping corridor that has been closed since January, officials said.',
      'The talks, hosted by the Swiss foreign ministry, were the first face-to-face meeting between the delegations in six months.',
      'A second round is planned for May.',
      'Share this article',
    ]);
  });

  it('keeps the original lines of a joined unit for the removed list', () => {
    const units = buildUnits(preparePlainText(WRAPPED));
    expect(units[1]?.raw).toBe(
      'The talks, hosted by the Swiss foreign ministry, were the first\nface-to-face meeting between the delegations in six months.',
    );
  });

  it('does not join one-line paragraphs of a web dump or the short lines of a menu', () => {
    const dump = [
      'Menu',
      'World',
      'Negotiators from four countries met in Geneva on Thursday to try to reopen a grain shipping corridor that has been closed since January.',
      'The talks were the first face-to-face meeting between the delegations in six months, officials said after the session.',
    ].join('\n');
    expect(unitTexts(dump)).toHaveLength(4);
    expect(hardWrapWidth(preparePlainText(dump))).toBeUndefined();
  });

  it('joins a sentence broken before a lower-case word even in an unwrapped dump', () => {
    expect(
      unitTexts('The delegations met in Geneva for the first time\nsince January, officials said.'),
    ).toEqual(['The delegations met in Geneva for the first time since January, officials said.']);
  });

  it('never joins a list item onto the line before it', () => {
    expect(unitTexts('The deal covers the following points in full\n• safe passage for ships')).toHaveLength(
      2,
    );
  });

  it('records blank lines before units and carries markup-only lines onto the next unit', () => {
    const units = buildUnits(
      prepareMarkdown('First paragraph here.\n\n---\n![img](a.png)\nSecond paragraph here.').lines,
    );
    expect(units.map((unit) => [unit.text, unit.blankBefore, unit.removedMarkup])).toEqual([
      ['First paragraph here.', true, []],
      ['Second paragraph here.', true, ['---', '![img](a.png)']],
    ]);
  });
});
