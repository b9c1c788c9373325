// Peer adapters run on the same pages in the same process: Readability.js over linkedom and over jsdom.
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';

export type PeerName = 'readability-linkedom' | 'readability-jsdom';

export function readabilityLinkedom(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document).parse();
  return article?.textContent ?? '';
}

export function readabilityJsdom(html: string, url?: string): string {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { ...(url === undefined ? {} : { url }), virtualConsole });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article?.textContent ?? '';
}

export const peers: Record<PeerName, (html: string, url?: string) => string> = {
  'readability-linkedom': (html) => readabilityLinkedom(html),
  'readability-jsdom': readabilityJsdom,
};
