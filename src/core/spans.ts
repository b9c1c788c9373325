// Provenance: every derived fact points at the characters it came from.

/** UTF-16 offsets into `Article.text`, end exclusive; or, when `caption` is set, into `Article.captions[caption]`.
 *  Absent means `text`, so a consumer that knows nothing of captions must check it before using the offsets. */
export interface Span {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly caption?: number;
}

/** A range inside one text, before it is tied to an article id. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}
