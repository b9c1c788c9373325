export { ABBREVIATIONS, splitSentences, paragraphRanges } from './sentences.ts';
export { nounLemma, verbLemma } from './lemmas.ts';
