// The story list: newest activity first, one row per story, paged.
import type { StorySummary } from './api-schemas.ts';
import { markup, type SafeHtml } from './html.ts';
import { storiesPageHref, storyHref } from './links.ts';
import { dateSpan } from './story-page.ts';

export interface StoryListPage {
  readonly stories: readonly StorySummary[];
  readonly page: number;
  readonly pageCount: number;
  readonly total: number;
  readonly articleCount: number;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function row(story: StorySummary): SafeHtml {
  const outlets = `${story.outlets.join(', ')}${story.outletsComplete ? '' : ', …'}`;
  return markup`<tr>
    <td class="title"><a href="${storyHref(story.id)}">${story.title}</a></td>
    <td class="outlets">${outlets}</td>
    <td class="num">${story.articleCount}</td>
    <td class="dates">${dateSpan(story.start, story.end)}</td>
    <td class="num contested">${story.contested ?? '–'}</td>
  </tr>`;
}

export function renderStoryList(list: StoryListPage): SafeHtml {
  if (list.total === 0) {
    return markup`<h1>Stories</h1>
      <p class="empty">
        The store holds no stories yet. Add articles with <code>corroborate ingest</code>, or from this page
        when the server runs with a token.
      </p>`;
  }
  const pager = markup`<nav class="pager">
    ${list.page > 1 ? markup`<a rel="prev" href="${storiesPageHref(list.page - 1)}">newer</a>` : ''}
    <span>page ${list.page} of ${list.pageCount}</span> ${
      list.page < list.pageCount
        ? markup`<a rel="next" href="${storiesPageHref(list.page + 1)}">older</a>`
        : ''
    }
  </nav>`;
  return markup`<h1>Stories</h1>
    <p class="meta">
      ${plural(list.total, 'story', 'stories')} from ${plural(list.articleCount, 'article', 'articles')},
      latest first.
    </p>
    <table class="stories">
      <thead>
        <tr>
          <th>story</th>
          <th>outlets</th>
          <th class="num">articles</th>
          <th>dates</th>
          <th class="num" title="claims the outlets contradict each other on">contested</th>
        </tr>
      </thead>
      <tbody>
        ${list.stories.map(row)}
      </tbody>
    </table>
    ${pager}`;
}
