import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./train-ner.ts', import.meta.url));

/** Runs the training script with options that it must refuse before reading any data. */
function refuse(...args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('train:ner options', () => {
  it('names the corpora it knows when --corpora lists another', () => {
    const { status, stderr } = refuse('--corpora', 'uner-en-ewt,conll2003');
    expect(status).toBe(2);
    expect(stderr).toContain('expected --corpora to list some of uner-en-ewt, wikigold, wnut17');
    expect(stderr).toContain('found uner-en-ewt,conll2003');
  });

  it('refuses an empty --corpora list', () => {
    expect(refuse('--corpora', ',').status).toBe(2);
  });

  it('refuses a seed that is not an integer', () => {
    const { status, stderr } = refuse('--seed', 'seven');
    expect(status).toBe(2);
    expect(stderr).toContain('expected --seed to be an integer, found seven');
  });
});
