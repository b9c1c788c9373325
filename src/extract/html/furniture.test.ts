import { describe, expect, it } from 'vitest';
import { findLinkLists, furnitureKind, isDateLine } from './furniture.ts';
import type { HtmlElement } from './parse-tree.ts';
import type { Block } from './segment.ts';

const owner: HtmlElement = {
  tag: 'p',
  attributes: {},
  children: [],
  parent: undefined,
  depth: 1,
  hidden: false,
};

function block(text: string, linkShare = 0, index = 0): Block {
  return {
    index,
    text,
    chars: text.length,
    linkChars: text.length * linkShare,
    owner,
    pure: true,
    removed: undefined,
    caption: false,
    embedded: false,
  };
}

describe('isDateLine', () => {
  it('recognises date stamps with labels, times and zones', () => {
    expect(isDateLine('Updated 5:27 am CST, Wednesday, November 20, 2019')).toBe(true);
    expect(isDateLine('PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019')).toBe(true);
    expect(isDateLine('Nov. 20, 2019 6:02 AM EST')).toBe(true);
  });

  it('leaves sentences and score rows alone', () => {
    expect(isDateLine('The vote was held on November 20, 2019 after a long debate.')).toBe(false);
    expect(isDateLine('Rockledge 14 11 6 15 — 44')).toBe(false);
  });
});

describe('furnitureKind', () => {
  it('flags labelled teasers and shouted promo links but not prose with links', () => {
    expect(furnitureKind(block('Related: Dune restoration reaches its final phase', 0.8))).toBe(
      'link-teaser',
    );
    expect(furnitureKind(block('GET THE APP BY CLICKING HERE', 1))).toBe('link-teaser');
    expect(furnitureKind(block('Satechi 72W USB-C Power Delivery Car Charger', 1))).toBeUndefined();
    expect(
      furnitureKind(
        block('Monday’s best deals include various laptops from $700 at several shops today.', 0.55),
      ),
    ).toBeUndefined();
  });

  it('flags calls to action and copyright lines', () => {
    expect(furnitureKind(block('Sharing is caring!'))).toBe('call-to-action');
    expect(furnitureKind(block('Follow us on Instagram and Facebook.'))).toBe('call-to-action');
    expect(furnitureKind(block('© 2019 Shoreline Weekly. All rights reserved.'))).toBe('copyright');
  });

  it('keeps "click here" and "sign up" sentences, which deal posts use as content', () => {
    expect(
      furnitureKind(block('Sign up for the bundle using the same email as your streaming account')),
    ).toBeUndefined();
  });
});

describe('findLinkLists', () => {
  it('drops three or more consecutive linked lines and their short heading', () => {
    const blocks = [
      block('The closing paragraph of the story ends here with a full stop.', 0, 0),
      block('You may also like...', 0, 1),
      block('Who will headline the festival?', 1, 2),
      block('Ten albums to hear this month', 1, 3),
      block('The venue reopens after repairs', 1, 4),
    ];
    expect(findLinkLists(blocks).map((found) => found.index)).toEqual([1, 2, 3, 4]);
  });

  it('keeps two linked lines', () => {
    expect(findLinkLists([block('One link', 1, 0), block('Two links', 1, 1)])).toEqual([]);
  });
});
