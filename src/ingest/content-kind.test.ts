import { describe, expect, it } from 'vitest';
import { classifyContent, sniffContent } from './content-kind.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sniffContent', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['\uFEFF  <html lang="en"><p>x</p></html>', 'html'],
    ['<div><p>A fragment with no document around it.</p></div>', 'html'],
    ['<?xml version="1.0"?>\n<!-- generated -->\n<rss version="2.0"><channel/></rss>', 'feed'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'feed'],
    ['<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', 'feed'],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>', 'html'],
    ['<?xml version="1.0"?><urlset></urlset>', 'xml'],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": []}', 'json'],
    ['[{"text": "a"}]', 'json'],
    ['{"text": "a"}\n{"text": "b"}\n', 'jsonl'],
    ['{ this is prose in braces', 'text'],
    ['Plain words, a dateline and a story.', 'text'],
  ])('reads %j as %s', (content, kind) => {
    expect(sniffContent(bytes(content))).toBe(kind);
  });

  it('calls content with NUL bytes or a binary signature binary', () => {
    expect(sniffContent(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe('binary');
    expect(sniffContent(new Uint8Array([0x41, 0x42, 0x00, 0x43]))).toBe('binary');
  });
});

describe('classifyContent', () => {
  it('trusts a specific content type over the URL extension', () => {
    const result = classifyContent({
      name: '/story.txt',
      contentType: 'text/html',
      bytes: bytes('<p>x</p>'),
    });
    expect(result).toEqual({ kind: 'html', basis: 'content-type' });
  });

  it('lets the extension refine text/plain, as static hosts serve every file that way', () => {
    expect(classifyContent({ name: '/a.jsonl', contentType: 'text/plain', bytes: bytes('{}') }).kind).toBe(
      'jsonl',
    );
    expect(classifyContent({ name: '/a', contentType: 'text/plain', bytes: bytes('<p>x</p>') }).kind).toBe(
      'text',
    );
  });

  it('re-checks XML by type or extension, reading XHTML as a page', () => {
    const xhtml = bytes('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>');
    expect(classifyContent({ contentType: 'application/xml', bytes: xhtml }).kind).toBe('html');
    expect(classifyContent({ name: 'page.xml', bytes: xhtml }).kind).toBe('html');
  });

  it('refuses media types that are not pages, text or feeds', () => {
    expect(classifyContent({ contentType: 'application/pdf', bytes: bytes('%PDF-') }).kind).toBe(
      'unsupported',
    );
  });

  it('sniffs when the content type says nothing', () => {
    const result = classifyContent({ contentType: 'application/octet-stream', bytes: bytes('<rss></rss>') });
    expect(result).toEqual({ kind: 'feed', basis: 'sniff' });
  });
});
