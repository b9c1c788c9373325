// The article page: clean text with the requested spans highlighted, captions, and the page furniture the
// extractor removed, collapsed.
import { safeHref } from '../brief/index.ts';
import type { ArticleResponse } from './api-schemas.ts';
import { renderArticleText } from './article-text.ts';
import { markup, type SafeHtml } from './html.ts';
import { articleHref, storyHref, type HighlightSpan } from './links.ts';
import { outletName } from './outlet.ts';

export function renderArticlePage(article: ArticleResponse, highlights: readonly HighlightSpan[]): SafeHtml {
  const facts = [
    outletName(article),
    article.publishedAt,
    article.byline === undefined ? undefined : `by ${article.byline}`,
    article.dateline,
  ].filter((f): f is string => f !== undefined);
  const external = article.url === undefined ? undefined : safeHref(article.url);
  const locations = article.locations.map((l) => {
    const href = l.url === undefined ? undefined : safeHref(l.url);
    return markup`<li>
      ${href === undefined ? l.source : markup`<a href="${href}" rel="noopener noreferrer nofollow">${l.url}</a>`}
    </li>`;
  });
  return markup`<article class="article">
    <h1>${article.title ?? '(untitled)'}</h1>
    <p class="meta">${facts.join(' · ')}</p>
    <p class="links">
      ${article.storyId === undefined ? '' : markup`<a href="${storyHref(article.storyId)}">the story</a> · `}${
        external === undefined
          ? ''
          : markup`<a href="${external}" rel="noopener noreferrer nofollow">original page</a> · `
      }<a href="/api/articles/${encodeURIComponent(article.id)}">JSON</a>
    </p>
    ${
      highlights.length > 0
        ? markup`<p class="highlight-note">
            ${highlights.length} passage(s) highlighted · <a href="${articleHref(article.id)}">clear</a>
          </p>`
        : ''
    }
    <div class="article-text">${renderArticleText(
      article.text,
      article.paragraphs,
      highlights.filter((h) => h.caption === undefined),
    )}</div>
    ${
      article.captions.length > 0
        ? markup`<section class="captions">
            <h2>Captions</h2>
            <ul>
              ${article.captions.map(
                (caption, index) =>
                  markup`<li class="caption">${renderArticleText(
                    caption,
                    [],
                    highlights.filter((h) => h.caption === index),
                  )}</li>`,
              )}
            </ul>
          </section>`
        : ''
    }
    <details class="removed">
      <summary>${article.removed.length} line(s) of page furniture removed</summary>
      <ul>
        ${article.removed.map((r) => markup`<li>${r}</li>`)}
      </ul>
    </details>
    <details class="locations">
      <summary>Seen at ${article.locations.length} location(s) · extracted by ${article.method}</summary>
      <ul>
        ${locations}
      </ul>
    </details>
  </article>`;
}
