// Search results: full-text hits over claims and article text, each with its snippet's matches marked.
import { markup, type HtmlPart, type SafeHtml } from './html.ts';
import { articleHref, storyHref } from './links.ts';

export interface SearchPageHit {
  readonly articleId: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly snippet: string;
  readonly storyId?: string;
}

/** The store marks matched terms between `[` and `]`. */
export function renderSnippet(snippet: string): SafeHtml {
  const parts: HtmlPart[] = snippet
    .split(/(\[[^[\]]*\])/)
    .map((piece) => (/^\[[^[\]]*\]$/.test(piece) ? markup`<mark>${piece.slice(1, -1)}</mark>` : piece));
  return markup`${parts}`;
}

export interface SearchPageClaim {
  readonly storyId: string;
  readonly storyTitle: string;
  readonly snippet: string;
}

export function renderSearchPage(
  query: string,
  hits: readonly SearchPageHit[],
  claims: readonly SearchPageClaim[] = [],
): SafeHtml {
  if (query === '')
    return markup`<h1>Search</h1>
      <p class="empty">Type words to find in the claims and the articles.</p>`;
  const claimItems = claims.map(
    (claim) =>
      markup`<li>
        <p class="snippet">${renderSnippet(claim.snippet)}</p>
        <a href="${storyHref(claim.storyId)}#claims">${claim.storyTitle}</a>
      </li>`,
  );
  const items = hits.map(
    (hit) =>
      markup`<li>
        <a href="${articleHref(hit.articleId)}">${hit.title ?? '(untitled)'}</a>${
          hit.outlet === undefined ? '' : markup` <span class="outlet">${hit.outlet}</span>`
        }${hit.storyId === undefined ? '' : markup` · <a href="${storyHref(hit.storyId)}">story</a>`}
        <p class="snippet">${renderSnippet(hit.snippet)}</p>
      </li>`,
  );
  return markup`<h1>Search: ${query}</h1>
    ${
      claims.length === 0
        ? ''
        : markup`<h2>Claims</h2>
          <ol class="hits claim-hits">
            ${claimItems}
          </ol>
          <h2>Articles</h2>`
    }
    ${
      hits.length === 0
        ? markup`<p class="empty">No article matches.</p>`
        : markup`<ol class="hits">
            ${items}
          </ol>`
    }`;
}
