// Reads schema.org JSON-LD blocks: the article node's headline, body, author, publisher, dates and language.
// Publishers' JSON-LD is often sloppy (raw newlines in strings, trailing commas), so parsing is forgiving.

export interface JsonLdArticle {
  readonly headline?: string;
  readonly articleBody?: string;
  readonly authors: readonly string[];
  readonly publisher?: string;
  readonly datePublished?: string;
  readonly inLanguage?: string;
  /** The node's @type, e.g. `NewsArticle`. */
  readonly type: string;
}

export interface JsonLdResult {
  /** The best article-like node, when there is one. */
  readonly article: JsonLdArticle | undefined;
  /** Scripts that would not parse even after repair. */
  readonly invalid: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Types that carry an article body, strongest first. */
const ARTICLE_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
  'Article',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
  'SocialMediaPosting',
];

/** Nodes visited per page; JSON-LD graphs are small, hostile ones are cut off here. */
const MAX_NODES = 5_000;

function parseLenient(source: string): Json | undefined {
  const trimmed = source
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
  try {
    return JSON.parse(trimmed) as Json;
  } catch {
    // Raw control characters inside strings and trailing commas are the common faults.
    // eslint-disable-next-line no-control-regex -- raw control characters are exactly what must be replaced
    const repaired = trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired) as Json;
    } catch {
      return undefined;
    }
  }
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type.replace(/^.*[/:]/, '')];
  if (Array.isArray(type))
    return type.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:]/, ''));
  return [];
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value['name']) ?? text(value['@value']);
  return undefined;
}

function names(value: Json | undefined, index: ReadonlyMap<string, JsonObject>): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const found: string[] = [];
  for (const item of list) {
    let node = item;
    if (isObject(node) && typeof node['@id'] === 'string' && node['name'] === undefined) {
      node = index.get(node['@id']) ?? node;
    }
    const name = text(node);
    if (name !== undefined && !/^https?:\/\//.test(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

/** Every object in the JSON-LD documents, breadth first, without recursion. */
function collectNodes(documents: readonly Json[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const queue: Json[] = [...documents];
  while (queue.length > 0 && nodes.length < MAX_NODES) {
    const value = queue.shift();
    if (Array.isArray(value)) queue.push(...value);
    else if (isObject(value)) {
      nodes.push(value);
      for (const child of Object.values(value))
        if (typeof child === 'object' && child !== null) queue.push(child);
    }
  }
  return nodes;
}

export function readJsonLd(scripts: readonly string[]): JsonLdResult {
  const documents: Json[] = [];
  let invalid = 0;
  for (const script of scripts) {
    const parsed = parseLenient(script);
    if (parsed === undefined) invalid++;
    else documents.push(parsed);
  }
  const nodes = collectNodes(documents);
  const index = new Map<string, JsonObject>();
  // Index defining nodes only: a bare {"@id": …} is a reference and must not shadow its target.
  for (const node of nodes) {
    if (typeof node['@id'] === 'string' && Object.keys(node).length > 1) index.set(node['@id'], node);
  }

  let best: { node: JsonObject; rank: number; type: string } | undefined;
  for (const node of nodes) {
    for (const type of typesOf(node)) {
      const rank = ARTICLE_TYPES.indexOf(type);
      if (rank < 0) continue;
      // A node with a body beats one without; then the more specific type wins.
      const score = rank - (typeof node['articleBody'] === 'string' ? 100 : 0);
      if (best === undefined || score < best.rank) best = { node, rank: score, type };
    }
  }
  if (best === undefined) return { article: undefined, invalid };
  const node = best.node;
  const headline = text(node['headline']) ?? text(node['name']);
  const articleBody = typeof node['articleBody'] === 'string' ? node['articleBody'] : undefined;
  const publisher = names(node['publisher'], index)[0];
  const datePublished = text(node['datePublished']) ?? text(node['dateCreated']);
  const inLanguage = text(node['inLanguage']);
  return {
    article: {
      type: best.type,
      authors: names(node['author'] ?? node['creator'], index),
      ...(headline === undefined ? {} : { headline }),
      ...(articleBody === undefined ? {} : { articleBody }),
      ...(publisher === undefined ? {} : { publisher }),
      ...(datePublished === undefined ? {} : { datePublished }),
      ...(inLanguage === undefined ? {} : { inLanguage }),
    },
    invalid,
  };
}
