// Training-time only: labelled sentences generated from the gazetteer lists and templates written here, for
// readings the training corpora hardly hold — sports pages (clubs named after places are ORG, national
// sides LOC, results and standings lines; datelines and headlines keep places LOC) and newswire
// organisation phrases (agencies, ministries, firms with their legal suffix, parties, acronyms after a full
// name). No evaluation text is read.
import { seededRandom } from '../../core/index.ts';
import type { LabelledDocument, LabelledSentence } from './conll-format.ts';
import type { GazetteerCategory, GazetteerLists } from './gazetteer.ts';

export interface SyntheticSettings {
  /** Sports documents (report, results lines, standings). */
  readonly sportsDocuments: number;
  /** Newswire documents built around organisation names. */
  readonly organisationDocuments: number;
  /** Share of clubs named after a place the text resources know (see `familiar`), the rest drawn from all. */
  readonly familiarShare: number;
  readonly seed: number;
}

type Label = 'PER' | 'ORG' | 'LOC' | 'MISC';
type Name = readonly string[];

/** Words kept lower-case inside a title-cased name. */
const LOWER_IN_NAME = new Set(['of', 'and', 'the', 'de', 'del', 'la', 'le', 'du', 'da', 'von', 'van', 'on']);

function titleCase(phrase: string): Name {
  return phrase.split(' ').map((word, index) =>
    index > 0 && LOWER_IN_NAME.has(word)
      ? word
      : word
          .split('-')
          .map((part) => (LOWER_IN_NAME.has(part) ? part : part.charAt(0).toUpperCase() + part.slice(1)))
          .join('-'),
  );
}

/** Plain-ASCII names of one to `maxTokens` words, title-cased; the lists are lower-cased phrase keys. */
function names(lists: GazetteerLists, categories: readonly GazetteerCategory[], maxTokens: number): Name[] {
  const seen = new Set<string>();
  const out: Name[] = [];
  for (const category of categories) {
    for (const phrase of lists[category] ?? []) {
      if (seen.has(phrase) || !/^[a-z][a-z' -]*[a-z]$/.test(phrase) || phrase.length < 4) continue;
      if (phrase.split(' ').length > maxTokens) continue;
      seen.add(phrase);
      out.push(titleCase(phrase));
    }
  }
  return out;
}

class SentenceBuilder {
  private readonly tokens: string[] = [];
  private readonly tags: string[] = [];

  /** Untagged words, separated by spaces. */
  words(text: string): this {
    for (const token of text.split(' ')) {
      if (token === '') continue;
      this.tokens.push(token);
      this.tags.push('O');
    }
    return this;
  }

  entity(name: Name, label: Label): this {
    name.forEach((token, index) => {
      this.tokens.push(token);
      this.tags.push(`${index === 0 ? 'B' : 'I'}-${label}`);
    });
    return this;
  }

  build(upper = false): LabelledSentence {
    return {
      tokens: upper ? this.tokens.map((t) => t.toUpperCase()) : [...this.tokens],
      tags: [...this.tags],
    };
  }
}

const say = (): SentenceBuilder => new SentenceBuilder();

/** Club name patterns around a place name (whole phrase ORG); the bare place is the commonest. */
const CLUB_PATTERNS: readonly ((place: Name) => Name)[] = [
  (place) => place,
  (place) => place,
  (place) => place,
  (place) => [...place, 'United'],
  (place) => [...place, 'City'],
  (place) => [...place, 'FC'],
  (place) => [...place, 'Rovers'],
  (place) => [...place, 'Athletic'],
  (place) => ['Real', ...place],
  (place) => ['Sporting', ...place],
];

const SPORTS = [
  { name: 'SOCCER', kind: 'goals' },
  { name: 'FOOTBALL', kind: 'goals' },
  { name: 'CRICKET', kind: 'runs' },
  { name: 'RUGBY UNION', kind: 'points' },
  { name: 'RUGBY LEAGUE', kind: 'points' },
  { name: 'BASEBALL', kind: 'runs-us' },
  { name: 'BASKETBALL', kind: 'points-us' },
  { name: 'ICE HOCKEY', kind: 'goals-us' },
] as const;

/** Sentences of a match report, see `fillTemplate` for the slots; wording of our own, for any sport. */
const REPORT_TEMPLATES = [
  '{A} beat {B} {H}-{L} on {D} .',
  '{A} defeated {B} {H}-{L} in front of their own fans .',
  '{P} scored twice as {A} won {H}-{L} at {B} .',
  '{A} drew {L}-{L} with {B} in {V} .',
  '{A} were held to a {L}-{L} draw by {B} .',
  '{A} went down {L}-{H} at home to {B} .',
  'A late goal from {P} gave {A} victory over {B} .',
  '{A} and {B} are level on points at the top .',
  '{A} lead the table by {N} points from {B} .',
  '{A} captain {S} said his side had played well against {B} .',
  '{A} coach {P} said the defeat by {B} was hard to take .',
  "{A} 's {P} was sent off against {B} .",
  '{P} joined {A} from {B} on {D} .',
  "{A} 's game against {B} was called off because of rain .",
  '{A} face {B} on {D} needing a win .',
  '{A} dismissed {B} for {L} before lunch .',
  '{A} won the toss and chose to bat against {B} .',
  '{P} made {H} for {A} , who need {L} more runs to win .',
  'Replying to {H} , {A} closed on {L} for {N} .',
  'Fans of {A} and {B} clashed before the kick-off .',
  '{A} have won {N} of their last {H} games against {B} .',
  'The win lifted {A} above {B} into third place .',
];

const MONTHS = ['January', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'December'];
/** Headline frames around a place, written in capitals by the builder. */
const PLACE_HEADLINES: readonly (readonly [string, string])[] = [
  ['storms close roads near', ''],
  ['', 'braces for floods'],
  ['talks to resume in', 'next week'],
  ['fire damages market in', ''],
  ['', 'voters go to the polls'],
  ['prices rise in', ''],
  ['strike halts trains in', ''],
];

const WIN_VERBS = ['beat', 'defeated', 'overcame', 'edged', 'thrashed', 'crushed', 'downed', 'routed'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const COMPETITION_WORDS = ['league', 'cup', 'championship', 'division', 'conference', 'series'];
const TOPICS = [
  'Foreign',
  'Defence',
  'Defense',
  'Interior',
  'Finance',
  'Trade',
  'Health',
  'Agriculture',
  'Energy',
  'Justice',
  'Labour',
  'Transport',
  'Education',
  'Commerce',
  'Economy',
];
const BODY_WORDS = ['Ministry', 'Department', 'Office', 'Commission', 'Council', 'Committee', 'Agency'];
const COMPANY_SUFFIXES = [
  'Corp',
  'Corp.',
  'Inc',
  'Inc.',
  'Ltd',
  'Plc',
  'Co',
  'Group',
  'Holdings',
  'AG',
  'SA',
];
const BUSINESS_WORDS = ['Bank', 'Airlines', 'Motors', 'Steel', 'Petroleum', 'Telecom', 'Insurance', 'Mining'];
const PARTY_WORDS = [
  'Democratic',
  'Socialist',
  'Liberal',
  'Conservative',
  'Labour',
  'Green',
  'National',
  'People',
  'Republican',
  'Progressive',
  'Communist',
  'Popular',
];
const MEDIA_WORDS = ['Times', 'Post', 'Herald', 'Tribune', 'Daily', 'News', 'Gazette', 'Journal', 'Star'];
const SPEECH_VERBS = ['said', 'reported', 'quoted', 'told', 'announced', 'added', 'denied'];

/** Generates the labelled documents; the same lists and settings give the same documents. */
export function syntheticDocuments(
  lists: GazetteerLists,
  settings: SyntheticSettings,
  familiar: (lowerWord: string) => boolean = () => false,
): LabelledDocument[] {
  const random = seededRandom(settings.seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('expected a non-empty list to pick from, found an empty one');
    return item;
  };
  const integer = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const places = names(lists, ['major-city', 'admin-region', 'capital'], 2);
  const towns = names(lists, ['city'], 2);
  // Places the text resources know (written capitalised in running text): their own word weights lean to
  // LOC, so clubs named after them are what the sports lines must teach.
  const familiarPlaces = [...places, ...towns].filter((name) =>
    name.every((token) => familiar(token.toLowerCase())),
  );
  const clubPlace = (): Name =>
    familiarPlaces.length > 0 && random() < settings.familiarShare ? pick(familiarPlaces) : pick(places);
  const countries = names(lists, ['country'], 3).filter((name) => name.every((t) => t.length > 2));
  const demonyms = names(lists, ['demonym'], 1);
  const teams = names(lists, ['sports-team'], 4);
  const firstNames = names(lists, ['first-name'], 1);
  const surnames = names(lists, ['person-name', 'last-name'], 1);
  const companies = names(lists, ['company', 'organization'], 2);
  const person = (): Name =>
    random() < 0.3
      ? [`${pick(firstNames)[0]?.charAt(0) ?? 'J'}.`, ...pick(surnames)]
      : [...pick(firstNames), ...pick(surnames)];
  const surname = (): Name => (random() < 0.5 ? pick(surnames) : person());

  // The same place lists in their ordinary reading, so the lists' weights do not learn "place → club".
  const placeLine = (): LabelledSentence => {
    const place = pick(places);
    if (random() < 0.25) {
      // A headline in capitals: a place there is still a place.
      const [before, after] = pick(PLACE_HEADLINES);
      return say()
        .words(before ?? '')
        .entity(place, 'LOC')
        .words(after ?? '')
        .build(true);
    }
    switch (integer(0, 4)) {
      case 0:
        return say()
          .entity(person(), 'PER')
          .words(`arrived in`)
          .entity(place, 'LOC')
          .words(`on ${pick(DAYS)} .`)
          .build();
      case 1:
        return say().entity(place, 'LOC').words(',').entity(pick(countries), 'LOC').build();
      case 2:
        return say()
          .entity(place, 'LOC')
          .words(`has about ${integer(2, 900)},000 people .`)
          .build();
      case 3:
        return say().words('Police in').entity(place, 'LOC').words('said the roads were closed .').build();
      default:
        return say().words('The next game will be played in').entity(place, 'LOC').words('.').build();
    }
  };

  /** A wire dateline: the place in capitals (LOC) and a date, alone or opening the first sentence. */
  const dateline = (place: Name): SentenceBuilder => {
    const builder = say().entity(
      place.map((token) => token.toUpperCase()),
      'LOC',
    );
    if (random() < 0.5) return builder.words(`, ${pick(MONTHS)} ${integer(1, 28)} -`);
    return builder.words(
      `${integer(1990, 2030)}-${String(integer(1, 12)).padStart(2, '0')}-${String(integer(1, 28)).padStart(2, '0')}`,
    );
  };

  /** `{A}` `{B}` sides, `{P}` a person, `{S}` a surname or person, `{V}` a town (LOC), `{H}` `{L}` the
   *  higher and lower score, `{N}` a small number, `{D}` a weekday; every other word is untagged. */
  const fillTemplate = (
    template: string,
    slots: { readonly a: Name; readonly b: Name; readonly high: number; readonly low: number },
    sideLabel: Label,
  ): LabelledSentence => {
    const builder = say();
    for (const word of template.split(' ')) {
      if (word === '{A}') builder.entity(slots.a, sideLabel);
      else if (word === '{B}') builder.entity(slots.b, sideLabel);
      else if (word === '{P}') builder.entity(person(), 'PER');
      else if (word === '{S}') builder.entity(surname(), 'PER');
      else if (word === '{V}') builder.entity(pick(towns), 'LOC');
      else
        builder.words(
          word
            .replace('{H}', String(slots.high))
            .replace('{L}', String(slots.low))
            .replace('{N}', String(integer(2, 9)))
            .replace('{D}', pick(DAYS)),
        );
    }
    return builder.build();
  };

  const sportsDocument = (): LabelledSentence[] => {
    const sport = pick(SPORTS);
    const us = sport.kind.endsWith('-us');
    const international = random() < 0.2;
    // A league of clubs from places (ORG) or, in an international event, of national sides (LOC).
    const sideLabel: Label = international ? 'LOC' : 'ORG';
    const sides: Name[] = [];
    const size = integer(4, 10);
    while (sides.length < size) {
      if (international) sides.push(pick(countries));
      else if (us && random() < 0.3) sides.push(pick(teams));
      else sides.push(us ? clubPlace() : pick(CLUB_PATTERNS)(clubPlace()));
    }
    const side = (): Name => pick(sides);
    const pair = (): [Name, Name] => {
      const a = side();
      let b = side();
      for (let tries = 0; b === a && tries < 5; tries += 1) b = side();
      return [a, b];
    };
    const score = (): number =>
      sport.kind === 'runs' ? integer(80, 480) : us ? integer(0, 120) : integer(0, 5);
    const sentences: LabelledSentence[] = [];
    const [home = side(), away = side()] = sides;
    const venue = pick(towns);
    switch (integer(0, 3)) {
      case 0:
        sentences.push(
          say()
            .words(`${sport.name} -`)
            .entity(home, sideLabel)
            .words(pick(WIN_VERBS))
            .entity(away, sideLabel)
            .build(true),
        );
        break;
      case 1:
        sentences.push(
          say()
            .words(`${sport.name} -`)
            .entity(pick(demonyms), 'MISC')
            .words(`${pick(COMPETITION_WORDS)} results`)
            .build(true),
        );
        break;
      case 2:
        sentences.push(say().entity(home, sideLabel).words('at').entity(away, sideLabel).build(true));
        break;
      default:
        sentences.push(say().words(`${sport.name} - results`).build(true));
    }
    sentences.push(dateline(venue).build());
    for (let line = integer(1, 3); line > 0; line -= 1) sentences.push(placeLine());
    if (us) {
      for (let line = integer(0, 4); line > 0; line -= 1) {
        const [a, b] = pair();
        sentences.push(say().entity(a, sideLabel).words('at').entity(b, sideLabel).build(true));
      }
    }
    const reportLines = integer(1, 4);
    for (let line = 0; line < reportLines; line += 1) {
      const [a, b] = pair();
      const [high, low] = [Math.max(score(), score()), Math.min(score(), score())];
      sentences.push(fillTemplate(pick(REPORT_TEMPLATES), { a, b, high, low }, sideLabel));
    }
    const resultLines = integer(2, 8);
    for (let line = 0; line < resultLines; line += 1) {
      const [a, b] = pair();
      const builder = say();
      if (sport.kind === 'runs') {
        if (random() < 0.4) builder.words('At').entity(pick(towns), 'LOC').words(':');
        builder.entity(a, sideLabel).words(`${score()}`);
        if (random() < 0.5)
          builder
            .words('(')
            .entity(surname(), 'PER')
            .words(`${integer(5, 150)} ,`)
            .entity(surname(), 'PER')
            .words(`${integer(1, 7)}-${integer(10, 90)} )`);
        builder
          .words(random() < 0.5 ? 'and' : ',')
          .entity(b, sideLabel)
          .words(`${score()}`);
        if (random() < 0.5) builder.words(`for ${integer(1, 9)}`);
        builder.words('.');
      } else if (random() < 0.25) {
        builder
          .entity(a, sideLabel)
          .words(`${integer(1, 30)} points ,`)
          .entity(b, sideLabel)
          .words(`${integer(0, 12)} .`);
      } else {
        builder.entity(a, sideLabel).words(`${score()}`).entity(b, sideLabel).words(`${score()}`);
        if (!us && random() < 0.3) builder.words(`( half-time ${integer(0, 2)}-${integer(0, 2)} )`);
        if (!us && random() < 0.2)
          builder
            .words('.  Scorers :')
            .entity(surname(), 'PER')
            .words(`${integer(1, 90)}`);
      }
      sentences.push(builder.build());
    }
    if (random() < 0.6) {
      sentences.push(say().words('League table ( played , won , drawn , lost , points ) :').build());
      for (const team of sides) {
        const played = integer(10, 40);
        const won = integer(0, played);
        const lost = integer(0, played - won);
        const builder = say().entity(team, sideLabel);
        builder.words(
          us
            ? `${won} ${lost} .${integer(100, 999)} ${integer(0, 20)}`
            : `${played} ${won} ${played - won - lost} ${lost} ${won * 3 + played - won - lost}`,
        );
        sentences.push(builder.build(us && random() < 0.3));
      }
    }
    return sentences;
  };

  const company = (): Name => {
    const base = pick(companies);
    const roll = random();
    if (roll < 0.4) return [...base, pick(COMPANY_SUFFIXES)];
    if (roll < 0.55)
      return [...base, pick(BUSINESS_WORDS), ...(random() < 0.5 ? [pick(COMPANY_SUFFIXES)] : [])];
    return base;
  };
  const acronymOf = (name: Name): string =>
    name
      .filter((token) => !LOWER_IN_NAME.has(token))
      .map((token) => token.charAt(0).toUpperCase())
      .join('');

  const organisationDocument = (): LabelledSentence[] => {
    const sentences: LabelledSentence[] = [];
    const country = pick(countries);
    const demonym = pick(demonyms);
    const firm = company();
    const agency = pick(companies);
    const party: Name =
      random() < 0.5 ? [pick(PARTY_WORDS), 'Party'] : [pick(PARTY_WORDS), pick(PARTY_WORDS), 'Party'];
    const body: Name = [pick(TOPICS), pick(BODY_WORDS)];
    const full: Name = [pick(PARTY_WORDS), ...pick(places), pick(BODY_WORDS)];
    const acronym = acronymOf(full);
    const paper: Name = random() < 0.5 ? [...pick(places), pick(MEDIA_WORDS)] : [...pick(companies)];
    const lines: (() => LabelledSentence)[] = [
      () =>
        say()
          .entity(agency, 'ORG')
          .words(`news agency ${pick(SPEECH_VERBS)} on ${pick(DAYS)} .`)
          .build(),
      () =>
        say()
          .entity(country, 'LOC')
          .words(`'s`)
          .entity(agency, 'ORG')
          .words('news agency quoted')
          .entity(person(), 'PER')
          .words('as saying .')
          .build(),
      () =>
        say().words('the').entity(demonym, 'MISC').entity(body, 'ORG').words('said in a statement .').build(),
      () =>
        say()
          .words('The')
          .entity(body, 'ORG')
          .words(`${pick(SPEECH_VERBS)} the talks would resume .`)
          .build(),
      () =>
        say()
          .entity(demonym, 'MISC')
          .entity(body, 'ORG')
          .words('spokesman')
          .entity(person(), 'PER')
          .words('said .')
          .build(),
      () =>
        say()
          .entity(firm, 'ORG')
          .words(`${pick(SPEECH_VERBS)} its profit rose ${integer(2, 60)} percent .`)
          .build(),
      () =>
        say()
          .words('Shares of')
          .entity(firm, 'ORG')
          .words(`were up ${integer(1, 9)} at ${integer(10, 90)} .`)
          .build(),
      () =>
        say().entity(person(), 'PER').words(', an analyst at').entity(firm, 'ORG').words(', said .').build(),
      () =>
        say()
          .words('The')
          .entity(full, 'ORG')
          .words('(')
          .entity([acronym], 'ORG')
          .words(') met on')
          .words(pick(DAYS))
          .words('.')
          .build(),
      () =>
        say()
          .words('The')
          .entity([acronym], 'ORG')
          .words(`${pick(SPEECH_VERBS)} it would act .`)
          .build(),
      () =>
        say()
          .entity([acronym], 'ORG')
          .words('officials said')
          .entity(country, 'LOC')
          .words('had agreed .')
          .build(),
      () => say().words('the opposition').entity(party, 'ORG').words('won the vote .').build(),
      () =>
        say().entity(person(), 'PER').words(', leader of the').entity(party, 'ORG').words(', said .').build(),
      () =>
        say()
          .words('the daily')
          .entity(paper, 'ORG')
          .words(`${pick(SPEECH_VERBS)} on ${pick(DAYS)} .`)
          .build(),
      () =>
        say()
          .words('The')
          .entity(paper, 'ORG')
          .words('quoted')
          .entity(person(), 'PER')
          .words('as saying .')
          .build(),
    ];
    const count = integer(3, 7);
    for (let line = 0; line < count; line += 1) sentences.push(random() < 0.25 ? placeLine() : pick(lines)());
    const [first] = sentences;
    if (first !== undefined && random() < 0.5) {
      const opening = dateline(pick(places)).build();
      sentences[0] = { tokens: [...opening.tokens, ...first.tokens], tags: [...opening.tags, ...first.tags] };
    }
    return sentences;
  };

  const documents: LabelledDocument[] = [];
  for (let d = 0; d < settings.sportsDocuments; d += 1) documents.push(sportsDocument());
  for (let d = 0; d < settings.organisationDocuments; d += 1) documents.push(organisationDocument());
  return documents;
}
