// The extraction stage's output: one clean article with everything dropped listed, and which evidence won.
import type { TextRange } from '../core/index.ts';

export type ExtractionMethod = 'json-ld' | 'readability' | 'blocks' | 'text-lines' | 'metadata-only';

export interface ExtractedContent {
  readonly title?: string;
  readonly publisher?: string;
  readonly byline?: string;
  /** `YYYY-MM-DD` or an ISO time. */
  readonly publishedAt?: string;
  /** Place line that opens a wire story, e.g. `PARIS (AP)`. */
  readonly dateline?: string;
  /** BCP 47 primary tag (`en`), `und` when unknown. */
  readonly lang: string;
  /** The clean body: paragraphs joined by `\n\n`. */
  readonly text: string;
  /** Paragraph ranges in `text`. */
  readonly paragraphs: readonly TextRange[];
  /** Photo captions and credits moved out of the body. */
  readonly captions: readonly string[];
  /** Every line or block dropped as page furniture, in page order. */
  readonly removed: readonly string[];
  readonly method: ExtractionMethod;
}

export interface Article extends ExtractedContent {
  readonly id: string;
  /** Path or URL as given. */
  readonly source: string;
  readonly url?: string;
}
