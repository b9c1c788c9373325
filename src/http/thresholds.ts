// Limits of the HTTP server: each bounds what one request can cost the process or how much a page shows.

/** Bytes one ingest request body may hold (JSON or multipart, all files together). Each item inside is still
 *  held to ingest's own per-item cap (10 MiB); 32 MiB lets a request carry a few full-size pages or many
 *  ordinary ones (a news page is ~0.1–1.5 MB) while bounding the memory one request can pin. Judgement. */
export const MAX_INGEST_BODY_BYTES = 32 * 1024 * 1024;

/** URLs plus pasted or uploaded texts in one ingest request. Fetching runs a few at a time, so 200 URLs take
 *  minutes at worst; more belongs in `corroborate ingest` on the command line. Judgement. */
export const MAX_INGEST_ITEMS = 200;

/** Characters of a bearer token below which the server refuses to start: a short token can be guessed by
 *  trying it over HTTP. 16 random characters are beyond any online guessing. */
export const MIN_TOKEN_LENGTH = 16;

/** Stories per page of the story list and default page size of `/api/stories`. One screen or two of rows;
 *  the list page costs about one article lookup per member, so larger pages cost proportionally more. */
export const STORIES_PAGE_SIZE = 50;

/** Largest page size `/api/stories` accepts. */
export const MAX_STORIES_PAGE_SIZE = 500;

/** Members read per story to name its outlets in the story list: a lookup each, so a story of thousands of
 *  articles would dominate the page. Outlets of a story are nearly all among its first articles; the list
 *  marks a story whose outlets were not all read. */
export const MAX_OUTLET_LOOKUPS_PER_STORY = 30;

/** Search hits shown, and the largest `limit` `/api/search` accepts. FTS ranking makes later hits rarely
 *  useful; the snippet query costs grow with the limit. */
export const DEFAULT_SEARCH_HITS = 20;
export const MAX_SEARCH_HITS = 100;

/** Characters of a search query; longer ones are refused (an FTS query of thousands of terms is slow). */
export const MAX_QUERY_CHARS = 500;

/** Highlighted spans an article page accepts in `?hl=`; a claim cites a few sentences per article. */
export const MAX_HIGHLIGHTS = 50;

/** Characters of a timeline entry's text drawn as a label in the chart; the full text is in the tooltip and
 *  in the table below it. Fits a 900-unit-wide chart at the chart's font size. */
export const TIMELINE_LABEL_CHARS = 70;
