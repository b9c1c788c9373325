export { ABBREVIATIONS, splitSentences, paragraphRanges } from './sentences.ts';
