// The ingest form (paste URLs, paste text, upload files) and its result; offered only when the server has a
// token, and the token must be typed into the form, so another site cannot post it on a reader's behalf.
import type { IngestResult } from './api-schemas.ts';
import { markup, type SafeHtml } from './html.ts';
import { storyHref } from './links.ts';
import { MAX_INGEST_ITEMS } from './thresholds.ts';

export function renderIngestForm(message?: string): SafeHtml {
  return markup`<h1>Add articles</h1>
    ${message === undefined ? '' : markup`<p class="error">${message}</p>`}
    <form class="ingest" action="/ingest" method="post" enctype="multipart/form-data">
      <label>Token <input type="password" name="token" required autocomplete="current-password" /></label>
      <label>URLs, one per line <textarea name="urls" rows="5" placeholder="https://…"></textarea></label>
      <label>Files <input type="file" name="files" multiple /></label>
      <fieldset>
        <legend>Or paste an article</legend>
        <label
          >Name <input type="text" name="textName" placeholder="article.txt or page.html" maxlength="200"
        /></label>
        <label>Text or HTML <textarea name="textContent" rows="10"></textarea></label>
      </fieldset>
      <p class="meta">
        Up to ${MAX_INGEST_ITEMS} items per request. URLs on private networks are never fetched.
      </p>
      <button type="submit">Add</button>
    </form>`;
}

export function renderReadOnly(): SafeHtml {
  return markup`<h1>Read-only</h1>
    <p>
      This server was started without a token, so articles cannot be added from the web. Start it with
      <code>--token</code> (or <code>CORROBORATE_TOKEN</code>), or run <code>corroborate ingest</code>.
    </p>`;
}

export function renderIngestResult(result: IngestResult, titleOf: (storyId: string) => string): SafeHtml {
  const stories = result.storyIds.map((id) => markup`<li><a href="${storyHref(id)}">${titleOf(id)}</a></li>`);
  const diagnostics = result.diagnostics.map(
    (d) => markup`<li class="${d.severity}"><code>${d.code}</code> ${d.source ?? ''}: ${d.message}</li>`,
  );
  return markup`<h1>Added</h1>
    <p>
      ${result.added} new article(s), ${result.newLocations} new location(s) of known articles,
      ${result.unchanged} unchanged, ${result.failed.length} failed.
    </p>
    ${
      stories.length > 0
        ? markup`<h2>Stories</h2>
            <ul>
              ${stories}
            </ul>`
        : ''
    }
    ${
      diagnostics.length > 0
        ? markup`<h2>Problems</h2>
            <ul class="diagnostics">
              ${diagnostics}
            </ul>`
        : ''
    }
    <p><a href="/ingest">Add more</a></p>`;
}
