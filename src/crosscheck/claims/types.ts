// What the cross-check stage says about one story's claims: each claim with the sentences behind it, grouped
// across outlets and judged corroborated, single-source or contested.
import type { Quantity } from '../../annotate/quantities/index.ts';
import type { Quote } from '../../annotate/quotes/index.ts';
import type { TextRange } from '../../core/index.ts';
import type { StoryEntity } from '../entities/index.ts';

export interface ClaimArticle {
  readonly id: string;
  readonly text: string;
  /** Photo captions: what an entity span with `caption` points into. */
  readonly captions?: readonly string[];
  readonly title?: string;
  readonly publisher?: string;
  /** `YYYY-MM-DD` or ISO time. */
  readonly publishedAt?: string;
  readonly paragraphs?: readonly TextRange[];
  readonly quantities: readonly Quantity[];
  readonly quotes: readonly Quote[];
}

export interface ClaimLink {
  /** The derivative. */
  readonly from: string;
  /** The original. */
  readonly to: string;
}

export interface ClaimsInput {
  readonly articles: readonly ClaimArticle[];
  readonly entities: readonly StoryEntity[];
  /** Copy and rewrite links among the articles (either direction). */
  readonly derivations: readonly ClaimLink[];
  /** The story's latest date (`YYYY-MM-DD`), for articles that carry no date of their own. */
  readonly storyDate?: string;
}

export type ClaimKind = 'quantity' | 'role' | 'event' | 'quote' | 'date' | 'statement';
export type ClaimStatus = 'corroborated' | 'single-source' | 'contested';
export type ClaimFlag = 'quote-wording' | 'outdated-title' | 'anachronism' | 'provisional';

/** One sentence behind a claim: the span is the whole sentence, `value` what it gives as written. */
export interface ClaimEvidence {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  /** Set when the evidence is a photo caption (a title given there): offsets are into `captions[caption]`. */
  readonly caption?: number;
  readonly sentence: string;
  readonly value?: string;
}

export interface ClaimSide {
  /** The value as the first article of the side writes it. */
  readonly value: string;
  readonly articleIds: readonly string[];
  /** Independent outlets on this side. */
  readonly outlets: number;
}

export interface Claim {
  /** Stable across runs: a hash of the kind and what the claim is about. */
  readonly id: string;
  readonly kind: ClaimKind;
  readonly text: string;
  readonly subject?: string;
  readonly value?: string;
  readonly status: ClaimStatus;
  readonly flags: readonly ClaimFlag[];
  readonly outlets: number;
  /** Sentences of the side most independent outlets take (every sentence when not contested). */
  readonly support: readonly ClaimEvidence[];
  /** Sentences of the other sides of a contested claim. */
  readonly conflicts: readonly ClaimEvidence[];
  /** Sides by number of outlets, largest first; one side when not contested. */
  readonly sides: readonly ClaimSide[];
}

export interface SourceProfile {
  readonly articleId: string;
  /** Claims this article gives evidence for. */
  readonly claims: number;
  /** Claims no other outlet makes. */
  readonly uniqueClaims: number;
  /** Contested claims where this article stands on a side with fewer independent outlets than another. */
  readonly contradicted: number;
  /** Share of its claims not made before it (by publication time) and not made by an article it derives from. */
  readonly originality: number;
}
