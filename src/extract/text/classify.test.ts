import { describe, expect, it } from 'vitest';
import { classifyUnits, type Classification, type LineReason, type LineRole } from './classify.ts';
import { preparePlainText } from './markdown.ts';
import { buildUnits } from './units.ts';

function classify(lines: readonly string[]): Classification {
  return classifyUnits(buildUnits(preparePlainText(lines.join('\n\n'))));
}

function decisionOf(classification: Classification, text: string): { role: LineRole; reason: LineReason } {
  const decision = classification.decisions.find((candidate) => candidate.unit.text === text);
  if (decision === undefined) throw new Error(`expected a decision for "${text}", found none`);
  return { role: decision.role, reason: decision.reason };
}

const PARAGRAPH_A =
  'Negotiators from four countries met in Geneva on Thursday to try to reopen a grain corridor.';
const PARAGRAPH_B = 'The talks were the first face-to-face meeting between the delegations in six months.';
const PARAGRAPH_C = 'A second round is planned for May, according to the host government.';

describe('classifyUnits', () => {
  it('takes the first substantial title-like line above the body as headline and drops the rest of the top zone', () => {
    const result = classify([
      'World',
      'Grain Talks Resume in Geneva After Six-Month Pause',
      PARAGRAPH_A,
      PARAGRAPH_B,
    ]);
    expect(result.title).toBe('Grain Talks Resume in Geneva After Six-Month Pause');
    expect(decisionOf(result, 'World')).toEqual({ role: 'furniture', reason: 'top-zone' });
    expect(decisionOf(result, PARAGRAPH_A)).toEqual({ role: 'body', reason: 'prose' });
  });

  it('prefers the headline over a longer banner repeated at the bottom of the page', () => {
    const result = classify([
      'Live Now Global Markets Morning Report',
      'Grain Talks Resume in Geneva',
      PARAGRAPH_A,
      PARAGRAPH_B,
      'Live Now Global Markets Morning Report',
    ]);
    expect(result.title).toBe('Grain Talks Resume in Geneva');
    expect(result.decisions.at(-1)).toMatchObject({ role: 'furniture', reason: 'bottom-zone' });
  });

  it('keeps subheadings between paragraphs and an all-caps subheading, but drops an all-caps kicker by a headline', () => {
    const result = classify([
      'Grain Talks Resume in Geneva',
      PARAGRAPH_A,
      'What the Deal Would Change for Shipping',
      'ANALYSIS',
      PARAGRAPH_B,
      'WHAT HAPPENS NEXT',
      PARAGRAPH_C,
    ]);
    expect(decisionOf(result, 'What the Deal Would Change for Shipping')).toEqual({
      role: 'subheading',
      reason: 'subheading',
    });
    expect(decisionOf(result, 'ANALYSIS')).toEqual({ role: 'furniture', reason: 'kicker' });
    expect(decisionOf(result, 'WHAT HAPPENS NEXT')).toEqual({ role: 'subheading', reason: 'subheading' });
  });

  it('drops a glued section label and a one-word fragment inside the body', () => {
    const result = classify([
      'Grain Talks Resume',
      PARAGRAPH_A,
      'Top StoryWORLD',
      PARAGRAPH_B,
      'Geneva',
      PARAGRAPH_C,
    ]);
    expect(decisionOf(result, 'Top StoryWORLD')).toEqual({ role: 'furniture', reason: 'glued-label' });
    expect(decisionOf(result, 'Geneva')).toEqual({ role: 'furniture', reason: 'fragment' });
  });

  it('drops a run of three title-like lines as a link list but keeps a list a sentence introduces', () => {
    const links = classify([
      PARAGRAPH_A,
      'Storm Hits Coast',
      'Why Prices Are Rising Again',
      'Port Strike Ends',
      PARAGRAPH_B,
    ]);
    expect(decisionOf(links, 'Storm Hits Coast')).toEqual({ role: 'furniture', reason: 'link-run' });
    const list = classify([
      PARAGRAPH_A,
      'The deal covers:',
      'Safe passage for cargo ships',
      'Joint inspections at two ports',
      'A hotline between navies',
      PARAGRAPH_B,
    ]);
    expect(decisionOf(list, 'The deal covers:').role).toBe('body');
    expect(decisionOf(list, 'Joint inspections at two ports').role).toBe('subheading');
  });

  it('drops a run of bulleted Title Case headlines but keeps bulleted sentence-case key points', () => {
    const links = classify([
      PARAGRAPH_A,
      '• Storm Hits Coast Overnight',
      '• Why Prices Are Rising Again',
      '• Port Strike Ends',
      PARAGRAPH_B,
    ]);
    expect(decisionOf(links, '• Port Strike Ends')).toEqual({ role: 'furniture', reason: 'link-run' });
    const points = classify([
      PARAGRAPH_A,
      '• Envoys met in Geneva for six hours',
      '• Insurers want a common inspection regime',
      '• A second round is planned for May',
      PARAGRAPH_B,
    ]);
    expect(decisionOf(points, '• Insurers want a common inspection regime')).toEqual({
      role: 'list-item',
      reason: 'list-item',
    });
  });

  it('drops the headline that follows "Previous Article" or "Next Article"', () => {
    const result = classify([
      PARAGRAPH_A,
      PARAGRAPH_B,
      'Next Article',
      'Port Strike Ends After Late-Night Deal',
      PARAGRAPH_C,
    ]);
    expect(decisionOf(result, 'Port Strike Ends After Late-Night Deal')).toEqual({
      role: 'furniture',
      reason: 'after-previous-next',
    });
  });

  it('drops link titles after a list header but stops at a subheading followed by prose', () => {
    const result = classify([
      PARAGRAPH_A,
      'Related',
      'Ice Shelf Cracks Widen, Satellite Images Show',
      'Why the Glacier Matters',
      PARAGRAPH_B,
    ]);
    expect(decisionOf(result, 'Ice Shelf Cracks Widen, Satellite Images Show')).toEqual({
      role: 'furniture',
      reason: 'after-list-header',
    });
    expect(decisionOf(result, 'Why the Glacier Matters').role).toBe('subheading');
  });

  it('drops a reader-comments thread below the article but not a comment counter above it', () => {
    const below = classify([
      PARAGRAPH_A,
      PARAGRAPH_B,
      PARAGRAPH_C,
      'Ships have been idle at anchor for months, and the cost is rising every single week for the owners.',
      'Insurers say they will not cover the route until navies agree on a common set of inspection rules.',
      'Port operators on both sides said they had already hired extra staff to handle a backlog of cargo ships.',
      'Comments (2)',
      'About time. Those ships have been waiting for months.',
    ]);
    expect(decisionOf(below, 'About time. Those ships have been waiting for months.')).toEqual({
      role: 'furniture',
      reason: 'comments-section',
    });
    const above = classify(['Grain Talks Resume', 'Comments (2)', PARAGRAPH_A, PARAGRAPH_B]);
    expect(decisionOf(above, PARAGRAPH_B).role).toBe('body');
  });

  it('drops a pull quote and a duplicated paragraph but keeps the original paragraph', () => {
    const quoted = `"The lakes act like a lubricant," said the study's lead author. "When they drain, the ice speeds up."`;
    const result = classify([
      PARAGRAPH_A,
      quoted,
      PARAGRAPH_B,
      '"When they drain, the ice speeds up."',
      PARAGRAPH_B,
    ]);
    expect(decisionOf(result, quoted).role).toBe('body');
    expect(decisionOf(result, '"When they drain, the ice speeds up."')).toEqual({
      role: 'furniture',
      reason: 'pull-quote',
    });
    expect(
      result.decisions.filter((decision) => decision.unit.text === PARAGRAPH_B).map((d) => d.reason),
    ).toEqual(['prose', 'duplicate-paragraph']);
  });

  it('reads labelled and unlabelled bylines and date lines around the headline', () => {
    const result = classify([
      'Grain Talks Resume in Geneva',
      'Anna Berg in Geneva',
      'Updated 17 April 2025',
      PARAGRAPH_A,
    ]);
    expect(result.byline).toBe('Anna Berg');
    expect(result.publishedAt).toBe('2025-04-17');
    expect(decisionOf(result, 'Anna Berg in Geneva').role).toBe('byline');
    expect(decisionOf(result, 'Updated 17 April 2025').role).toBe('date');
  });

  it('keeps a short last sentence of the article', () => {
    const result = classify([PARAGRAPH_A, 'He declined.', 'Most Read', 'Storm Hits Coast']);
    expect(decisionOf(result, 'He declined.').role).toBe('body');
  });

  it('keeps a line that repeats the headline out of the body', () => {
    const result = classify([
      'Grain Talks Resume in Geneva',
      PARAGRAPH_A,
      'Grain Talks Resume in Geneva',
      PARAGRAPH_B,
    ]);
    expect(result.decisions.filter((decision) => decision.role === 'title').map((d) => d.reason)).toEqual([
      'headline',
      'headline-repeat',
    ]);
  });
});
