// Cuts a parsed page into text blocks (one per run of inline content inside a block element) and marks the blocks
// that sit in page furniture, so the scorer sees paragraphs with their link density and their place in the tree.
import { BLOCK_TAGS, type HtmlElement, walk } from './parse-tree.ts';
import { BYLINE_MAX_CHARS, CAPTION_CLASS_LEVELS, INLINE_CARD_MIN_LINKS } from './thresholds.ts';

export type RemovalReason = 'hidden' | 'navigation' | 'unlikely' | 'caption' | 'byline' | 'aside';

export interface Block {
  readonly index: number;
  /** Whitespace collapsed within lines; `<br>` kept as `\n`. */
  readonly text: string;
  readonly chars: number;
  /** Characters inside links, in-page (`#…`) links weighted down. */
  readonly linkChars: number;
  /** Innermost block-level element holding the run. */
  readonly owner: HtmlElement;
  /** True when the run is the owner's only content, so the owner acts as the paragraph. */
  readonly pure: boolean;
  /** Why the block is page furniture, when it is. */
  readonly removed: RemovalReason | undefined;
  /** Inside a `figure`/`figcaption` or a caption/credit-classed element. */
  readonly caption: boolean;
  /** Inside an embedded social post (quoted content that widget cleaning must not take). */
  readonly embedded: boolean;
}

export interface Segmentation {
  readonly blocks: readonly Block[];
  readonly body: HtmlElement;
  /** Images under each element (for the conditional clean). */
  readonly images: ReadonlyMap<HtmlElement, number>;
  /** Byline candidates found while removing them from the body. */
  readonly bylines: readonly string[];
  /** Link cards cut out of paragraphs (hover cards, inline share bars). */
  readonly inlineCards: readonly string[];
}

interface InlineMark {
  readonly parts: number;
  readonly linkChars: number;
  readonly links: number;
  readonly images: number;
  readonly wordyTexts: number;
  readonly flushes: number;
}

export interface SegmentOptions {
  /** Remove elements whose class/id reads like furniture (Readability's "unlikely candidates"). */
  readonly stripUnlikely: boolean;
}

/** Readability's unlikely-candidate and ok-maybe patterns (class + id). */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscri|signup|sign-up/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow/i;
const UNLIKELY_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
]);
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const CAPTION = /caption|credit/i;
const WORDY = /[\p{L}\p{N}]/u;

function classAndId(element: HtmlElement): string {
  const className = element.attributes['class'];
  const id = element.attributes['id'];
  if (className === undefined) return id ?? '';
  return id === undefined ? className : `${className} ${id}`;
}

export function findBody(root: HtmlElement): HtmlElement {
  let body: HtmlElement | undefined;
  walk(root, (element) => {
    if (body !== undefined) return false;
    if (element.tag === 'body') {
      body = element;
      return false;
    }
    return true;
  });
  return body ?? root;
}

function shortText(element: HtmlElement, limit: number): string | undefined {
  let length = 0;
  const parts: string[] = [];
  let over = false;
  walk(
    element,
    () => !over,
    (text) => {
      length += text.length;
      if (length > limit * 4) over = true;
      parts.push(text);
    },
  );
  if (over) return undefined;
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length < limit ? text : undefined;
}

function captionClassed(owner: HtmlElement): boolean {
  let element: HtmlElement | undefined = owner;
  for (
    let level = 0;
    level < CAPTION_CLASS_LEVELS && element !== undefined;
    level++, element = element.parent
  ) {
    if (CAPTION.test(classAndId(element))) return true;
  }
  return false;
}

function removalFor(
  element: HtmlElement,
  options: SegmentOptions,
  insideTable: boolean,
): RemovalReason | undefined {
  if (element.hidden) return 'hidden';
  const tag = element.tag;
  if (tag === 'nav') return 'navigation';
  if (tag === 'aside') return 'aside';
  if (tag === 'figure' || tag === 'figcaption') return 'caption';
  const role = element.attributes['role'];
  if (role !== undefined && UNLIKELY_ROLES.has(role)) return 'navigation';
  const match = classAndId(element);
  if (match === '' || tag === 'body' || tag === 'a') return undefined;
  if (
    options.stripUnlikely &&
    !insideTable &&
    UNLIKELY.test(match) &&
    !MAYBE_CANDIDATE.test(match) &&
    tag !== 'html' &&
    tag !== 'main' &&
    tag !== 'article'
  ) {
    return 'unlikely';
  }
  return undefined;
}

/** Social-media embeds (tweets, Instagram posts): a blockquote the platform's script would turn into a card. */
function isEmbeddedPost(element: HtmlElement): boolean {
  return (
    element.tag === 'blockquote' &&
    /tweet|instagram|tiktok|fb-xfbml|bluesky|mastodon/i.test(classAndId(element))
  );
}

function isByline(element: HtmlElement): boolean {
  if (element.attributes['rel'] === 'author') return true;
  const itemprop = element.attributes['itemprop'];
  if (itemprop !== undefined && itemprop.includes('author')) return true;
  return BYLINE.test(classAndId(element));
}

export function segment(root: HtmlElement, options: SegmentOptions): Segmentation {
  const body = findBody(root);
  const blocks: Block[] = [];
  const images = new Map<HtmlElement, number>();
  const bylines: string[] = [];

  interface Frame {
    readonly element: HtmlElement;
    readonly removed: RemovalReason | undefined;
    readonly caption: boolean;
    readonly link: 'none' | 'link' | 'hash';
    readonly table: boolean;
    readonly block: boolean;
    readonly embedded: boolean;
    /** Counters when an inline element opened, to cut it back out of the run. */
    readonly mark: InlineMark | undefined;
  }
  const frames: Frame[] = [];
  /** Runs already emitted per owner, to tell a pure paragraph from a run inside a mixed container. */
  const runsPerOwner = new Map<HtmlElement, number>();
  const blockChildren = new Set<HtmlElement>();

  let parts: string[] = [];
  let linkChars = 0;
  let runOwner: HtmlElement | undefined;
  let runRemoved: RemovalReason | undefined;
  let runCaption = false;
  let runEmbedded = false;
  let links = 0;
  let imageCount = 0;
  /** Text nodes with letters or digits outside links. */
  let wordyTexts = 0;
  let flushes = 0;
  const inlineCards: string[] = [];

  const flush = (): void => {
    flushes++;
    if (runOwner === undefined) return;
    const text = parts
      .join('')
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
    if (text.length > 0) {
      runsPerOwner.set(runOwner, (runsPerOwner.get(runOwner) ?? 0) + 1);
      blocks.push({
        index: blocks.length,
        text,
        chars: text.length,
        linkChars: Math.min(linkChars, text.length),
        owner: runOwner,
        pure: true,
        removed: runRemoved,
        caption: runCaption || captionClassed(runOwner),
        embedded: runEmbedded,
      });
    }
    parts = [];
    linkChars = 0;
    runOwner = undefined;
  };

  const blockOwner = (): Frame | undefined => {
    for (let i = frames.length - 1; i >= 0; i--) if (frames[i]!.block) return frames[i];
    return undefined;
  };

  walk(
    body,
    (element) => {
      const parent = frames[frames.length - 1];
      const isBlock = BLOCK_TAGS.has(element.tag) || element === body;
      if (element.tag === 'br') {
        parts.push('\n');
        return false;
      }
      if (element.tag === 'img') {
        imageCount++;
        for (let e: HtmlElement | undefined = element.parent; e !== undefined; e = e.parent) {
          images.set(e, (images.get(e) ?? 0) + 1);
          if (e === body) break;
        }
      }
      const table = (parent?.table ?? false) || element.tag === 'table' || element.tag === 'code';
      let removed = parent?.removed ?? removalFor(element, options, table);
      // An embedded social post is quoted content even inside a "social" wrapper.
      const embedded = (parent?.embedded ?? false) || isEmbeddedPost(element);
      if (removed === 'unlikely' && embedded) removed = undefined;
      if (removed === undefined && element !== body && isByline(element)) {
        const text = shortText(element, BYLINE_MAX_CHARS);
        if (text !== undefined) {
          bylines.push(text);
          removed = 'byline';
        }
      }
      const caption = (parent?.caption ?? false) || removed === 'caption';
      let link = parent?.link ?? 'none';
      if (element.tag === 'a' && element.attributes['href'] !== undefined) {
        link = element.attributes['href'].startsWith('#') ? 'hash' : 'link';
        links++;
      }
      if (isBlock) {
        flush();
        if (element.parent !== undefined) blockChildren.add(element.parent);
      }
      const mark =
        isBlock || runOwner === undefined
          ? undefined
          : { parts: parts.length, linkChars, links, images: imageCount, wordyTexts, flushes };
      frames.push({ element, removed, caption, link, table, block: isBlock, embedded, mark });
      return true;
    },
    (text) => {
      const frame = frames[frames.length - 1];
      const owner = blockOwner();
      if (frame === undefined || owner === undefined) return;
      // Text in an inline element removed on its own (a hidden tooltip, an author link) leaves the run.
      if (frame.removed !== owner.removed) return;
      if (runOwner === undefined) {
        runOwner = owner.element;
        runRemoved = owner.removed;
        runCaption = owner.caption;
        runEmbedded = owner.embedded;
      }
      parts.push(text);
      if (frame.link === 'none') {
        if (WORDY.test(text)) wordyTexts++;
      } else {
        const length = text.replace(/\s+/g, ' ').length;
        linkChars += frame.link === 'hash' ? length * 0.3 : length;
      }
    },
    (element) => {
      const frame = frames.pop();
      if (BLOCK_TAGS.has(element.tag) || element === body) flush();
      else if (frame?.mark !== undefined && isInlineCard(frame.mark)) {
        const card = parts.slice(frame.mark.parts).join('').replace(/\s+/g, ' ').trim();
        if (card !== '') inlineCards.push(card);
        parts.length = frame.mark.parts;
        linkChars = frame.mark.linkChars;
        links = frame.mark.links;
        imageCount = frame.mark.images;
      }
    },
  );
  flush();

  function isInlineCard(mark: InlineMark): boolean {
    const cardLinks = links - mark.links;
    return (
      mark.flushes === flushes &&
      cardLinks >= INLINE_CARD_MIN_LINKS - 1 &&
      wordyTexts === mark.wordyTexts &&
      (cardLinks >= INLINE_CARD_MIN_LINKS || imageCount > mark.images)
    );
  }

  const withPurity = blocks.map((block) => {
    const pure = (runsPerOwner.get(block.owner) ?? 0) === 1 && !blockChildren.has(block.owner);
    return pure ? block : { ...block, pure: false };
  });
  return { blocks: withPurity, body, images, bylines, inlineCards };
}
