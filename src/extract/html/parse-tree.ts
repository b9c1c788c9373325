// Parses HTML into a compact element tree in one streaming pass (htmlparser2), collecting JSON-LD, meta tags and
// the page title on the way. Depth is capped so every later walk is shallow; scripts, styles and widgets never enter.
import { lazyPackage } from '../../core/index.ts';
import { MAX_TREE_DEPTH, PARSER_STACK_LIMIT } from './thresholds.ts';

/** Loaded on first use: plain-text and JSON-lines input never parses HTML. */
const htmlparser2 = lazyPackage<typeof import('htmlparser2')>('htmlparser2');

export interface HtmlElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly HtmlNode[];
  readonly parent: HtmlElement | undefined;
  readonly depth: number;
  /** Hidden by the `hidden` attribute, `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`. */
  readonly hidden: boolean;
}

/** Text is kept as raw strings (entities decoded, whitespace as in the source). */
export type HtmlNode = HtmlElement | string;

export interface MetaTag {
  /** `name`, `property`, `itemprop` or `http-equiv`, lower-cased. */
  readonly key: string;
  readonly content: string;
}

export interface ParsedPage {
  readonly root: HtmlElement;
  readonly jsonLd: readonly string[];
  readonly meta: readonly MetaTag[];
  readonly title: string | undefined;
  readonly htmlLang: string | undefined;
  /** Deepest nesting seen in the source, including levels flattened past MAX_TREE_DEPTH. */
  readonly maxDepth: number;
  readonly flattened: boolean;
}

interface MutableElement {
  tag: string;
  attributes: Record<string, string>;
  children: (MutableElement | string)[];
  parent: MutableElement | undefined;
  depth: number;
  hidden: boolean;
}

/** Content never read as article text: code, styling, embedded media fallbacks and form widgets. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'option',
  'button',
  'textarea',
  'input',
  'head',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function isHidden(attributes: Readonly<Record<string, string>>): boolean {
  if (attributes['hidden'] !== undefined) return true;
  if (attributes['aria-hidden'] === 'true') return true;
  const style = attributes['style'];
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/** Parses a page; markup nested past PARSER_STACK_LIMIT is first flattened so the parser's own stack stays short. */
export function parseTree(html: string): ParsedPage {
  const first = parseOnce(html);
  if (first !== undefined) return first;
  const { html: flat, maxDepth } = flattenDeepMarkup(html, MAX_TREE_DEPTH);
  const second = parseOnce(flat) ?? { ...emptyPage(), maxDepth };
  return { ...second, maxDepth: Math.max(maxDepth, second.maxDepth), flattened: true };
}

function emptyPage(): ParsedPage {
  const root: HtmlElement = {
    tag: '#root',
    attributes: {},
    children: [],
    parent: undefined,
    depth: 0,
    hidden: false,
  };
  return { root, jsonLd: [], meta: [], title: undefined, htmlLang: undefined, maxDepth: 0, flattened: true };
}

// prettier-ignore
const VOID_TAGS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

const TAG_PATTERN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;

/**
 * Drops tags opened deeper than `maxDepth` (and their closing tags) with a linear regex scan, keeping all text.
 * Only used on hostile pages: htmlparser2's open-element stack costs O(depth) per tag, so 100k nested elements would
 * take minutes to parse.
 */
export function flattenDeepMarkup(html: string, maxDepth: number): { html: string; maxDepth: number } {
  const out: string[] = [];
  let depth = 0;
  let deepest = 0;
  let dropped = 0;
  /** Depth as written in the source, dropped tags included. */
  let written = 0;
  let last = 0;
  TAG_PATTERN.lastIndex = 0;
  for (let match = TAG_PATTERN.exec(html); match !== null; match = TAG_PATTERN.exec(html)) {
    const name = match[2]?.toLowerCase();
    if (name === undefined) continue;
    const closing = match[1] === '/';
    if (!closing && (name === 'script' || name === 'style')) {
      const end = html.toLowerCase().indexOf(`</${name}`, TAG_PATTERN.lastIndex);
      TAG_PATTERN.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (VOID_TAGS.has(name) || match[3] === '/') continue;
    if (closing) {
      if (written > 0) written--;
      if (dropped > 0) {
        dropped--;
        out.push(html.slice(last, match.index), ' ');
        last = TAG_PATTERN.lastIndex;
      } else if (depth > 0) depth--;
      continue;
    }
    depth++;
    written++;
    if (written > deepest) deepest = written;
    if (depth > maxDepth) {
      depth--;
      dropped++;
      out.push(html.slice(last, match.index), ' ');
      last = TAG_PATTERN.lastIndex;
    }
  }
  out.push(html.slice(last));
  return { html: out.join(''), maxDepth: deepest };
}

/** One streaming parse; undefined when nesting passes PARSER_STACK_LIMIT (the caller flattens and retries). */
function parseOnce(html: string): ParsedPage | undefined {
  const root: MutableElement = {
    tag: '#root',
    attributes: {},
    children: [],
    parent: undefined,
    depth: 0,
    hidden: false,
  };
  let current = root;
  /** Tags opened past MAX_TREE_DEPTH, not materialised. */
  let overflow = 0;
  /** Tags opened inside a skipped element; their text is dropped. */
  let skipped = 0;
  let maxDepth = 0;
  const jsonLd: string[] = [];
  const meta: MetaTag[] = [];
  let title: string | undefined;
  let htmlLang: string | undefined;
  let capture: 'json-ld' | 'title' | undefined;
  let captured = '';
  let tooDeep = false;

  const { Parser } = htmlparser2();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const depth = current.depth + overflow + skipped + 1;
        if (depth > maxDepth) maxDepth = depth;
        if (depth > PARSER_STACK_LIMIT && !tooDeep) {
          tooDeep = true;
          parser.pause();
        }
        if (name === 'meta') {
          const key =
            attributes['property'] ??
            attributes['name'] ??
            attributes['itemprop'] ??
            attributes['http-equiv'];
          const content = attributes['content'];
          if (key !== undefined && content !== undefined) meta.push({ key: key.toLowerCase(), content });
        } else if (name === 'html' && htmlLang === undefined) {
          htmlLang = attributes['lang'] ?? attributes['xml:lang'];
        }
        if (name === 'script' && (attributes['type'] ?? '').toLowerCase().includes('ld+json')) {
          capture = 'json-ld';
          captured = '';
        } else if (name === 'title' && title === undefined) {
          capture = 'title';
          captured = '';
        }
        if (skipped > 0) {
          skipped++;
          return;
        }
        if (SKIPPED_TAGS.has(name)) {
          skipped = 1;
          return;
        }
        if (current.depth >= MAX_TREE_DEPTH) {
          overflow++;
          return;
        }
        const element: MutableElement = {
          tag: name,
          attributes,
          children: [],
          parent: current,
          depth: current.depth + 1,
          hidden: isHidden(attributes),
        };
        current.children.push(element);
        current = element;
      },
      ontext(text) {
        if (capture !== undefined) {
          captured += text;
          return;
        }
        if (skipped > 0) return;
        const last = current.children[current.children.length - 1];
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
      onclosetag() {
        if (capture !== undefined) {
          if (capture === 'json-ld') jsonLd.push(captured);
          else title = captured;
          capture = undefined;
        }
        if (skipped > 0) {
          skipped--;
          return;
        }
        if (overflow > 0) {
          overflow--;
          return;
        }
        if (current.parent !== undefined) current = current.parent;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (tooDeep) return undefined;

  return {
    root: root,
    jsonLd,
    meta,
    title,
    htmlLang,
    maxDepth,
    flattened: maxDepth > MAX_TREE_DEPTH,
  };
}

/** Document-order walk without recursion; `enter` returns false to skip an element's subtree. */
export function walk(
  root: HtmlElement,
  enter: (element: HtmlElement) => boolean,
  text?: (text: string, parent: HtmlElement) => void,
  leave?: (element: HtmlElement) => void,
): void {
  const stack: { element: HtmlElement; index: number }[] = [{ element: root, index: 0 }];
  if (!enter(root)) return;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.element.children[frame.index++];
    if (child === undefined) {
      stack.pop();
      leave?.(frame.element);
      continue;
    }
    if (typeof child === 'string') {
      text?.(child, frame.element);
      continue;
    }
    if (enter(child)) stack.push({ element: child, index: 0 });
  }
}

/** Elements that break a line of text; everything else is inline. */
// prettier-ignore
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** All text under an element, whitespace collapsed, block boundaries turned into spaces. */
export function textOf(element: HtmlElement): string {
  const parts: string[] = [];
  walk(
    element,
    (child) => {
      if (BLOCK_TAGS.has(child.tag)) parts.push(' ');
      return true;
    },
    (text) => parts.push(text),
    (child) => {
      if (BLOCK_TAGS.has(child.tag)) parts.push(' ');
    },
  );
  return collapseWhitespace(parts.join(''));
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Elements matching a predicate, in document order. */
export function findAll(root: HtmlElement, predicate: (element: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  walk(root, (element) => {
    if (predicate(element)) found.push(element);
    return true;
  });
  return found;
}

/** Decodes HTML entities in plain text (JSON-LD values are often HTML-escaped, sometimes twice). */
export function decodeEntities(text: string): string {
  let decoded = text;
  for (let pass = 0; pass < 2 && /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(decoded); pass++) {
    let out = '';
    const { Parser } = htmlparser2();
    const parser = new Parser({ ontext: (chunk) => (out += chunk) }, { decodeEntities: true });
    parser.end(decoded.replace(/</g, '&lt;'));
    decoded = out;
  }
  return decoded;
}
