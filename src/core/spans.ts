// Provenance: every derived fact points at the characters it came from.

/** UTF-16 offsets into `Article.text`, end exclusive. */
export interface Span {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

/** A range inside one text, before it is tied to an article id. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}
