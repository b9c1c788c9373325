// Quantities of real scraped dumps (../shared/corpus/paris-talks-2025-04, read as plain text) and of the
// bundled invented example (examples/harbour-fire, whose answer key lists the figures each outlet gives).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../extract/index.ts';
import { quantitiesAgree } from './compare.ts';
import { findQuantities } from './find-quantities.ts';
import type { Quantity } from './types.ts';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus/paris-talks-2025-04');
const EXAMPLE = resolve(import.meta.dirname, '../../../examples/harbour-fire');

function corpusQuantities(): Map<string, readonly Quantity[]> {
  const byFile = new Map<string, readonly Quantity[]>();
  for (const name of readdirSync(CORPUS)
    .filter((file) => file.endsWith('.txt'))
    .sort()) {
    byFile.set(name, findQuantities(readFileSync(resolve(CORPUS, name), 'utf8')).value);
  }
  return byFile;
}

describe.skipIf(!existsSync(CORPUS))(
  'findQuantities on the paris-talks-2025-04 corpus (skipped without it)',
  () => {
    const byFile = corpusQuantities();
    const all = [...byFile.values()].flat();
    const find = (text: string): Quantity => {
      const found = all.find((quantity) => quantity.text === text);
      expect(found, text).toBeDefined();
      return found as Quantity;
    };

    it('reads the Sumy strike as 35 civilians killed in Sumy', () => {
      expect(find('35 civilians')).toMatchObject({
        value: 35,
        counted: 'civilians',
        event: 'killed',
        about: 'Sumy',
        kind: 'count',
      });
    });

    it('reads the reassurance force as up to 25,000 troops', () => {
      expect(find('up to 25,000 troops')).toMatchObject({
        high: 25000,
        counted: 'troops',
        qualifier: 'up-to',
      });
    });

    it('finds "roughly 30 nations" and "over 30 countries" approximate and compatible', () => {
      const roughly = find('roughly 30 nations');
      const over = find('over 30 countries');
      expect(roughly.approximate && over.approximate).toBe(true);
      expect(quantitiesAgree(roughly, over)).toBe(true);
    });

    it('reads the 30-day pause as a duration', () => {
      const pauses = all.filter((quantity) => quantity.text === '30-day');
      expect(pauses.length).toBeGreaterThanOrEqual(3);
      for (const pause of pauses) expect(pause).toMatchObject({ kind: 'duration', unit: 'days', value: 30 });
    });

    it('reads the aid pledge as €21 billion', () => {
      expect(find('€21 billion')).toMatchObject({ value: 21e9, unit: 'EUR', kind: 'money' });
    });

    it('finds no rating widget, date, year or ordinal', () => {
      const texts = all.map((quantity) => quantity.text);
      for (const text of texts) expect(text).not.toMatch(/^(?:0|5|17|11|2023|2024|2025)$/);
      expect(texts.some((text) => /fourth/.test(text))).toBe(false);
      for (const quantity of all) expect(quantity.value).not.toBe(0);
    });
  },
);

function exampleText(name: string): string {
  const path = resolve(EXAMPLE, name);
  const bytes = readFileSync(path);
  if (!name.endsWith('.html')) return bytes.toString('utf8');
  const article = extractArticle({ source: path, bytes, format: 'html', fetchedAt: '2026-03-12T12:00:00Z' });
  return article.value?.text ?? '';
}

describe.skipIf(!existsSync(EXAMPLE))('findQuantities on the harbour-fire example', () => {
  const files = {
    early: 'coastline-courier-fire-breaks-out.html',
    update: 'coastline-courier-fire-out.html',
    wire: 'meridian-wire-corvain-port-fire.html',
    rewrite: 'globalpulse-report-corvain-blaze.txt',
    tv: 'bayline-news-corvain-port-fire.txt',
    ledger: 'northshore-ledger-eastmole-fire-pumps.txt',
  } as const;
  const byOutlet = Object.fromEntries(
    Object.entries(files).map(([outlet, file]) => [outlet, findQuantities(exampleText(file)).value]),
  ) as Record<keyof typeof files, readonly Quantity[]>;
  const pick = (outlet: keyof typeof files, test: (quantity: Quantity) => boolean): Quantity => {
    const found = byOutlet[outlet].find(test);
    expect(found, outlet).toBeDefined();
    return found as Quantity;
  };
  const containers = (outlet: keyof typeof files): Quantity =>
    pick(outlet, (quantity) => quantity.countedLemma === 'container' && quantity.value < 100);
  const injured = (outlet: keyof typeof files): Quantity =>
    pick(
      outlet,
      (quantity) =>
        quantity.eventClass === 'injured' && quantity.counted === 'people' && !quantity.superseded,
    );

  it('finds every outlet’s count of destroyed containers, all compatible with 37', () => {
    const exact = containers('wire');
    expect(exact).toMatchObject({ value: 37, event: 'destroyed' });
    expect(containers('rewrite')).toMatchObject({ text: 'thirty-seven containers', value: 37 });
    expect(containers('ledger')).toMatchObject({ value: 37 });
    expect(containers('update')).toMatchObject({ value: 37 });
    expect(containers('tv')).toMatchObject({ value: 30, qualifier: 'more-than' });
    expect(containers('early')).toMatchObject({ qualifier: 'at-least', approximate: true });
    for (const outlet of ['rewrite', 'ledger', 'update', 'tv', 'early'] as const)
      expect(quantitiesAgree(exact, containers(outlet)), outlet).toBe(true);
  });

  it('keeps 12 and a dozen injured apart from the later 14', () => {
    const twelve = injured('early');
    const dozen = injured('tv');
    expect(twelve).toMatchObject({ value: 12, qualifier: 'exact' });
    expect(dozen).toMatchObject({ value: 12, approximate: true });
    expect(injured('wire')).toMatchObject({ value: 14, qualifier: 'at-least' });
    expect(injured('rewrite')).toMatchObject({ value: 14, qualifier: 'at-least' });
    expect(injured('update')).toMatchObject({ value: 14 });
    expect(injured('ledger')).toMatchObject({ value: 14 });
    for (const later of ['wire', 'rewrite', 'update', 'ledger'] as const) {
      expect(quantitiesAgree(twelve, injured(later)), later).toBe(false);
      expect(quantitiesAgree(dozen, injured(later)), later).toBe(false);
    }
  });

  it('marks the corrected figure in the update as an earlier one', () => {
    expect(pick('update', (quantity) => quantity.superseded === true)).toMatchObject({ value: 12 });
  });

  it('finds about 200 firefighters in every wording, all compatible', () => {
    const firefighters = (outlet: keyof typeof files): Quantity =>
      pick(outlet, (quantity) => quantity.counted === 'firefighters' && quantity.value >= 100);
    const outlets = ['wire', 'rewrite', 'tv', 'update', 'ledger'] as const;
    for (const left of outlets) {
      expect(firefighters(left)).toMatchObject({ value: 200, approximate: true });
      for (const right of outlets)
        expect(quantitiesAgree(firefighters(left), firefighters(right))).toBe(true);
    }
  });

  it('contrasts the €40 million and €55 million damage estimates', () => {
    const money = (outlet: keyof typeof files): Quantity =>
      pick(outlet, (quantity) => quantity.kind === 'money');
    expect(money('wire')).toMatchObject({ value: 40e6, unit: 'EUR' });
    expect(money('update')).toMatchObject({ text: '40 million euros', value: 40e6, unit: 'EUR' });
    expect(money('tv')).toMatchObject({ value: 55e6, unit: 'EUR' });
    expect(money('ledger')).toMatchObject({ text: '€55m', value: 55e6 });
    expect(quantitiesAgree(money('wire'), money('update'))).toBe(true);
    expect(quantitiesAgree(money('wire'), money('ledger'))).toBe(false);
  });

  it('finds the three ships in every outlet', () => {
    for (const outlet of Object.keys(files) as (keyof typeof files)[]) {
      const ships = byOutlet[outlet].filter(
        (quantity) => quantity.value === 3 && ['ship', 'vessel'].includes(quantity.countedLemma ?? ''),
      );
      expect(ships.length, outlet).toBeGreaterThan(0);
    }
  });

  it('skips clock times, dates and the rating widget', () => {
    const texts = Object.values(byOutlet)
      .flat()
      .map((quantity) => quantity.text);
    for (const text of texts) expect(text).not.toMatch(/^(?:2|3\.30|2:15|11\.40|0|5|10|11|12 Mar|2026)$/);
  });
});
