// The claims matrix of a story page: one row per claim, one column per article (grouped by outlet), each
// cell saying whether that article supports the claim, contradicts it, or says nothing about it.
import type { ReportArticle, ReportClaim, ReportClaimEvidence, ReportStory } from '../brief/index.ts';
import { markup, type SafeHtml } from './html.ts';
import { articleHref, type HighlightSpan } from './links.ts';
import { outletName } from './outlet.ts';

/** `both`: the article gives the claim's value and an incompatible one (a correction, or quoting a rival
 *  figure). */
export type CellStance = 'supports' | 'contradicts' | 'both' | 'silent';

export interface MatrixColumn {
  readonly articleId: string;
  readonly outlet: string;
  readonly title?: string;
  readonly publishedAt?: string;
}

export interface MatrixCell {
  readonly articleId: string;
  readonly stance: CellStance;
  /** Values the article gives, as written, in the order its sentences give them. */
  readonly values: readonly string[];
  /** The article's sentences cited for the claim, supporting ones first. */
  readonly spans: readonly HighlightSpan[];
}

export interface MatrixRow {
  readonly claim: ReportClaim;
  readonly cells: readonly MatrixCell[];
}

export interface ClaimsMatrix {
  readonly columns: readonly MatrixColumn[];
  readonly rows: readonly MatrixRow[];
}

type ArticleLabel = Pick<ReportArticle, 'id' | 'source' | 'url' | 'title' | 'publisher' | 'publishedAt'>;

function column(articleId: string, article: ArticleLabel | undefined): MatrixColumn {
  return {
    articleId,
    outlet: article === undefined ? articleId : outletName(article),
    ...(article?.title === undefined ? {} : { title: article.title }),
    ...(article?.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
  };
}

function cell(articleId: string, claim: ReportClaim): MatrixCell {
  const own = (evidence: readonly ReportClaimEvidence[]): ReportClaimEvidence[] =>
    evidence.filter((e) => e.articleId === articleId);
  const support = own(claim.support);
  const conflicts = own(claim.conflicts);
  const stance: CellStance =
    support.length > 0 && conflicts.length > 0
      ? 'both'
      : support.length > 0
        ? 'supports'
        : conflicts.length > 0
          ? 'contradicts'
          : 'silent';
  const evidence = [...support, ...conflicts];
  const values = [...new Set(evidence.map((e) => e.value).filter((v): v is string => v !== undefined))];
  return {
    articleId,
    stance,
    values,
    spans: evidence.map((e) => ({ start: e.start, end: e.end, caption: e.caption })),
  };
}

/** Columns follow the story's articles grouped by outlet (outlets by name, each outlet's articles by date),
 *  so an outlet's follow-ups sit side by side; rows keep the story's claim order. */
export function buildClaimsMatrix(story: ReportStory, articles: readonly ArticleLabel[]): ClaimsMatrix {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const columns = story.articleIds
    .map((id) => column(id, byId.get(id)))
    .sort(
      (a, b) =>
        a.outlet.localeCompare(b.outlet) ||
        (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') ||
        a.articleId.localeCompare(b.articleId),
    );
  return {
    columns,
    rows: story.claims.map((claim) => ({
      claim,
      cells: columns.map((c) => cell(c.articleId, claim)),
    })),
  };
}

const STANCE_MARK: Readonly<Record<CellStance, string>> = {
  supports: '✓',
  contradicts: '✗',
  both: '±',
  silent: '·',
};

const STANCE_WORDS: Readonly<Record<CellStance, string>> = {
  supports: 'supports',
  contradicts: 'contradicts',
  both: 'gives both values',
  silent: 'silent',
};

/** Anchor of a claim's evidence panel on the story page; claims are numbered from 1 in story order. */
export function claimAnchor(index: number): string {
  return `claim-${index + 1}`;
}

/** Anchor of a claim's row in the matrix, where its evidence panel's close link returns. */
export function claimRowAnchor(index: number): string {
  return `claim-row-${index + 1}`;
}

function renderCell(matrixCell: MatrixCell, columnInfo: MatrixColumn | undefined): SafeHtml {
  const values = matrixCell.values.join('; ');
  const label = `${columnInfo?.outlet ?? matrixCell.articleId}: ${STANCE_WORDS[matrixCell.stance]}${
    values === '' ? '' : ` (${values})`
  }`;
  const sign = markup`<span aria-hidden="true">${STANCE_MARK[matrixCell.stance]}</span>`;
  const mark = values === '' ? sign : markup`${sign} <span class="cell-value">${values}</span>`;
  if (matrixCell.stance === 'silent') {
    return markup`<td class="cell silent" title="${label}">${mark}</td>`;
  }
  const href = articleHref(matrixCell.articleId, matrixCell.spans);
  return markup`<td class="cell ${matrixCell.stance}" data-stance="${matrixCell.stance}"><a href="${href}" title="${label}">${mark}</a></td>`;
}

function renderColumnHeader(column: MatrixColumn): SafeHtml {
  const date =
    column.publishedAt === undefined ? '' : markup`<br><small>${column.publishedAt.slice(0, 10)}</small>`;
  return markup`<th scope="col" class="outlet" title="${column.title ?? column.articleId}"><a href="${articleHref(column.articleId)}">${column.outlet}</a>${date}</th>`;
}

function renderRow(row: MatrixRow, index: number, columns: readonly MatrixColumn[]): SafeHtml {
  const { claim } = row;
  const flags = claim.flags.map((flag) => markup` <span class="flag">${flag}</span>`);
  return markup`<tr id="${claimRowAnchor(index)}" class="claim-row ${claim.status}" data-claim-id="${claim.id}">
<th scope="row" class="claim"><a href="#${claimAnchor(index)}">${claim.text}</a> <span class="status ${claim.status}">${claim.status}</span>${flags}</th>
${row.cells.map((cell, i) => renderCell(cell, columns[i]))}
</tr>
`;
}

export function renderClaimsMatrix(matrix: ClaimsMatrix): SafeHtml {
  if (matrix.rows.length === 0) {
    return markup`<p class="empty">No claims have been checked across this story's articles yet.</p>`;
  }
  return markup`<div class="matrix-scroll"><table class="claims-matrix">
<thead><tr><th scope="col">claim</th>${matrix.columns.map(renderColumnHeader)}</tr></thead>
<tbody>
${matrix.rows.map((row, index) => renderRow(row, index, matrix.columns))}</tbody>
</table></div>
<p class="legend">✓ supports · ✗ contradicts · ± gives both values · · silent. Click a claim for the sentences
that make it, or a cell for that article with them highlighted.</p>`;
}
