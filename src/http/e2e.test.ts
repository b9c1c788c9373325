// End to end: the bundled example and a hostile article in a temporary database, the real server on a free
// port, and Debian's Chromium driven by playwright-core. Skipped only off CI when Chromium is not installed.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestIntoStore } from '../pipeline/index.ts';
import { openSqliteStore, type Store } from '../store/index.ts';
import { createApp } from './app.ts';
import { startServer, type RunningServer } from './server.ts';

const CHROMIUM = '/usr/bin/chromium';
const EXAMPLE = new URL('../../examples/harbour-fire/', import.meta.url).pathname;
const HOSTILE = new URL('../../test/fixtures/http/hostile-article/', import.meta.url).pathname;
const SCREENSHOTS = new URL('../../test/screenshots/', import.meta.url).pathname;
const onCi = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false';
const runnable = existsSync(CHROMIUM) || onCi;

describe.skipIf(!runnable)(
  `serve in Chromium${runnable ? '' : ` (skipped: ${CHROMIUM} is missing — apt-get install -y chromium)`}`,
  () => {
    let scratch: string;
    let store: Store;
    let server: RunningServer;
    let browser: Browser;
    let exampleStoryId: string;
    let hostileStoryId: string;
    let hostileArticleId: string;
    const dialogs: string[] = [];
    const consoleErrors: string[] = [];

    async function open(path: string): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(200);
      return page;
    }

    beforeAll(async () => {
      expect(
        existsSync(CHROMIUM),
        `${CHROMIUM} is missing; CI installs it with apt-get install -y chromium`,
      ).toBe(true);
      scratch = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
      store = openSqliteStore({ path: join(scratch, 'e2e.db') });
      const example = await ingestIntoStore(store, [EXAMPLE]);
      const hostile = await ingestIntoStore(store, [HOSTILE]);
      expect([...example.failedSources, ...hostile.failedSources]).toEqual([]);
      exampleStoryId = store.storyOfArticle(example.articleIds[0] ?? '') ?? '';
      hostileArticleId =
        hostile.articleIds.find((id) => store.getArticle(id)?.title?.includes('<script>') === true) ?? '';
      hostileStoryId = store.storyOfArticle(hostileArticleId) ?? '';
      expect(exampleStoryId).not.toBe(hostileStoryId);
      server = await startServer(createApp({ store }), { host: '127.0.0.1', port: 0 });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      store?.close();
      if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
    });

    it('shows the example story with a claims matrix of one column per article', async () => {
      const page = await open(`/stories/${exampleStoryId}`);
      const columns = await page.locator('table.claims-matrix thead th.outlet').count();
      expect(columns).toBe(store.getStory(exampleStoryId)?.articleIds.length);
      const rows = await page.locator('table.claims-matrix tbody tr.claim-row').count();
      expect(rows, 'claims matrix rows (needs claims from crosscheck)').toBeGreaterThanOrEqual(1);
      expect(await page.locator('table.claims-matrix td.cell.supports').count()).toBeGreaterThanOrEqual(1);
      expect(await page.locator('#timeline svg circle').count()).toBeGreaterThanOrEqual(1);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'serve-story.png'), fullPage: false });
      await page.close();
    });

    it('shows a claim’s cited sentences when it is clicked, and each highlighted in its article', async () => {
      const page = await open(`/stories/${exampleStoryId}`);
      const panel = page.locator('#claim-1');
      expect(await panel.isVisible()).toBe(false);
      await page.locator('table.claims-matrix th.claim a').first().click();
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.locator('blockquote').count()).toBeGreaterThanOrEqual(1);
      await page.screenshot({ path: join(SCREENSHOTS, 'serve-claim.png') });
      await panel.locator('li a').first().click();
      await page.waitForURL(/\/articles\/[^?]+\?hl=\d+-\d+/);
      expect(await page.locator('.article-text mark').count()).toBeGreaterThanOrEqual(1);
      expect(await page.locator('.article-text mark').first().isVisible()).toBe(true);
      await page.close();
    });

    it('keeps a hostile article inert: no dialog, no injected element, no script run', async () => {
      const paths = [
        `/stories/${hostileStoryId}`,
        `/articles/${hostileArticleId}`,
        `/articles/${hostileArticleId}?hl=0-60`,
        '/search?q=pwned',
        '/',
      ];
      for (const path of paths) {
        const page = await open(path);
        const found = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          scripts: document.querySelectorAll('script').length,
          injected: document.querySelectorAll('img, iframe, object, embed, svg[onload], [onerror], [onclick]')
            .length,
          handlers: [...document.querySelectorAll('*')].filter((e) =>
            [...e.attributes].some((a) => a.name.startsWith('on')),
          ).length,
          scriptLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
            (a.getAttribute('href') ?? '').trim().toLowerCase().startsWith('javascript:'),
          ).length,
        }));
        expect(found, path).toEqual({
          pwned: undefined,
          scripts: 0,
          injected: 0,
          handlers: 0,
          scriptLinks: 0,
        });
        await page.close();
      }
      const article = await open(`/articles/${hostileArticleId}`);
      expect(await article.locator('h1').innerText()).toContain('<img src=x onerror=');
      expect(await article.locator('.article-text').innerText()).toContain('<script>window.__pwned=9');
      await article.screenshot({ path: join(SCREENSHOTS, 'serve-hostile.png') });
      await article.close();
      expect(dialogs).toEqual([]);
    });

    it('runs its own pages without a content-policy violation or script error', () => {
      expect(consoleErrors).toEqual([]);
    });
  },
);
