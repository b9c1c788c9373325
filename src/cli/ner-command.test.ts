import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.ts';
import { nerCommand } from './ner-command.ts';

const fixtures = fileURLToPath(new URL('../../test/fixtures/annotate/', import.meta.url));
const conllInput = join(fixtures, 'ner-conll-two-documents', 'input.conll');

async function run(args: readonly string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = '';
  let stderr = '';
  let code = -1;
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    interactive: false,
    env: {},
  };
  const program = new Command('corroborate').exitOverride();
  program.addCommand(nerCommand(io, (exit) => (code = exit)));
  await program.parseAsync(['node', 'corroborate', 'ner', ...args]);
  return { stdout, stderr, code };
}

/** Sentence blocks of `token\ttag` output, as arrays of [token, tag]. */
function blocks(output: string): string[][][] {
  return output
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => block.split('\n').map((line) => line.split('\t')));
}

describe('corroborate ner --conll', () => {
  it('prints token<TAB>tag with the input sentence breaks and -DOCSTART- passed through as O', async () => {
    const { stdout, code } = await run(['--conll', conllInput]);
    expect(code).toBe(0);
    const printed = blocks(stdout);
    const input = blocks(readFileSync(conllInput, 'utf8')).map((block) =>
      block.map((line) => line[0]?.split(' ')[0]),
    );
    expect(printed.map((block) => block.map((line) => line[0]))).toEqual(input);
    expect(printed[0]).toEqual([['-DOCSTART-', 'O']]);
    const allowed = /^(O|[BI]-(PER|ORG|LOC|MISC))$/;
    for (const block of printed) for (const line of block) expect(line[1]).toMatch(allowed);
  });

  it('tags the names in the sample and reads the headline by its words', async () => {
    const printed = blocks((await run(['--conll', conllInput])).stdout);
    const tagOf = (token: string): string[] =>
      printed
        .flat()
        .filter((line) => line[0] === token)
        .map((line) => line[1] ?? '');
    expect(tagOf('Marta')).toEqual(['B-PER']);
    expect(tagOf('Ilves')).toEqual(['I-PER']);
    expect(tagOf('Brussels')).toEqual(['B-LOC']);
    expect(tagOf('STRIKE')).toEqual(['O']);
  });

  it('reads gzip input the same as plain input', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ner-cli-'));
    const gzipped = join(directory, 'input.conll.gz');
    writeFileSync(gzipped, gzipSync(readFileSync(conllInput)));
    const plain = await run(['--conll', conllInput]);
    expect((await run(['--conll', gzipped])).stdout).toBe(plain.stdout);
  });

  it('names an unreadable file on stderr and exits 1', async () => {
    const { stderr, code } = await run(['--conll', join(fixtures, 'no-such-file.conll')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^ner\/unreadable: /);
  });
});

describe('corroborate ner FILE', () => {
  it('prints one JSON line of typed mentions per text file', async () => {
    const { stdout, code } = await run([join(fixtures, 'ner-mentions-port-strike', 'input.txt')]);
    expect(code).toBe(0);
    const line = JSON.parse(stdout) as { mentions: { type: string; text: string }[] };
    expect(line.mentions.some((mention) => mention.type === 'person' && mention.text === 'Marta Ilves')).toBe(
      true,
    );
  });
});
