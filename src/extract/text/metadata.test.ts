import { describe, expect, it } from 'vitest';
import {
  isPersonName,
  parseBareByline,
  parseByline,
  parseCopyrightHolder,
  parseDateLine,
  parseDateline,
  parseSlug,
} from './metadata.ts';

describe('parseByline', () => {
  it('reads labelled bylines and returns the names', () => {
    expect(parseByline('By Jane Doe')).toBe('Jane Doe');
    expect(parseByline('By MARTA KOWALCZYK and DANIEL OSEI')).toBe('MARTA KOWALCZYK and DANIEL OSEI');
    expect(parseByline('By Tomás Ruiz, Senior Correspondent')).toBe('Tomás Ruiz');
    expect(parseByline('Author: J. Mansour')).toBe('J. Mansour');
    expect(parseByline('By Jane Doe | Updated 3 hours ago')).toBe('Jane Doe');
    expect(parseByline('(Reporting by Tomás Ruiz; Editing by Jane Hill)')).toBe('Tomás Ruiz');
    expect(parseByline('Par Claire Dubois')).toBe('Claire Dubois');
  });

  it('does not read sentences or headings that open with "By" as bylines', () => {
    expect(parseByline('By Thursday, officials had agreed.')).toBeUndefined();
    expect(parseByline('By the time the talks ended, both sides had left.')).toBeUndefined();
    expect(parseByline('By Land and Sea')).toBeUndefined();
    expect(parseByline('Jane Doe')).toBeUndefined();
  });

  it('reads an unlabelled byline only when it is a person name, optionally with a place', () => {
    expect(parseBareByline('Anna Berg in Geneva')).toBe('Anna Berg');
    expect(parseBareByline('Anna Berg and Jon Lie')).toBe('Anna Berg and Jon Lie');
    expect(parseBareByline('Why the Glacier Matters')).toBeUndefined();
    expect(parseBareByline('Ceasefire Efforts Face Resistance from Moscow')).toBeUndefined();
  });

  it('tells person names by shape', () => {
    expect(isPersonName('J. Mansour')).toBe(true);
    expect(isPersonName('Jean-Noël de la Tour')).toBe(true);
    expect(isPersonName('Newslooks')).toBe(false);
    expect(isPersonName('talks resume')).toBe(false);
  });
});

describe('parseDateline', () => {
  it('reads a dateline glued to the first word and says where the body resumes', () => {
    const paragraph = 'PARIS (AP)Top officials gathered in Paris on Thursday.';
    expect(parseDateline(paragraph)).toEqual({ dateline: 'PARIS (AP)', bodyStart: 10, glued: true });
  });

  it('reads datelines with separators, qualifiers and title-case places', () => {
    expect(parseDateline('Washington (AP) – In the latest diplomatic effort, envoys met.')).toMatchObject({
      dateline: 'Washington (AP)',
      glued: false,
    });
    expect(parseDateline('KYIV, Ukraine (NWS) — Air raid sirens sounded overnight.')?.dateline).toBe(
      'KYIV, Ukraine (NWS)',
    );
    expect(parseDateline('WASHINGTON — The Senate voted late on Tuesday.')?.dateline).toBe('WASHINGTON');
    const withDash = parseDateline('GENEVA (NWS) -- Negotiators met on Thursday.');
    expect(withDash?.dateline).toBe('GENEVA (NWS)');
    expect('GENEVA (NWS) -- Negotiators met on Thursday.'.slice(withDash?.bodyStart)).toBe(
      'Negotiators met on Thursday.',
    );
  });

  it('does not read parenthesised asides or acronyms as datelines', () => {
    expect(parseDateline('EU (European Union) officials met on Monday.')).toBeUndefined();
    expect(parseDateline('Zelensky (Ukraine) said the talks would continue.')).toBeUndefined();
    expect(parseDateline('Macron (left) greets the delegates.')).toBeUndefined();
    expect(parseDateline('The talks in Paris ended on Thursday.')).toBeUndefined();
  });
});

describe('parseDateLine', () => {
  it('reads date stamp lines with a stated year', () => {
    expect(parseDateLine('Published 3 March 2024')).toBe('2024-03-03');
    expect(parseDateLine('April 18, 2025 | 5 min read')).toBe('2025-04-18');
    expect(parseDateLine('Published April 17, 2025 3:45 PM EDT')).toBe('2025-04-17T19:45:00.000Z');
    expect(parseDateLine('Publié le 17 avril 2025 à 14h05')).toBe('2025-04-17');
    expect(parseDateLine('2025年4月17日')).toBe('2025-04-17');
  });

  it('still reads other languages written in plain ASCII letters', () => {
    expect(parseDateLine('17 mei 2025')).toBe('2025-05-17');
    expect(parseDateLine('17 de abril de 2025')).toBe('2025-04-17');
    expect(parseDateLine('17. Oktober 2025')).toBe('2025-10-17');
    expect(parseDateLine('Pubblicato il 3 maggio 2024')).toBe('2024-05-03');
  });

  it('does not read dates without a year or sentences holding a date', () => {
    expect(parseDateLine('Thursday, April 17')).toBeUndefined();
    expect(
      parseDateLine('On Thursday, April 17, 2025, envoys met European leaders in Paris.'),
    ).toBeUndefined();
    expect(parseDateLine('Talks resume')).toBeUndefined();
  });
});

describe('parseSlug', () => {
  it('splits a slug line into headline, publisher, place, author, edition and body', () => {
    const slug = parseSlug(
      'Harbour Talks Resume After Storm Delay/ Coastline Daily/ OSLO/ K. Berg/ Evening Edition/ Negotiators returned to the table on Monday.',
    );
    expect(slug).toEqual({
      prefix: 'Harbour Talks Resume After Storm Delay/ Coastline Daily/ OSLO/ K. Berg/ Evening Edition/',
      body: 'Negotiators returned to the table on Monday.',
      headline: 'Harbour Talks Resume After Storm Delay',
      publisher: 'Coastline Daily',
      place: 'OSLO',
      byline: 'K. Berg',
      edition: 'Evening Edition',
    });
  });

  it('does not read ordinary slashes in prose as a slug', () => {
    expect(
      parseSlug('Officials said the and/ or clause was the sticking point in the talks.'),
    ).toBeUndefined();
    expect(
      parseSlug('Prices rose 5%/ year in 2023/ 2024, the report said/ officials added.'),
    ).toBeUndefined();
  });
});

describe('parseCopyrightHolder', () => {
  it('reads the holder of a copyright notice', () => {
    expect(parseCopyrightHolder('© 2024 Harbour Gazette. All rights reserved.')).toBe('Harbour Gazette');
    expect(parseCopyrightHolder('© The Harbour Gazette 2024')).toBe('The Harbour Gazette');
    expect(parseCopyrightHolder('Copyright © Harbour Gazette, 2019-2024. All rights reserved.')).toBe(
      'Harbour Gazette',
    );
    expect(parseCopyrightHolder('Copyright 2024 Northern Wire Service. All rights reserved.')).toBe(
      'Northern Wire Service',
    );
    expect(parseCopyrightHolder('© All rights reserved.')).toBeUndefined();
  });
});
