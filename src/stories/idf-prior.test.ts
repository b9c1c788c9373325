import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../core/index.ts';
import { countDocumentFrequencies, idfPriorFile, loadIdfPrior, readIdfPrior } from './idf-prior.ts';
import { CLUSTER_DEFAULTS } from './thresholds.ts';

describe('idf prior', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('counts each document once per lemma, reading title, body and slug as the clusterer does', () => {
    const prior = countDocumentFrequencies(
      [
        { id: '1', title: 'Dockers strike', text: 'Dockers went on strike. The strike closed the port.' },
        { id: '2', title: 'Port reopens after strike' },
        { id: '3', title: 'Harvest news', url: 'https://example.org/2024/05/harvest-delayed-by-rain' },
        { id: '4', title: '!!!' },
      ],
      CLUSTER_DEFAULTS,
    );
    expect(prior.documentCount).toBe(3);
    expect(prior.documentFrequency.get('strike')).toBe(2);
    expect(prior.documentFrequency.get('docker')).toBe(1);
    expect(prior.documentFrequency.get('port')).toBe(2);
    expect(prior.documentFrequency.get('rain')).toBe(1);
  });

  it('round-trips through its gzipped file form, keeping only terms seen in enough documents', () => {
    dir = mkdtempSync(join(tmpdir(), 'idf-prior-'));
    const path = join(dir, 'prior.json.gz');
    const counted = {
      documentCount: 10,
      documentFrequency: new Map([
        ['port', 4],
        ['quay', 1],
        ['ship', 2],
      ]),
    };
    writeFileSync(path, gzipSync(JSON.stringify(idfPriorFile(counted, 'test counts', 2))));
    const read = readIdfPrior(path);
    expect(read.documentCount).toBe(10);
    expect([...read.documentFrequency]).toEqual([
      ['port', 4],
      ['ship', 2],
    ]);
  });

  it('throws a configuration error that names the build script for a missing or malformed file', () => {
    dir = mkdtempSync(join(tmpdir(), 'idf-prior-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ format: 'something-else' }));
    expect(() => readIdfPrior(join(dir ?? '', 'absent.json.gz'))).toThrow(ConfigurationError);
    expect(() => readIdfPrior(broken)).toThrow(/scripts\/build-idf\.ts/);
    const badCount = join(dir, 'bad-count.json');
    const header = { format: 'corroborate-idf/1', source: 'x', documentCount: 3, minDocumentFrequency: 1 };
    writeFileSync(badCount, JSON.stringify({ ...header, terms: { port: 2, ship: 0.5 } }));
    expect(() => readIdfPrior(badCount)).toThrow(/scripts\/build-idf\.ts/);
    writeFileSync(badCount, JSON.stringify({ ...header, terms: ['port'] }));
    expect(() => readIdfPrior(badCount)).toThrow(/scripts\/build-idf\.ts/);
  });

  it('ships a prior of thousands of documents in which everyday news words are common', () => {
    const prior = loadIdfPrior();
    expect(prior.documentCount).toBeGreaterThan(5000);
    const share = (term: string): number => (prior.documentFrequency.get(term) ?? 0) / prior.documentCount;
    expect(share('report')).toBeGreaterThan(0.02);
    expect(share('report')).toBeGreaterThan(share('firefighter'));
    expect(loadIdfPrior()).toBe(prior);
  });
});
