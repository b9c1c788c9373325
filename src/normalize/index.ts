export { ABBREVIATIONS, splitSentences, paragraphRanges } from './sentences.ts';
export { namesPeople, nounLemma, verbLemma } from './lemmas.ts';
