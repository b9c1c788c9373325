// Pages are built with one tagged template that escapes every interpolated value unless it is already markup
// built here: article text is hostile, and escaping by default means forgetting cannot leak it. (It is named
// `markup`, not `html`, so Prettier does not reflow the whitespace inside the templates.)
import { escapeHtml } from '../brief/index.ts';

/** Markup produced by `markup`, inserted as is. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type HtmlPart = SafeHtml | string | number | undefined | null | false | readonly HtmlPart[];

function render(part: HtmlPart): string {
  if (part === undefined || part === null || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (typeof part === 'number') return String(part);
  if (typeof part === 'string') return escapeHtml(part);
  return part.map(render).join('');
}

/** `markup\`<p title="${x}">${y}</p>\``: strings and numbers are escaped (quote attributes), SafeHtml and
 *  arrays of parts are inserted; undefined, null and false insert nothing. */
export function markup(strings: TemplateStringsArray, ...parts: readonly HtmlPart[]): SafeHtml {
  let out = strings[0] ?? '';
  parts.forEach((part, index) => {
    out += render(part) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}
