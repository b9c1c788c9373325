// Verbs that attribute words to a speaker, every form mapped to the past tense reported as `verb`.

interface VerbEntry {
  /** Base, -s form, past, -ing form. */
  readonly forms: readonly [string, string, string, string];
  /** Introduces reported speech without quote marks ("X said the talks failed"). */
  readonly reports: boolean;
}

const VERBS: readonly VerbEntry[] = [
  { forms: ['say', 'says', 'said', 'saying'], reports: true },
  { forms: ['tell', 'tells', 'told', 'telling'], reports: true },
  { forms: ['state', 'states', 'stated', 'stating'], reports: true },
  { forms: ['add', 'adds', 'added', 'adding'], reports: true },
  { forms: ['insist', 'insists', 'insisted', 'insisting'], reports: true },
  { forms: ['urge', 'urges', 'urged', 'urging'], reports: true },
  { forms: ['accuse', 'accuses', 'accused', 'accusing'], reports: true },
  { forms: ['warn', 'warns', 'warned', 'warning'], reports: true },
  { forms: ['claim', 'claims', 'claimed', 'claiming'], reports: true },
  { forms: ['announce', 'announces', 'announced', 'announcing'], reports: true },
  { forms: ['argue', 'argues', 'argued', 'arguing'], reports: true },
  { forms: ['note', 'notes', 'noted', 'noting'], reports: true },
  { forms: ['explain', 'explains', 'explained', 'explaining'], reports: true },
  { forms: ['confirm', 'confirms', 'confirmed', 'confirming'], reports: true },
  { forms: ['deny', 'denies', 'denied', 'denying'], reports: true },
  { forms: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'], reports: true },
  { forms: ['admit', 'admits', 'admitted', 'admitting'], reports: true },
  { forms: ['declare', 'declares', 'declared', 'declaring'], reports: true },
  { forms: ['assert', 'asserts', 'asserted', 'asserting'], reports: true },
  { forms: ['allege', 'alleges', 'alleged', 'alleging'], reports: true },
  { forms: ['predict', 'predicts', 'predicted', 'predicting'], reports: true },
  { forms: ['promise', 'promises', 'promised', 'promising'], reports: true },
  { forms: ['pledge', 'pledges', 'pledged', 'pledging'], reports: true },
  { forms: ['vow', 'vows', 'vowed', 'vowing'], reports: true },
  { forms: ['suggest', 'suggests', 'suggested', 'suggesting'], reports: true },
  { forms: ['stress', 'stresses', 'stressed', 'stressing'], reports: true },
  { forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'], reports: true },
  { forms: ['emphasise', 'emphasises', 'emphasised', 'emphasising'], reports: true },
  { forms: ['reiterate', 'reiterates', 'reiterated', 'reiterating'], reports: true },
  { forms: ['caution', 'cautions', 'cautioned', 'cautioning'], reports: true },
  { forms: ['concede', 'concedes', 'conceded', 'conceding'], reports: true },
  { forms: ['disclose', 'discloses', 'disclosed', 'disclosing'], reports: true },
  { forms: ['reveal', 'reveals', 'revealed', 'revealing'], reports: true },
  { forms: ['maintain', 'maintains', 'maintained', 'maintaining'], reports: false },
  { forms: ['ask', 'asks', 'asked', 'asking'], reports: false },
  { forms: ['demand', 'demands', 'demanded', 'demanding'], reports: false },
  { forms: ['reply', 'replies', 'replied', 'replying'], reports: false },
  { forms: ['respond', 'responds', 'responded', 'responding'], reports: false },
  { forms: ['write', 'writes', 'wrote', 'writing'], reports: false },
  { forms: ['tweet', 'tweets', 'tweeted', 'tweeting'], reports: false },
  { forms: ['post', 'posts', 'posted', 'posting'], reports: false },
  { forms: ['recall', 'recalls', 'recalled', 'recalling'], reports: false },
  { forms: ['complain', 'complains', 'complained', 'complaining'], reports: false },
  { forms: ['observe', 'observes', 'observed', 'observing'], reports: false },
  { forms: ['remark', 'remarks', 'remarked', 'remarking'], reports: false },
  { forms: ['quip', 'quips', 'quipped', 'quipping'], reports: false },
  { forms: ['recount', 'recounts', 'recounted', 'recounting'], reports: false },
  { forms: ['counter', 'counters', 'countered', 'countering'], reports: false },
  { forms: ['continue', 'continues', 'continued', 'continuing'], reports: false },
  { forms: ['conclude', 'concludes', 'concluded', 'concluding'], reports: false },
  { forms: ['underline', 'underlines', 'underlined', 'underlining'], reports: false },
  { forms: ['underscore', 'underscores', 'underscored', 'underscoring'], reports: false },
  { forms: ['express', 'expresses', 'expressed', 'expressing'], reports: false },
  { forms: ['describe', 'describes', 'described', 'describing'], reports: false },
  { forms: ['call', 'calls', 'called', 'calling'], reports: false },
  { forms: ['dub', 'dubs', 'dubbed', 'dubbing'], reports: false },
  { forms: ['label', 'labels', 'labelled', 'labelling'], reports: false },
  { forms: ['term', 'terms', 'termed', 'terming'], reports: false },
  { forms: ['brand', 'brands', 'branded', 'branding'], reports: false },
];

export interface SpeechVerb {
  /** Past tense, reported as `Quote.verb`. */
  readonly past: string;
  readonly reports: boolean;
  /** An -ing form: a speech act inside another clause ("by stating", "emphasizing"). */
  readonly progressive: boolean;
}

export const SPEECH_VERBS: ReadonlyMap<string, SpeechVerb> = new Map(
  VERBS.flatMap(({ forms, reports }) =>
    forms.map((form, index) => [form, { past: forms[2], reports, progressive: index === 3 }] as const),
  ),
);

/** Every speech-verb form as a whole word, longest first. */
export const SPEECH_VERB_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(?:${[...SPEECH_VERBS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}'’-])`,
  'gu',
);

/** Characters in the longest speech-verb form. */
export const LONGEST_SPEECH_VERB = Math.max(...[...SPEECH_VERBS.keys()].map((form) => form.length));
