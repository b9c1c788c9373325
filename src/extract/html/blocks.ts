// Our own content finder: Readability's container scoring run over the segmented blocks of one parse, then a
// block-level clean that drops captions, bylines, link lists and widgets Readability keeps.
import { findLinkLists, furnitureKind, type FurnitureKind } from './furniture.ts';
import type { HtmlElement } from './parse-tree.ts';
import { type Block, type RemovalReason, type Segmentation, segment } from './segment.ts';
import {
  ALTERNATIVE_SCORE_RATIO,
  CHARS_PER_LENGTH_POINT,
  CLASS_WEIGHT,
  CONDITIONAL_LINK_DENSITY,
  CONDITIONAL_MAX_COMMAS,
  CONDITIONAL_MIN_PARAGRAPHS_PER_IMAGE,
  CONDITIONAL_POSITIVE_LINK_DENSITY,
  IMAGE_CAPTION_MAX_CHARS,
  MAX_LENGTH_POINTS,
  MIN_ALTERNATIVE_CANDIDATES,
  MIN_ARTICLE_CHARS,
  MIN_SCORED_PARAGRAPH_CHARS,
  MIN_SIBLING_SCORE,
  SAME_CLASS_BONUS_RATIO,
  SIBLING_PARAGRAPH_LINK_DENSITY,
  SIBLING_PARAGRAPH_MIN_CHARS,
  SIBLING_SCORE_RATIO,
  SIBLING_TWIN_MIN_CHARS,
  TOP_CANDIDATES,
} from './thresholds.ts';

export interface DroppedBlock {
  readonly block: Block;
  readonly reason: DropReason;
}

export interface BlockExtraction {
  /** Kept blocks in page order. */
  readonly kept: readonly Block[];
  /** Every block dropped, in page order, with the rule that dropped it. */
  readonly dropped: readonly DroppedBlock[];
  /** Photo captions and credits found inside the article. */
  readonly captions: readonly Block[];
  readonly bylines: readonly string[];
  readonly inlineCards: readonly string[];
  readonly container: HtmlElement | undefined;
  readonly body: HtmlElement;
}

const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;

function classWeight(element: HtmlElement): number {
  let weight = 0;
  const className = element.attributes['class'];
  if (className !== undefined && className !== '') {
    if (NEGATIVE.test(className)) weight -= CLASS_WEIGHT;
    if (POSITIVE.test(className)) weight += CLASS_WEIGHT;
  }
  const id = element.attributes['id'];
  if (id !== undefined && id !== '') {
    if (NEGATIVE.test(id)) weight -= CLASS_WEIGHT;
    if (POSITIVE.test(id)) weight += CLASS_WEIGHT;
  }
  return weight;
}

/** Readability's starting score of a container by tag: divs hold prose, lists and headings rarely do. */
function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

/** Owners whose text does not score a container (list items, headings, captions are not prose paragraphs). */
const UNSCORED_OWNERS = new Set([
  'li',
  'dt',
  'dd',
  'ul',
  'ol',
  'dl',
  'th',
  'tr',
  'table',
  'figcaption',
  'caption',
  'h1',
]);

interface Stats {
  chars: number;
  linkChars: number;
}

function countCommas(text: string): number {
  return text.match(/[,،﹐︐︑⹀⸲，]/g)?.length ?? 0;
}

/** Text and link totals for each element over its kept blocks. */
function subtreeStats(blocks: readonly Block[], body: HtmlElement): Map<HtmlElement, Stats> {
  const stats = new Map<HtmlElement, Stats>();
  for (const block of blocks) {
    if (block.removed !== undefined) continue;
    for (let e: HtmlElement | undefined = block.owner; e !== undefined; e = e.parent) {
      let entry = stats.get(e);
      if (entry === undefined) {
        entry = { chars: 0, linkChars: 0 };
        stats.set(e, entry);
      }
      entry.chars += block.chars;
      entry.linkChars += block.linkChars;
      if (e === body) break;
    }
  }
  return stats;
}

function linkDensity(stats: ReadonlyMap<HtmlElement, Stats>, element: HtmlElement): number {
  const entry = stats.get(element);
  return entry === undefined || entry.chars === 0 ? 0 : entry.linkChars / entry.chars;
}

function isAncestor(ancestor: HtmlElement, element: HtmlElement): boolean {
  for (let e: HtmlElement | undefined = element; e !== undefined; e = e.parent)
    if (e === ancestor) return true;
  return false;
}

function elementChildren(element: HtmlElement): HtmlElement[] {
  return element.children.filter((child): child is HtmlElement => typeof child !== 'string');
}

function findContainer(segmentation: Segmentation, weighClasses: boolean): HtmlElement[] {
  const { blocks, body } = segmentation;
  const scores = new Map<HtmlElement, number>();
  const initial = (element: HtmlElement): number =>
    tagWeight(element.tag) + (weighClasses ? classWeight(element) : 0);

  for (const block of blocks) {
    if (block.removed !== undefined || block.chars < MIN_SCORED_PARAGRAPH_CHARS) continue;
    if (UNSCORED_OWNERS.has(block.owner.tag)) continue;
    const score =
      1 +
      countCommas(block.text) +
      Math.min(Math.floor(block.chars / CHARS_PER_LENGTH_POINT), MAX_LENGTH_POINTS);
    let ancestor: HtmlElement | undefined = block.pure ? block.owner.parent : block.owner;
    for (let level = 0; level < 5 && ancestor !== undefined; level++) {
      if (ancestor.tag === '#root') break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, (scores.get(ancestor) ?? initial(ancestor)) + score / divider);
      ancestor = ancestor.parent;
    }
  }

  const stats = subtreeStats(blocks, body);
  const finalScores = new Map<HtmlElement, number>();
  for (const [element, score] of scores) finalScores.set(element, score * (1 - linkDensity(stats, element)));
  const ranked = [...finalScores].sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES);
  const top = ranked[0];
  if (top === undefined || top[0] === body) return [body];

  let [candidate, candidateScore] = top;
  // Several strong alternatives under one ancestor: the article is that ancestor.
  const alternatives = ranked
    .slice(1)
    .filter(([, score]) => score / candidateScore >= ALTERNATIVE_SCORE_RATIO);
  if (alternatives.length >= MIN_ALTERNATIVE_CANDIDATES) {
    for (let parent = candidate.parent; parent !== undefined && parent !== body; parent = parent.parent) {
      const containing = alternatives.filter(([element]) => isAncestor(parent, element)).length;
      if (containing >= MIN_ALTERNATIVE_CANDIDATES) {
        candidate = parent;
        break;
      }
    }
  }
  candidateScore = finalScores.get(candidate) ?? candidateScore;
  // Climb while the parent scores higher: content split across sibling containers.
  let lastScore = candidateScore;
  const threshold = lastScore / 3;
  for (let parent = candidate.parent; parent !== undefined && parent !== body; parent = parent.parent) {
    const parentScore = finalScores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      candidate = parent;
      break;
    }
    lastScore = parentScore;
  }
  while (
    candidate.parent !== undefined &&
    candidate.parent !== body &&
    elementChildren(candidate.parent).length === 1
  ) {
    candidate = candidate.parent;
  }
  candidateScore = finalScores.get(candidate) ?? candidateScore;

  const parent = candidate.parent;
  if (parent === undefined) return [candidate];
  const siblingThreshold = Math.max(MIN_SIBLING_SCORE, candidateScore * SIBLING_SCORE_RATIO);
  const candidateClass = candidate.attributes['class'] ?? '';
  const chosen: HtmlElement[] = [];
  for (const sibling of elementChildren(parent)) {
    if (sibling === candidate) {
      chosen.push(sibling);
      continue;
    }
    const sameClass = candidateClass !== '' && sibling.attributes['class'] === candidateClass;
    const bonus = sameClass ? candidateScore * SAME_CLASS_BONUS_RATIO : 0;
    const score = finalScores.get(sibling);
    if (score !== undefined && score + bonus >= siblingThreshold) {
      chosen.push(sibling);
      continue;
    }
    // A twin of the article container (same tag and class) holding prose: the body split around a figure.
    if (
      sameClass &&
      sibling.tag === candidate.tag &&
      (stats.get(sibling)?.chars ?? 0) > SIBLING_TWIN_MIN_CHARS &&
      linkDensity(stats, sibling) < SIBLING_PARAGRAPH_LINK_DENSITY
    ) {
      chosen.push(sibling);
      continue;
    }
    if (sibling.tag === 'p') {
      const entry = stats.get(sibling);
      if (entry === undefined) continue;
      const density = entry.chars === 0 ? 0 : entry.linkChars / entry.chars;
      if (entry.chars > SIBLING_PARAGRAPH_MIN_CHARS && density < SIBLING_PARAGRAPH_LINK_DENSITY)
        chosen.push(sibling);
      else if (entry.chars < SIBLING_PARAGRAPH_MIN_CHARS && entry.chars > 0 && density === 0)
        chosen.push(sibling);
    }
  }
  return chosen;
}

/** Readability's conditional clean at block level: drop containers inside the article that read like widgets. */
function cleanConditionally(
  blocks: readonly Block[],
  roots: readonly HtmlElement[],
  images: ReadonlyMap<HtmlElement, number>,
  weighClasses: boolean,
): Set<HtmlElement> {
  const dropped = new Set<HtmlElement>();
  const containers = new Map<
    HtmlElement,
    { chars: number; linkChars: number; commas: number; p: number; li: number }
  >();
  const rootSet = new Set(roots);
  for (const block of blocks) {
    for (let e: HtmlElement | undefined = block.owner; e !== undefined; e = e.parent) {
      if (rootSet.has(e)) break;
      if (e.tag !== 'div' && e.tag !== 'ul' && e.tag !== 'ol' && e.tag !== 'table' && e.tag !== 'section')
        continue;
      let entry = containers.get(e);
      if (entry === undefined) {
        entry = { chars: 0, linkChars: 0, commas: 0, p: 0, li: 0 };
        containers.set(e, entry);
      }
      entry.chars += block.chars;
      entry.linkChars += block.linkChars;
      entry.commas += countCommas(block.text);
      if (block.owner.tag === 'p') entry.p++;
      if (block.owner.tag === 'li') entry.li++;
    }
  }
  for (const [element, entry] of containers) {
    const weight = weighClasses ? classWeight(element) : 0;
    if (weight < 0) {
      dropped.add(element);
      continue;
    }
    if (entry.commas >= CONDITIONAL_MAX_COMMAS) continue;
    const isList = element.tag === 'ul' || element.tag === 'ol';
    const imageCount = images.get(element) ?? 0;
    const density = entry.chars === 0 ? 0 : entry.linkChars / entry.chars;
    const remove =
      (imageCount > 1 && entry.p / imageCount < CONDITIONAL_MIN_PARAGRAPHS_PER_IMAGE) ||
      (!isList && entry.li > entry.p) ||
      (!isList && entry.chars < 25 && (imageCount === 0 || imageCount > 2)) ||
      (!isList && weight < CLASS_WEIGHT && density > CONDITIONAL_LINK_DENSITY) ||
      (weight >= CLASS_WEIGHT && density > CONDITIONAL_POSITIVE_LINK_DENSITY) ||
      (isList && density > CONDITIONAL_POSITIVE_LINK_DENSITY);
    if (remove) dropped.add(element);
  }
  return dropped;
}

function insideAny(
  block: Block,
  elements: ReadonlySet<HtmlElement>,
  stopAt: ReadonlySet<HtmlElement>,
): boolean {
  for (let e: HtmlElement | undefined = block.owner; e !== undefined; e = e.parent) {
    if (elements.has(e)) return true;
    if (stopAt.has(e)) return false;
  }
  return false;
}

/** Why a block left the article. */
export type DropReason =
  RemovalReason | 'outside' | 'widget' | 'title' | 'image-caption' | 'link-list' | FurnitureKind;

/** A photo credit: "(Image: …)", "Photo: …", "Credit: …" — whatever element holds it. */
const CREDIT =
  /\((?:image|photo|picture|pic|credit|source)s?(?: credit)?\s*:[^)]*\)\s*$|^(?:photo|image|picture|credit)s?(?: credit)?\s*:/i;

function isImageCaption(block: Block): boolean {
  return block.chars < IMAGE_CAPTION_MAX_CHARS && CREDIT.test(block.text);
}

function extractOnce(root: HtmlElement, stripUnlikely: boolean, weighClasses: boolean): BlockExtraction {
  const segmentation = segment(root, { stripUnlikely });
  const chosen = findContainer(segmentation, weighClasses);
  const chosenSet = new Set(chosen);
  const noStop = new Set<HtmlElement>();
  const inArticle = segmentation.blocks.map((block) => insideAny(block, chosenSet, noStop));
  const cleaned = cleanConditionally(
    segmentation.blocks.filter((block, i) => block.removed === undefined && inArticle[i]!),
    chosen,
    segmentation.images,
    weighClasses,
  );
  const reasons = new Map<Block, DropReason>();
  const candidates: Block[] = [];
  for (const [i, block] of segmentation.blocks.entries()) {
    let reason: DropReason | undefined;
    if (!inArticle[i]!) reason = block.removed ?? 'outside';
    else if (block.removed !== undefined) reason = block.removed;
    else if (block.caption) reason = 'caption';
    else if (!block.embedded && insideAny(block, cleaned, chosenSet)) reason = 'widget';
    else if (block.owner.tag === 'h1') reason = 'title';
    else if (isImageCaption(block)) reason = 'image-caption';
    else reason = furnitureKind(block);
    if (reason === undefined) candidates.push(block);
    else reasons.set(block, reason);
  }
  for (const block of findLinkLists(candidates)) reasons.set(block, 'link-list');
  const kept = segmentation.blocks.filter((block) => !reasons.has(block));
  const dropped = segmentation.blocks
    .filter((block) => reasons.has(block))
    .map((block) => ({ block, reason: reasons.get(block)! }));
  const captions = segmentation.blocks.filter(
    (block, i) =>
      inArticle[i]! && (reasons.get(block) === 'caption' || reasons.get(block) === 'image-caption'),
  );
  return {
    kept,
    dropped,
    captions,
    bylines: segmentation.bylines,
    inlineCards: segmentation.inlineCards,
    container: chosen[0],
    body: segmentation.body,
  };
}

/** The furniture rules alone, for blocks already known to be the article (another extractor's output). */
export function cleanArticleBlocks(blocks: readonly Block[]): Block[] {
  const candidates = blocks.filter(
    (block) =>
      block.removed === undefined &&
      !block.caption &&
      !isImageCaption(block) &&
      furnitureKind(block) === undefined,
  );
  const lists = new Set(findLinkLists(candidates));
  return candidates.filter((block) => !lists.has(block));
}

function keptChars(extraction: BlockExtraction): number {
  return extraction.kept.reduce((sum, block) => sum + block.chars, 0);
}

/** Readability's retry ladder: relax furniture stripping, then class weights, keep the longest attempt. */
export function extractBlocks(root: HtmlElement): BlockExtraction {
  const attempts: BlockExtraction[] = [];
  for (const [stripUnlikely, weighClasses] of [
    [true, true],
    [false, true],
    [false, false],
  ] as const) {
    const attempt = extractOnce(root, stripUnlikely, weighClasses);
    if (keptChars(attempt) >= MIN_ARTICLE_CHARS) return attempt;
    attempts.push(attempt);
  }
  return attempts.reduce((best, attempt) => (keptChars(attempt) > keptChars(best) ? attempt : best));
}
