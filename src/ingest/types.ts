// What ingestion hands to extraction: the bytes of one item and what is known about it before reading it.

export type DocumentFormat = 'html' | 'text';

/** Facts a container (JSON line, feed item, HTTP response) states about an item before extraction. */
export interface DocumentMetadata {
  readonly title?: string;
  readonly publishedAt?: string;
  readonly publisher?: string;
  readonly byline?: string;
}

export interface RawDocument {
  /** The input as the user gave it, narrowed to the item: `dir/a.html`, `https://…`, `items.jsonl:12`, `feed.xml#3`. */
  readonly source: string;
  readonly url?: string;
  /** Content bytes, already gunzipped. */
  readonly bytes: Uint8Array;
  /** Content-Type as served or inferred, with its charset parameter when known. */
  readonly contentType?: string;
  readonly format: DocumentFormat;
  /** ISO time the bytes were read or fetched. */
  readonly fetchedAt: string;
  readonly metadata?: DocumentMetadata;
}
