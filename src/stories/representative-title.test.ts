import { describe, expect, it } from 'vitest';
import { representativeTitle } from './representative-title.ts';

describe('representativeTitle', () => {
  it('picks the headline whose words the other headlines share most', () => {
    expect(
      representativeTitle([
        { id: '1', title: 'Business Highlights' },
        { id: '2', title: 'Chiquita to buy Fyffes' },
        { id: '3', title: 'Chiquita and Fyffes merger creates banana giant' },
        { id: '4', title: 'Merger creates banana giant, the top supplier' },
      ]),
    ).toBe('Chiquita and Fyffes merger creates banana giant');
  });

  it('prefers the shorter headline on a tie and ignores items without one', () => {
    expect(
      representativeTitle([
        { id: '1', text: 'body only' },
        { id: '2', title: 'Markets rally on jobs data today' },
        { id: '3', title: 'Markets rally on jobs data' },
      ]),
    ).toBe('Markets rally on jobs data');
  });

  it('returns undefined when no item has a headline', () => {
    expect(representativeTitle([{ id: '1', text: 'x' }])).toBeUndefined();
    expect(representativeTitle([])).toBeUndefined();
  });
});
