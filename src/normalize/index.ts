export { splitSentences, paragraphRanges } from './sentences.ts';
