// Photo captions and credits: lines that describe a picture rather than tell the story. They leave the body for
// `captions`. Every rule keys on a credit marker, never on an agency's or photographer's name.
import { stripBullet } from './shape.ts';

/** Words that mark a parenthesised or trailing credit: "(Name, Pool Photo via Agency)", "(File photo)". */
const CREDIT_WORD =
  /\b(?:photos?|photograph(?:er|s)?|pool|images?|file|courtesy|handout|credits?|illustration|pictures?|via|stringer|screenshot|screengrab)\b/iu;

/** A line opening with a credit label: "Photo: …", "Image credit: …", "Photo by …", "File photo …". */
const LEADING_CREDIT =
  /^(?:(?:photo|photograph|picture|image|illustration|video|top image|main image|header image|featured image|lead image)\s*(?:credit)?\s*[:：|]|(?:photo|image)?\s*credits?\s*[:：|]|(?:photo|photograph|picture|image)s? by\s+\p{Lu}|file photo\b|caption\s*[:：])/iu;

/** The line ends in a parenthesised credit. */
const TRAILING_PARENTHESIS = /\(([^()]{2,160})\)\s*$/u;

/** The line ends in "Photo: Name/Agency" or "| Credit: Name". */
const TRAILING_LABELLED_CREDIT =
  /(?:^|[\s.|–—-])(?:photo|photograph|picture|image|credit|photo credit|image credit)\s*[:：]\s*\p{Lu}[^!?]{0,100}(?<!\.)$/iu;

/** The line is, or ends after a sentence with, an agency slash credit: "Agency Photo/Name", "AGENCY/Name Surname". */
const TRAILING_SLASH_CREDIT =
  /(?:^|[.)|–—]\s+)((?:\p{Lu}[\p{L}.&'-]*\s){0,3}\p{Lu}[\p{L}.&'-]*)\s?\/\s?\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}\s*$/u;

/** A short credit-only line: "Agency via Agency Images", "Agency Photo", "Photographer / Agency Images". */
const CREDIT_ONLY =
  /^(?:\p{Lu}[\p{L}&.'’-]*\s){0,4}(?:via\s(?:\p{Lu}[\p{L}&.'’-]*\s){0,3})?(?:Images|Photos?|Pictures|Photography)$/u;

/** Words of a credit-only line. */
const CREDIT_ONLY_MAX_WORDS = 6;

/** A bare credit ("Agency Images", "Agency via Agency Images"): short, capitalised, closed by a picture word. */
export function isCreditOnlyLine(line: string): boolean {
  const text = stripBullet(line);
  return (
    text.split(/\s+/u).length <= CREDIT_ONLY_MAX_WORDS && CREDIT_ONLY.test(text.replace(/\s*\/\s*/gu, ' '))
  );
}

export function isCaptionLine(line: string): boolean {
  const text = stripBullet(line);
  if (LEADING_CREDIT.test(text) || isCreditOnlyLine(text)) return true;
  const parenthesis = TRAILING_PARENTHESIS.exec(text);
  if (parenthesis?.[1] !== undefined && CREDIT_WORD.test(parenthesis[1])) return true;
  if (TRAILING_LABELLED_CREDIT.test(text)) return true;
  const slash = TRAILING_SLASH_CREDIT.exec(text);
  if (slash?.[1] !== undefined) {
    const agency = slash[1].trim();
    // The part before the slash holds a credit word ("Agency Photo") or is an all-caps agency tag ("AGENCY");
    // two capitals ("US/EU Relations") are too common in headings to count.
    if (
      CREDIT_WORD.test(agency) ||
      (/^[\p{Lu}\s.&'-]+$/u.test(agency) && agency.replace(/[^\p{Lu}]/gu, '').length >= 3)
    ) {
      return true;
    }
  }
  return false;
}
