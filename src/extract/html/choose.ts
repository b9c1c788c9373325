// Chooses the article body among candidates on evidence, as trafilatura does: a JSON-LD articleBody unless it is a
// teaser, our block scoring unless it is implausibly short or mostly links, Readability as the second opinion.
import type { ExtractionMethod } from '../types.ts';
import { shingleOverlap } from './overlap.ts';
import {
  JSON_LD_MIN_CHARS,
  JSON_LD_MIN_OVERLAP,
  JSON_LD_MIN_SHARE,
  MIN_PROSE_CHARS,
  PLAUSIBLE_ARTICLE_CHARS,
  PLAUSIBLE_LINK_DENSITY,
  READABILITY_MIN_GAIN,
} from './thresholds.ts';

export interface Candidate {
  readonly method: ExtractionMethod;
  readonly paragraphs: readonly string[];
  /** Characters of text (paragraphs joined). */
  readonly chars: number;
  /** Share of the text inside links. */
  readonly linkDensity: number;
}

export function makeCandidate(
  method: ExtractionMethod,
  paragraphs: readonly string[],
  linkChars: number,
): Candidate {
  const chars = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  return { method, paragraphs, chars, linkDensity: chars === 0 ? 0 : Math.min(1, linkChars / chars) };
}

/** Long enough and not a link farm: evidence that the candidate is an article body. */
export function isPlausible(candidate: Candidate | undefined): boolean {
  return (
    candidate !== undefined &&
    candidate.chars >= PLAUSIBLE_ARTICLE_CHARS &&
    candidate.linkDensity <= PLAUSIBLE_LINK_DENSITY
  );
}

function proseChars(candidate: Candidate): number {
  return candidate.chars * (1 - candidate.linkDensity);
}

/** Some text outside links: a short brief still counts, a row of menu links does not. */
function hasProse(candidate: Candidate): boolean {
  return proseChars(candidate) >= MIN_PROSE_CHARS && candidate.linkDensity <= PLAUSIBLE_LINK_DENSITY;
}

/** A JSON-LD body ending in an ellipsis or much shorter than the page's own text is a teaser. */
export function isTeaser(jsonLd: Candidate, page: Candidate | undefined): boolean {
  const last = jsonLd.paragraphs[jsonLd.paragraphs.length - 1] ?? '';
  if (/(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/.test(last)) return true;
  return page !== undefined && isPlausible(page) && jsonLd.chars < page.chars * JSON_LD_MIN_SHARE;
}

export interface Choice {
  readonly winner: Candidate | undefined;
  /** Why the winner won, for the diagnostics. */
  readonly reason: string;
}

/**
 * One predicate per rule, strongest evidence first:
 * 1. a JSON-LD articleBody that is long, not a teaser and agrees with the page's text (it is the publisher's own
 *    statement of the body);
 * 2. our block scoring when plausible and not beaten clearly by Readability;
 * 3. Readability when it found clearly more prose;
 * 4. whatever non-empty text is left.
 */
export function chooseCandidate(
  blocks: Candidate,
  jsonLd: Candidate | undefined,
  readability: Candidate | undefined,
): Choice {
  if (jsonLd !== undefined && jsonLd.chars >= JSON_LD_MIN_CHARS && !isTeaser(jsonLd, blocks)) {
    const agrees =
      !isPlausible(blocks) || shingleOverlap(jsonLd.paragraphs, blocks.paragraphs) >= JSON_LD_MIN_OVERLAP;
    if (agrees) return { winner: jsonLd, reason: 'JSON-LD articleBody is complete and matches the page' };
  }
  const readabilityGain =
    readability !== undefined && isPlausible(readability) ? readability.chars / Math.max(1, blocks.chars) : 0;
  if (isPlausible(blocks) && readabilityGain < READABILITY_MIN_GAIN) {
    return { winner: blocks, reason: 'block scoring found a plausible article' };
  }
  if (readability !== undefined && isPlausible(readability)) {
    return { winner: readability, reason: 'Readability found more article text than block scoring' };
  }
  const fallback = [blocks, jsonLd, readability]
    .filter((candidate): candidate is Candidate => candidate !== undefined && hasProse(candidate))
    .sort((a, b) => proseChars(b) - proseChars(a))[0];
  return { winner: fallback, reason: 'no candidate is plausible; the longest prose was kept' };
}
