import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../core/index.ts';
import { ingest, type IngestEvent, type IngestInput, type IngestOptions, type RawDocument } from './index.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/ingest');
const FIXED_NOW = new Date('2025-04-20T12:00:00.000Z');

async function collect(inputs: readonly IngestInput[], options: IngestOptions = {}): Promise<IngestEvent[]> {
  const events: IngestEvent[] = [];
  for await (const event of ingest(inputs, { now: () => FIXED_NOW, ...options })) events.push(event);
  return events;
}

function documents(events: readonly IngestEvent[]): RawDocument[] {
  return events.flatMap((event) => (event.kind === 'document' ? [event.document] : []));
}

function diagnostics(events: readonly IngestEvent[]): Diagnostic[] {
  return events.flatMap((event) => (event.kind === 'diagnostic' ? [event.diagnostic] : []));
}

function text(document: RawDocument): string {
  return Buffer.from(document.bytes).toString('utf8');
}

function fetchThatMustNotRun(): typeof globalThis.fetch {
  return () => Promise.reject(new Error('this test must not touch the network'));
}

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('directories', () => {
  it('walks nested folders in sorted path order, skipping hidden entries, node_modules and foreign extensions', async () => {
    const root = join(scratch, 'walk');
    cpSync(join(FIXTURES, 'mixed-directory'), root, { recursive: true });
    mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'pkg', 'readme.html'), '<p>dependency docs</p>');
    mkdirSync(join(root, '.cache'));
    writeFileSync(join(root, '.cache', 'page.html'), '<p>cached copy</p>');
    writeFileSync(join(root, '.draft.html'), '<p>unpublished draft</p>');

    const events = await collect([root], { fetch: fetchThatMustNotRun() });
    const sources = documents(events).map((document) => relative(root, document.source));

    expect(sources).toEqual([
      'a-harbour-report.html',
      'b-council-notes.txt',
      'c-weather-summary.md',
      'g-ferry-wire',
      'nested/d-school-opening.htm',
      'nested/deeper/e-briefs.jsonl:1',
      'nested/deeper/e-briefs.jsonl:2',
      'nested/f-bridge.json',
    ]);
    expect(diagnostics(events).map((d) => [d.severity, d.code, relative(root, d.source ?? '')])).toEqual([
      ['info', 'ingest/unsupported-type', 'nested/site.css'],
    ]);
  });

  it('gives each file the format and content type its extension or content implies', async () => {
    const events = await collect([join(FIXTURES, 'mixed-directory')]);
    const byName = new Map(documents(events).map((d) => [d.source.split('/').pop(), d]));

    expect(byName.get('a-harbour-report.html')).toMatchObject({ format: 'html', contentType: 'text/html' });
    expect(byName.get('b-council-notes.txt')).toMatchObject({ format: 'text', contentType: 'text/plain' });
    expect(byName.get('c-weather-summary.md')).toMatchObject({
      format: 'text',
      contentType: 'text/markdown',
    });
    expect(byName.get('g-ferry-wire')).toMatchObject({ format: 'text', contentType: 'text/plain' });
    expect(byName.get('d-school-opening.htm')).toMatchObject({ format: 'html' });
    expect(byName.get('f-bridge.json')).toMatchObject({
      format: 'text',
      metadata: { title: 'Bridge repairs finished', publishedAt: '2025-03-02', byline: 'R. Okafor' },
    });
    expect(byName.get('e-briefs.jsonl:2')).toMatchObject({
      format: 'html',
      url: 'https://gazette.example/market',
      metadata: { title: 'Market moves' },
    });
    for (const document of byName.values()) expect(document.fetchedAt).toBe(FIXED_NOW.toISOString());
  });

  it('reports a directory with nothing readable in it', async () => {
    const root = join(scratch, 'only-images');
    mkdirSync(root);
    writeFileSync(join(root, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    const codes = diagnostics(await collect([root])).map((d) => d.code);
    expect(codes).toEqual(['ingest/unsupported-type', 'ingest/empty']);
  });
});

describe('gzip', () => {
  it('inflates a .html.gz file and reads it as the HTML inside', async () => {
    const path = join(scratch, 'story.html.gz');
    writeFileSync(path, gzipSync('<html><body><p>Gzipped page about the ferry strike.</p></body></html>'));
    const [document] = documents(await collect([path]));
    expect(document).toMatchObject({ source: path, format: 'html', contentType: 'text/html' });
    expect(text(document as RawDocument)).toContain('ferry strike');
  });

  it('recognises gzip by its magic bytes when the name does not say so', async () => {
    const path = join(scratch, 'mislabelled.txt');
    writeFileSync(path, gzipSync('Plain text that was compressed without a .gz suffix.'));
    const [document] = documents(await collect([path]));
    expect(document).toMatchObject({ format: 'text' });
    expect(text(document as RawDocument)).toBe('Plain text that was compressed without a .gz suffix.');
  });

  it('sniffs the inflated content of a bare .gz file', async () => {
    const path = join(scratch, 'bare.gz');
    writeFileSync(path, gzipSync('<!doctype html><html><body><p>Sniffed.</p></body></html>'));
    expect(documents(await collect([path]))[0]).toMatchObject({ format: 'html' });
  });

  it('refuses to inflate past the size limit', async () => {
    const path = join(scratch, 'bomb.html.gz');
    writeFileSync(path, gzipSync(Buffer.alloc(5 * 1024 * 1024, 0x20)));
    const events = await collect([path], { maxBytes: 1024 * 1024 });
    expect(documents(events)).toEqual([]);
    expect(diagnostics(events).map((d) => d.code)).toEqual(['ingest/too-large']);
  });

  it('reports a corrupt gzip file', async () => {
    const path = join(scratch, 'corrupt.html.gz');
    writeFileSync(path, gzipSync('<p>some page</p>').subarray(0, 12));
    expect(diagnostics(await collect([path])).map((d) => d.code)).toEqual(['ingest/bad-gzip']);
  });

  it('streams a gzipped JSON-lines file line by line', async () => {
    const path = join(scratch, 'wire.jsonl.gz');
    const lines = [
      JSON.stringify({ text: 'First wire item.' }),
      '',
      JSON.stringify({ html: '<p>Second wire item.</p>' }),
    ];
    writeFileSync(path, gzipSync(lines.join('\n')));
    const found = documents(await collect([path]));
    expect(found.map((d) => [d.source, d.format])).toEqual([
      [`${path}:1`, 'text'],
      [`${path}:3`, 'html'],
    ]);
  });
});

describe('JSON lines', () => {
  it('reads the good lines around a bad one and names each bad line with its reason', async () => {
    const path = join(FIXTURES, 'jsonl-bad-line', 'articles.jsonl');
    const events = await collect([path]);
    expect(events.map((e) => (e.kind === 'document' ? e.document.source : e.diagnostic.source))).toEqual([
      `${path}:1`,
      `${path}:3`,
      `${path}:4`,
      `${path}:5`,
    ]);
    const problems = diagnostics(events);
    expect(problems.map((d) => d.code)).toEqual(['ingest/bad-json-line', 'ingest/bad-json-line']);
    expect(problems[0]?.message).toMatch(/^line 3: /);
    expect(problems[1]?.message).toMatch(/^line 4: .*"text" or "html"/);
    expect(documents(events)[1]).toMatchObject({ metadata: { title: 'Cider festival', byline: 'D. Eze' } });
  });

  it('reports a line longer than the item limit without holding it', async () => {
    const path = join(scratch, 'long-line.jsonl');
    const long = JSON.stringify({ text: 'x'.repeat(5000) });
    writeFileSync(
      path,
      `${JSON.stringify({ text: 'short' })}\n${long}\n${JSON.stringify({ text: 'after' })}\n`,
    );
    const events = await collect([path], { maxBytes: 1000 });
    expect(documents(events).map((d) => text(d))).toEqual(['short', 'after']);
    expect(diagnostics(events).map((d) => [d.code, d.source])).toEqual([
      ['ingest/bad-json-line', `${path}:2`],
    ]);
  });

  it('reads a .json file that actually holds one object per line as JSON lines', async () => {
    const path = join(scratch, 'mislabelled.json');
    writeFileSync(path, `${JSON.stringify({ text: 'one' })}\n${JSON.stringify({ text: 'two' })}\n`);
    const events = await collect([path]);
    expect(documents(events).map((d) => d.source)).toEqual([`${path}:1`, `${path}:2`]);
  });

  it('numbers the articles of a JSON array and reports the bad ones', async () => {
    const path = join(scratch, 'array.json');
    writeFileSync(path, JSON.stringify([{ text: 'first' }, { title: 'no body' }, { html: '<p>third</p>' }]));
    const events = await collect([path]);
    expect(documents(events).map((d) => d.source)).toEqual([`${path}#1`, `${path}#3`]);
    expect(diagnostics(events).map((d) => [d.code, d.source])).toEqual([['ingest/bad-json', `${path}#2`]]);
  });
});

describe('feeds', () => {
  it('yields each RSS item with full content as a document carrying the feed metadata', async () => {
    const path = join(FIXTURES, 'rss-full-content', 'feed.xml');
    const events = await collect([path], { fetch: fetchThatMustNotRun() });
    expect(diagnostics(events)).toEqual([]);
    const [first, second] = documents(events);
    expect(first).toMatchObject({
      source: `${path}#1`,
      url: 'https://courier.example/2025/04/reservoir-record',
      format: 'html',
      metadata: {
        title: 'Reservoir reaches record level after wet spring',
        publishedAt: '2025-04-15T08:30:00.000Z',
        byline: 'Mira Castellanos',
        publisher: 'Valley Courier',
      },
    });
    expect(text(first as RawDocument)).toContain('104 percent of its rated capacity');
    expect(second?.metadata?.byline).toBe('Jonas Varga');
  });

  it('reads an Atom feed with html and xhtml content', async () => {
    const path = join(FIXTURES, 'atom-feed', 'feed.atom');
    const events = await collect([path], { fetch: fetchThatMustNotRun() });
    const [first, second] = documents(events);
    expect(first?.metadata).toEqual({
      title: 'Glacier retreat & the upland lakes',
      publishedAt: '2025-04-17T06:00:00.000Z',
      byline: 'Tomasz Wierzbicki',
      publisher: 'Upland Observer',
    });
    expect(text(first as RawDocument)).toMatch(/^<p>The Skarn glacier lost/);
    expect(second).toMatchObject({ url: 'https://observer.example/2025/04/hut-wardens', format: 'html' });
    expect(text(second as RawDocument)).toContain('<p>Wardens returned to the four mountain huts');
  });

  it('reads a JSON Feed and reports its malformed item without stopping', async () => {
    const path = join(FIXTURES, 'json-feed', 'feed.json');
    const events = await collect([path], { fetch: fetchThatMustNotRun() });
    expect(events.map((e) => (e.kind === 'document' ? e.document.source : e.diagnostic.code))).toEqual([
      `${path}#1`,
      `${path}#2`,
      'ingest/bad-feed-item',
    ]);
    const [first, second] = documents(events);
    expect(first).toMatchObject({
      format: 'text',
      metadata: { byline: 'Priya Raman', publisher: 'Plains Ledger' },
    });
    expect(second).toMatchObject({ format: 'html', metadata: { byline: 'Sam Whitlock' } });
  });

  it('reports a truncated feed as bad-feed', async () => {
    const path = join(FIXTURES, 'broken-feed', 'feed.xml');
    const events = await collect([path]);
    expect(documents(events)).toEqual([]);
    expect(diagnostics(events).map((d) => [d.severity, d.code, d.source])).toEqual([
      ['fatal', 'ingest/bad-feed', path],
    ]);
  });

  it('reads a feed whose only fault is an unescaped ampersand, with a warning', async () => {
    const path = join(scratch, 'ampersand.rss');
    const body = '<p>' + 'Long enough full content for the item. '.repeat(20) + '</p>';
    writeFileSync(
      path,
      `<rss version="2.0"><channel><title>Fish & Chips Weekly</title><item><title>A</title>` +
        `<description><![CDATA[${body}]]></description></item></channel></rss>`,
    );
    const events = await collect([path]);
    expect(diagnostics(events).map((d) => d.code)).toEqual([
      'ingest/repaired-feed',
      'ingest/feed-summary-only',
    ]);
    expect(documents(events)[0]?.metadata?.publisher).toBe('Fish & Chips Weekly');
  });

  it('decodes a feed in the encoding its XML declaration names', async () => {
    const path = join(scratch, 'latin1.rss');
    const feed =
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Le Réveil</title>' +
      '<item><title>Café &amp;amp; société</title><link>https://reveil.example/1</link>' +
      `<description>${'Un résumé très long. '.repeat(30)}</description></item></channel></rss>`;
    writeFileSync(path, Buffer.from(feed, 'latin1'));
    const events = await collect([path], {
      fetch: () => Promise.resolve(new Response('<p>Article complet.</p>')),
      allowPrivate: true,
    });
    expect(diagnostics(events)).toEqual([]);
    expect(documents(events)[0]?.metadata).toMatchObject({ publisher: 'Le Réveil', title: 'Café & société' });
  });

  it('reports XML that is not a feed', async () => {
    const path = join(scratch, 'sitemap.xml');
    writeFileSync(path, '<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>');
    const [problem] = diagnostics(await collect([path]));
    expect(problem).toMatchObject({ code: 'ingest/bad-feed', source: path });
    expect(problem?.message).toContain('<urlset>');
  });
});

describe('bad inputs', () => {
  it('reports a missing path, an empty file and an unsupported scheme, and carries on', async () => {
    const empty = join(scratch, 'empty.html');
    writeFileSync(empty, '');
    const good = join(FIXTURES, 'mixed-directory', 'b-council-notes.txt');
    const events = await collect([join(scratch, 'missing.html'), empty, 'ftp://files.example/a.txt', good]);
    expect(diagnostics(events).map((d) => d.code)).toEqual([
      'ingest/not-found',
      'ingest/empty',
      'ingest/bad-url',
    ]);
    expect(documents(events).map((d) => d.source)).toEqual([good]);
  });

  it('sniffs a file with an unknown extension and refuses binary content', async () => {
    const page = join(scratch, 'page.download');
    writeFileSync(page, '<!DOCTYPE html><html><body><p>saved page</p></body></html>');
    const pdf = join(scratch, 'report.bin');
    writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3])]));
    const events = await collect([page, pdf]);
    expect(documents(events).map((d) => [d.source, d.format])).toEqual([[page, 'html']]);
    expect(diagnostics(events).map((d) => [d.code, d.source])).toEqual([['ingest/unsupported-type', pdf]]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = join(scratch, 'huge.txt');
    writeFileSync(path, 'a'.repeat(2048));
    expect(diagnostics(await collect([path], { maxBytes: 1024 })).map((d) => d.code)).toEqual([
      'ingest/too-large',
    ]);
  });

  it('accepts file:// URLs as paths', async () => {
    const path = join(FIXTURES, 'mixed-directory', 'b-council-notes.txt');
    expect(documents(await collect([`file://${path}`]))).toHaveLength(1);
  });

  it('rejects a nonsensical limit as a configuration error', async () => {
    await expect(collect(['x'], { timeoutMs: 0 })).rejects.toThrow(/timeoutMs/);
  });
});

describe('content handed over in memory', () => {
  const encode = (value: string): Uint8Array => new TextEncoder().encode(value);

  it('reads an upload like a file of its name, with an upload: source, in input order', async () => {
    const page = '<html><head><title>Pier</title></head><body><p>The pier reopened.</p></body></html>';
    const feed = [
      JSON.stringify({ title: 'One', text: 'First item of the upload, long enough to keep.' }),
      JSON.stringify({ title: 'Two', text: 'Second item of the upload, long enough to keep.' }),
    ].join('\n');
    const events = await collect([
      { name: 'pier.html', content: encode(page) },
      { name: 'items.jsonl', content: encode(feed) },
      { name: 'empty.txt', content: new Uint8Array() },
    ]);
    const docs = documents(events);
    expect(docs.map((d) => [d.source, d.format])).toEqual([
      ['upload:pier.html', 'html'],
      ['upload:items.jsonl:1', 'text'],
      ['upload:items.jsonl:2', 'text'],
    ]);
    expect(text(docs[0] as RawDocument)).toBe(page);
    expect(diagnostics(events).map((d) => [d.code, d.source])).toEqual([
      ['ingest/empty', 'upload:empty.txt'],
    ]);
  });

  it('refuses an upload over the size limit, naming it', async () => {
    const events = await collect([{ name: 'big.txt', content: encode('x'.repeat(200)) }], { maxBytes: 100 });
    expect(documents(events)).toEqual([]);
    expect(diagnostics(events)).toMatchObject([
      { severity: 'fatal', code: 'ingest/too-large', source: 'upload:big.txt' },
    ]);
  });
});
