import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { findEntityMentions, startMentionWorker } from '../src/annotate/ner/index.ts';
import { main } from '../src/cli/main.ts';
import type { CliIo } from '../src/cli/io.ts';
import { prepareBundle, ROOT } from './bundle.js';

const run = promisify(execFile);
// Inside the checkout, so that bundles made here resolve packages from its node_modules as the real one does.
mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'corroborate-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A two-file project whose CLI entry reads a data file beside its own source. */
function makeProject(name: string, greeting: string): string {
  const root = join(scratch, name);
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  writeFileSync(join(root, 'greeting.txt'), greeting);
  writeFileSync(
    join(root, 'src', 'cli', 'words.ts'),
    `import { readFileSync } from 'node:fs';\n` +
      `export const words = (): string => readFileSync(new URL('../../greeting.txt', import.meta.url), 'utf8');\n`,
  );
  writeFileSync(
    join(root, 'src', 'cli', 'main.ts'),
    `import { words } from './words.ts';\nexport async function main(): Promise<string> { return words(); }\n`,
  );
  return root;
}

async function runBundle(path: string): Promise<unknown> {
  const module = (await import(pathToFileURL(path).href)) as { main: () => Promise<unknown> };
  return module.main();
}

describe('the CLI bundle', () => {
  it('keeps each source file’s own location for the files it reads', async () => {
    const root = makeProject('located', 'hello');
    const bundle = await prepareBundle(root, join(root, 'cache'));
    expect(bundle.nerWorker).toBeUndefined();
    expect(await runBundle(bundle.cli)).toBe('hello');
  });

  it('reuses a bundle while the sources are unchanged and replaces it when one changes', async () => {
    const root = makeProject('rebuilt', 'hello');
    const cache = join(root, 'cache');
    const first = (await prepareBundle(root, cache)).cli;
    const written = statSync(first).mtimeMs;
    expect((await prepareBundle(root, cache)).cli).toBe(first);
    expect(statSync(first).mtimeMs).toBe(written);

    const source = join(root, 'src', 'cli', 'main.ts');
    writeFileSync(source, `export async function main(): Promise<string> { return 'changed'; }\n`);
    utimesSync(source, new Date(), new Date(Date.now() + 5_000));
    const second = (await prepareBundle(root, cache)).cli;
    expect(second).not.toBe(first);
    expect(await runBundle(second)).toBe('changed');
    expect(readdirSync(cache)).toEqual([second.slice(cache.length + 1)]);
  });

  it('keeps the bundles of two checkouts that share a cache', async () => {
    const cache = join(scratch, 'shared-cache');
    const first = await prepareBundle(makeProject('first', 'one'), cache);
    const second = await prepareBundle(makeProject('second', 'two'), cache);
    expect(await runBundle(first.cli)).toBe('one');
    expect(await runBundle(second.cli)).toBe('two');
  });

  it('prints what the sources print for the bundled example, byte for byte', async () => {
    const example = join(ROOT, 'examples', 'harbour-fire');
    const bundled = await run(
      process.execPath,
      [join(ROOT, 'bin', 'corroborate.js'), 'analyze', example, '--format', 'json'],
      { env: { ...process.env, CORROBORATE_CACHE_DIR: join(scratch, 'real') }, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(readdirSync(join(scratch, 'real')).sort()).toEqual([
      expect.stringMatching(/^cli-[0-9a-f]{8}-[0-9a-f]{16}\.mjs$/),
      expect.stringMatching(/^ner-worker-[0-9a-f]{8}-[0-9a-f]{16}\.mjs$/),
      // Data derived from installed packages shares the directory (src/core/derived-cache.ts).
      expect.stringMatching(/^wordnet-\d+-[\d-]+\.txt$/),
    ]);

    let out = '';
    const io: CliIo = { stdout: (text) => (out += text), stderr: () => {}, interactive: false, env: {} };
    expect(await main(['node', 'corroborate', 'analyze', example, '--format', 'json'], io)).toBe(0);
    expect(bundled.stdout).toBe(out);
  }, 60_000);

  it('has a NER worker that finds the mentions the sources find', async () => {
    const { nerWorker } = await prepareBundle(ROOT, join(scratch, 'worker'));
    expect(nerWorker).toBeDefined();
    const texts = [
      'Mayor Ana Ruiz of Corvain met officials from the Coastal Safety Inspectorate on Tuesday.',
      'EU leaders gathered in Brussels; Chancellor Olaf Scholz spoke first.',
      '',
    ];
    const worker = startMentionWorker(nerWorker ?? '');
    texts.forEach((text, index) => worker.submit(String(index), text));
    const found = await worker.finish();
    texts.forEach((text, index) => {
      expect(found.get(String(index))).toEqual({ text, result: findEntityMentions(text) });
    });
  }, 60_000);
});
