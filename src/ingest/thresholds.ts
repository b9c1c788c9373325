// Limits for reading inputs: each bounds time or memory spent on one item, so one bad input cannot stall a batch.

/** Milliseconds allowed for one URL, from the first DNS lookup to the last body byte, redirects included.
 *  Longer waits out slow news sites; shorter fails more pages on congested links. 15 s keeps a batch of 100
 *  URLs with a few dead hosts within minutes at FETCH_CONCURRENCY. Judgement, not measured (no network here). */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Bytes one item may occupy: a file on disk, a response body, a gunzipped file, a JSON line.
 *  The largest page in the extraction dev set (../shared/data/extraction) is 1.44 MB unzipped; 10 MB
 *  leaves room for pages with inline images and scripts while bounding memory per item. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Redirect hops followed for one URL before giving up. News links routinely take 2–3 hops (tracker,
 *  http→https, canonical path); more than 5 is nearly always a loop. Browsers allow 20, at the cost of
 *  slower failure on loops. Judgement, not measured. */
export const DEFAULT_MAX_REDIRECTS = 5;

/** Characters of readable text (tags stripped, whitespace collapsed) a feed item's full-content field must
 *  reach to be taken as the article instead of fetching the item's page. Lower keeps more teasers posing
 *  as content; higher fetches pages for short wire items that ship whole. Judgement, not swept: there is
 *  no feed corpus in ../shared/data; 500 is about three short news paragraphs. */
export const MIN_FEED_CONTENT_CHARS = 500;

/** Requests in flight for one run of consecutive URL inputs, and separately for one feed's item pages (so up
 *  to twice this while a fetched feed's items are fetched). Higher finishes large feeds sooner but hammers
 *  one publisher; 4 is a polite crawler's per-host budget. Judgement, not measured. */
export const FETCH_CONCURRENCY = 4;

/** Decompressed bytes read from one streamed JSON-lines file (gzipped or not). Memory stays bounded per
 *  line by the item limit; this bounds time on a gzip bomb made of newlines. 1 GiB ≈ 100,000 full articles. */
export const MAX_STREAMED_BYTES = 1024 * 1024 * 1024;

/** Leading bytes examined to guess the type of content with no usable extension or Content-Type.
 *  Enough to pass an XML declaration, a doctype and a few comments before the root element. */
export const SNIFF_BYTES = 4096;
