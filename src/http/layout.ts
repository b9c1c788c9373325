// The page shell every HTML page shares: header with the search box, the stylesheet, no inline script or style.
import { markup, type SafeHtml } from './html.ts';

export interface PageShell {
  readonly title: string;
  readonly body: SafeHtml;
  /** The search box's current text. */
  readonly query?: string;
  /** Whether to offer the ingest page (only when the server has a token). */
  readonly ingestEnabled: boolean;
}

export function renderPage(page: PageShell): string {
  return markup`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${page.title} · corroborate</title>
        <link rel="stylesheet" href="/static/style.css" />
        <link rel="icon" href="data:," />
      </head>
      <body>
        <header class="site">
          <a class="home" href="/">corroborate</a>
          <form class="search" action="/search" method="get" role="search">
            <input
              type="search"
              name="q"
              value="${page.query ?? ''}"
              aria-label="Search articles"
              placeholder="Search articles"
              maxlength="500"
            /><button type="submit">Search</button>
          </form>
          ${page.ingestEnabled ? markup`<a class="ingest-link" href="/ingest">Add articles</a>` : ''}
        </header>
        <main>${page.body}</main>
      </body>
    </html>
`.value;
}
