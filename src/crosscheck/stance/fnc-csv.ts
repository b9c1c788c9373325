// Reads stance inputs in the FNC-1 CSV layout (bodies: `Body ID,articleBody`; pairs: `Headline,Body ID[,Stance]`),
// reporting each bad row as a diagnostic so the rest of the file goes on.
import { z } from 'zod';
import { diagnostic, lazyPackage, type Diagnostic, type Result } from '../../core/index.ts';
import { STANCES, type Stance } from './types.ts';

/** Loaded on first use: only the stance command and its evaluation read CSV. */
const csv = lazyPackage<typeof import('csv-parse/sync')>('csv-parse/sync');

export interface StancePair {
  /** 1-based record number after the header, as a spreadsheet user would count rows. */
  readonly row: number;
  /** Line of the file where the record ends (records may span lines). */
  readonly line: number;
  readonly headline: string;
  readonly bodyId: string;
  /** Gold label, when the file has a valid `Stance` column. */
  readonly stance?: Stance;
}

const bodyRowSchema = z.object({ 'Body ID': z.string().trim().min(1), articleBody: z.string() });
const pairRowSchema = z.object({
  Headline: z.string().trim().min(1),
  'Body ID': z.string().trim().min(1),
  Stance: z.string().optional(),
});

interface CsvRecord {
  readonly record: Record<string, string>;
  readonly info: { readonly lines: number };
}

function parseCsv(text: string, source: string, code: string): Result<CsvRecord[] | undefined> {
  try {
    const records = csv().parse<CsvRecord>(text, {
      columns: true,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    });
    return { value: records, diagnostics: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      value: undefined,
      diagnostics: [diagnostic('fatal', code, `not readable as CSV: ${message}`, { source })],
    };
  }
}

function headerOf(text: string): string[] {
  try {
    const first: string[][] = csv().parse(text, { bom: true, to_line: 1 });
    return first[0] ?? [];
  } catch {
    return [];
  }
}

function missingColumns(text: string, required: readonly string[]): string[] {
  const header = new Set(headerOf(text).map((name) => name.trim()));
  return required.filter((name) => !header.has(name));
}

/** Bodies by Body ID. A repeated id keeps its first body and is reported. */
export function parseBodiesCsv(text: string, source: string): Result<Map<string, string>> {
  const bodies = new Map<string, string>();
  const missing = missingColumns(text, ['Body ID', 'articleBody']);
  if (missing.length > 0) {
    const message = `expected columns "Body ID,articleBody", missing ${missing.map((m) => `"${m}"`).join(', ')}`;
    return {
      value: bodies,
      diagnostics: [diagnostic('fatal', 'stance/missing-column', message, { source })],
    };
  }
  const parsed = parseCsv(text, source, 'stance/bad-csv');
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  parsed.value?.forEach(({ record, info }, index) => {
    const row = bodyRowSchema.safeParse(record);
    const where = { source: `${source}:${info.lines}` };
    if (!row.success) {
      const message = `body row ${index + 1} lacks a Body ID or articleBody`;
      diagnostics.push(diagnostic('warning', 'stance/bad-body-row', message, where));
      return;
    }
    const id = row.data['Body ID'].trim();
    if (bodies.has(id)) {
      const message = `body row ${index + 1} repeats Body ID ${id}; the first body is kept`;
      diagnostics.push(diagnostic('warning', 'stance/duplicate-body', message, where));
      return;
    }
    bodies.set(id, row.data.articleBody);
  });
  return { value: bodies, diagnostics };
}

/** Pairs in file order; rows without a headline or Body ID are reported and left out. Extra columns are ignored. */
export function parsePairsCsv(text: string, source: string): Result<StancePair[]> {
  const missing = missingColumns(text, ['Headline', 'Body ID']);
  if (missing.length > 0) {
    const message = `expected columns "Headline,Body ID", missing ${missing.map((m) => `"${m}"`).join(', ')}`;
    return { value: [], diagnostics: [diagnostic('fatal', 'stance/missing-column', message, { source })] };
  }
  const parsed = parseCsv(text, source, 'stance/bad-csv');
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const pairs: StancePair[] = [];
  parsed.value?.forEach(({ record, info }, index) => {
    const row = pairRowSchema.safeParse(record);
    const where = { source: `${source}:${info.lines}` };
    if (!row.success) {
      const message = `pair row ${index + 1} lacks a Headline or Body ID`;
      diagnostics.push(diagnostic('warning', 'stance/bad-pair-row', message, where));
      return;
    }
    const label = row.data.Stance?.trim().toLowerCase();
    const stance = STANCES.find((s) => s === label);
    pairs.push({
      row: index + 1,
      line: info.lines,
      headline: row.data.Headline,
      bodyId: row.data['Body ID'].trim(),
      ...(stance === undefined ? {} : { stance }),
    });
  });
  return { value: pairs, diagnostics };
}
