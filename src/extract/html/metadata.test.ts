import { describe, expect, it } from 'vitest';
import {
  cleanByline,
  cleanTitle,
  dateFromText,
  findDateline,
  normalizeDate,
  readMetadata,
} from './metadata.ts';
import { parseTree } from './parse-tree.ts';
import { findBody } from './segment.ts';

function metadataOf(html: string, leadingTexts: readonly string[] = []) {
  const page = parseTree(html);
  return readMetadata({
    jsonLd: undefined,
    meta: page.meta,
    documentTitle: page.title,
    htmlLang: page.htmlLang,
    body: findBody(page.root),
    structuralBylines: [],
    leadingTexts,
  });
}

describe('cleanTitle', () => {
  it('cuts the publisher off either end of a title', () => {
    expect(cleanTitle('Flood warning lifted | River Gazette', 'River Gazette')).toBe('Flood warning lifted');
    expect(cleanTitle('River Gazette - Flood warning lifted', 'River Gazette')).toBe('Flood warning lifted');
  });

  it('cuts a short site suffix after a pipe when the publisher is unknown', () => {
    expect(cleanTitle('Flood warning lifted for the lower valley | RG', undefined)).toBe(
      'Flood warning lifted for the lower valley',
    );
  });

  it('keeps a title whose dash is part of the headline', () => {
    expect(cleanTitle('Flood warning lifted - but more rain is due', undefined)).toBe(
      'Flood warning lifted - but more rain is due',
    );
  });
});

describe('cleanByline', () => {
  it('strips "By", trailing dates and site names', () => {
    expect(cleanByline('By Ada Brook - 11/18/19 11:04 PM EST')).toBe('Ada Brook');
    expect(cleanByline('by  Ada Brook | Valley Courier')).toBe('Ada Brook');
    expect(cleanByline('Written by: Ada Brook')).toBe('Ada Brook');
  });

  it('strips a foreign "by" only before a full name', () => {
    expect(cleanByline('Par Jeanne Morel')).toBe('Jeanne Morel');
    expect(cleanByline('Da Silva')).toBe('Da Silva');
  });

  it('rejects author URLs and bios', () => {
    expect(cleanByline('https://example.org/staff/ada')).toBeUndefined();
    expect(cleanByline('x'.repeat(150))).toBeUndefined();
  });
});

describe('normalizeDate', () => {
  it('keeps ISO dates and times as given', () => {
    expect(normalizeDate('2019-11-20')).toBe('2019-11-20');
    expect(normalizeDate('2019-11-20T05:27:00-06:00')).toBe('2019-11-20T05:27:00-06:00');
    expect(normalizeDate('2019-11-20T05:27:00Z')).toBe('2019-11-20T05:27:00Z');
  });

  it('does not invent a zone for a local time', () => {
    expect(normalizeDate('2019-11-20 05:27:00')).toBe('2019-11-20T05:27:00');
  });

  it('reads compact, RFC 2822 and written dates', () => {
    expect(normalizeDate('20191120')).toBe('2019-11-20');
    expect(normalizeDate('Wed, 20 Nov 2019 11:27:00 GMT')).toBe('2019-11-20T11:27:00.000Z');
    expect(normalizeDate('November 20, 2019')).toBe('2019-11-20');
  });

  it('rejects text that is not a full date', () => {
    expect(normalizeDate('last Tuesday')).toBeUndefined();
    expect(normalizeDate('')).toBeUndefined();
  });
});

describe('dateFromText', () => {
  it('finds a date inside a stamp line', () => {
    expect(dateFromText('Updated 5:27 am CST, Wednesday, November 20, 2019')).toBe('2019-11-20');
    expect(dateFromText('PUBLISHED: 10:48, Tue, Nov 19, 2019')).toBe('2019-11-19');
  });
});

describe('readMetadata', () => {
  it('prefers og:title to the h1 and the document title', () => {
    const meta = metadataOf(
      '<html><head><title>Doc | Site</title><meta property="og:title" content="Open Graph title"></head><body><h1>Heading</h1></body></html>',
    );
    expect(meta.title).toBe('Open Graph title');
  });

  it('falls back to the first visible h1', () => {
    const meta = metadataOf(
      '<html><head><title>Doc</title></head><body><h1 hidden>Hidden</h1><h1>Visible heading</h1></body></html>',
    );
    expect(meta.title).toBe('Visible heading');
  });

  it('reads a byline from rel=author, then from a "By" line near the top', () => {
    expect(metadataOf('<body><p>Text <a rel="author" href="/a">Ada Brook</a></p></body>').byline).toBe(
      'Ada Brook',
    );
    expect(metadataOf('<body><p>Text</p></body>', ['By Lena Vogt and Paul Oyelaran', 'Body']).byline).toBe(
      'Lena Vogt and Paul Oyelaran',
    );
  });

  it('reads the publish date from meta, then <time datetime>, then a date line', () => {
    expect(
      metadataOf('<head><meta property="article:published_time" content="2020-01-02"></head><body></body>')
        .publishedAt,
    ).toBe('2020-01-02');
    expect(metadataOf('<body><time datetime="2020-01-03T08:00:00Z">3 Jan</time></body>').publishedAt).toBe(
      '2020-01-03T08:00:00Z',
    );
    expect(metadataOf('<body></body>', ['Posted on March 3, 2020 by Staff']).publishedAt).toBe('2020-03-03');
  });

  it('lists declared languages strongest first', () => {
    const meta = metadataOf(
      '<html lang="pt-BR"><head><meta property="og:locale" content="es_ES"></head><body></body></html>',
    );
    expect(meta.declaredLanguages[0]).toBe('pt-BR');
    expect(meta.declaredLanguages).toContain('es_ES');
  });
});

describe('findDateline', () => {
  it('finds upper-case place lines with or without an agency', () => {
    expect(findDateline('MADRID — Rafael won the match.')).toBe('MADRID');
    expect(findDateline('WASHINGTON, D.C. (Wire) — Lawmakers met.')).toBe('WASHINGTON, D.C. (Wire)');
  });

  it('finds a mixed-case place with an agency in brackets', () => {
    expect(findDateline('Hong Kong (Market Desk) A muddled view weighed on investors.')).toBe(
      'Hong Kong (Market Desk)',
    );
  });

  it('ignores ordinary first sentences', () => {
    expect(findDateline('The council met on Tuesday — and voted.')).toBeUndefined();
    expect(findDateline('Rep. Ada Brook (D-Ohio) said the bill would pass.')).toBeUndefined();
  });
});
