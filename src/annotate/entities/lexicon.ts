// Generic English vocabulary for reading titles around names: role nouns, the words that qualify them and the
// words that only decorate them. Nothing here names a person, an outlet or an event.

/** Nouns that end a role title ("minister", "spokesman"), lower-cased, with the canonical word each stands for.
 *  Gendered and abbreviated forms share one canonical form so outlets that word a title differently agree. */
export const ROLE_HEADS: ReadonlyMap<string, string> = new Map([
  ...wordsAsThemselves(
    'president premier minister secretary senator congressman congresswoman lawmaker legislator governor mayor ' +
      'adviser envoy ambassador diplomat chief director commissioner commander general admiral colonel ' +
      'lieutenant captain sergeant marshal officer official inspector chancellor king queen prince princess ' +
      'emperor monarch pope cardinal bishop archbishop rabbi imam priest pastor judge prosecutor attorney lawyer ' +
      'counsel leader head manager executive founder co-founder owner speaker negotiator analyst economist ' +
      'researcher professor scientist doctor surgeon nurse sheriff superintendent constable detective editor ' +
      'correspondent reporter journalist columnist coach operator engineer pilot firefighter teacher activist ' +
      'campaigner councillor councilor alderman delegate emissary consul treasurer auditor ombudsman ' +
      'administrator coordinator representative deputy master chair spokesperson principal dean rector provost ' +
      'superintendent trustee vicar warden chaplain steward agent broker curator architect producer ' +
      'organiser organizer sultan emir sheikh ayatollah regent viceroy magistrate registrar clerk ' +
      'undersecretary under-secretary secretary-general commissioner-general director-general mechanic driver ' +
      'farmer fisherman electrician technician builder shopkeeper resident student volunteer paramedic soldier ' +
      'guard miner midwife photographer accountant consultant contractor planner surveyor worker',
  ),
  ['spokesman', 'Spokesperson'],
  ['spokeswoman', 'Spokesperson'],
  ['chairman', 'Chair'],
  ['chairwoman', 'Chair'],
  ['chairperson', 'Chair'],
  ['advisor', 'Adviser'],
  ['councilman', 'Councillor'],
  ['councilwoman', 'Councillor'],
  ['headmaster', 'Head Teacher'],
  ['headmistress', 'Head Teacher'],
  ['ceo', 'Chief Executive'],
  ['cfo', 'Chief Financial Officer'],
  ['coo', 'Chief Operating Officer'],
  ['fm', 'Foreign Minister'],
  ['pm', 'Prime Minister'],
  ['mp', 'Member of Parliament'],
  ['mep', 'Member of the European Parliament'],
  ['sen.', 'Senator'],
  ['rep.', 'Representative'],
  ['gov.', 'Governor'],
  ['pres.', 'President'],
  ['gen.', 'General'],
  ['lt.', 'Lieutenant'],
  ['col.', 'Colonel'],
  ['maj.', 'Major'],
  ['capt.', 'Captain'],
  ['cmdr.', 'Commander'],
  ['adm.', 'Admiral'],
  ['sgt.', 'Sergeant'],
  ['supt.', 'Superintendent'],
  ['insp.', 'Inspector'],
  ['det.', 'Detective'],
  ['atty.', 'Attorney'],
  ['amb.', 'Ambassador'],
]);

/** Words kept inside a role before its head ("deputy", "foreign", "prime"). Time words such as "former" and
 *  "acting" change what the role claims, so they are kept: "former president" and "president" disagree. */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'former acting deputy vice interim outgoing incoming ex caretaker chief special presidential principal ' +
    'assistant associate executive managing general foreign defense defence interior home finance health trade ' +
    'economy economic energy environment education transport culture agriculture labor justice national ' +
    'security state press prime first lead regional medical military police fire union party opposition ' +
    'majority minority permanent private public district county city federal ' +
    'provincial municipal parliamentary ministerial royal supreme high co elect designate'
  ).split(' '),
);

/** Modifiers that may stand before a role's qualifier: "former U.S. ambassador", "acting Kremlin spokesman". */
export const LEADING_MODIFIERS: ReadonlySet<string> = new Set(
  'former acting interim outgoing incoming ex caretaker deputy'.split(' '),
);

/** What follows "of" inside a title ("Secretary of State", "Chief of Staff"), lower-cased, longest first. */
export const ROLE_COMPLEMENTS: readonly (readonly string[])[] = (
  'foreign affairs|homeland security|the interior|the treasury|the exchequer|the house|the armed forces|' +
  'the army|the navy|the air force|the board|the defence staff|the defense staff|the general staff|' +
  'internal affairs|public safety|national defense|national defence|state|staff|defense|defence|interior|' +
  'justice|finance|health|commerce|energy|education|labor|labour|agriculture|transportation|transport|war|' +
  'trade|police|operations|communications|mission|cabinet|government|parliament|congress|protocol|' +
  'intelligence|culture|environment|economy|infrastructure|housing|tourism|sport|sports|science|research'
)
  .split('|')
  .map((phrase) => phrase.split(' '))
  .sort((a, b) => b.length - a.length);

/** One canonical spelling for words outlets spell two ways, so the same title compares equal. */
export const CANONICAL_WORDS: ReadonlyMap<string, string> = new Map([
  ['defence', 'Defense'],
  ['harbor', 'Harbour'],
  ['advisor', 'Adviser'],
  ['organiser', 'Organizer'],
  ['councilor', 'Councillor'],
  ['labour', 'Labor'],
  ['ex', 'Former'],
  ['under-secretary', 'Undersecretary'],
]);

/** Courtesy titles: dropped from names and not roles. Lower-cased, without their dot. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mrs ms miss mx dr prof sir dame lord lady rev reverend hon honourable honorable madam monsieur mme mlle herr frau'.split(
    ' ',
  ),
);

/** Adjectives that decorate a role without being part of it ("top senator", "veteran diplomat"). */
export const DECORATIVE_WORDS: ReadonlySet<string> = new Set(
  (
    'top senior veteran longtime long-time prominent powerful influential new current then fellow embattled ' +
    'controversial popular key leading outspoken respected experienced high-ranking well-known newly recently ' +
    'incumbent young old retired hawkish dovish moderate conservative liberal progressive populist respected ' +
    'beleaguered celebrated famous renowned noted highest-ranking top-ranking high-level ' +
    'longstanding long-standing de-facto de facto self-styled self-described so-called'
  ).split(' '),
);

export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
]);

/** Prepositions that introduce the organisation or country of a role after it ("officer of the X", "director at
 *  X"). */
export const QUALIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'with']);

/** Words that link capitalised words inside one name ("Fire and Rescue Service", "Bank of England"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'and',
  'of',
  '&',
  'for',
  'the',
  'de',
  'du',
  'des',
]);

/** Closed-class words and common verbs: never part of a role title, however they are placed. */
export const NOT_ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an and or but nor so yet of in on at to for from by with without about as into onto upon over under ' +
    'after before since until while during between among against through across toward towards than like ' +
    'that this these those which who whom whose what when where why how there here it its he she they we you ' +
    'i me him them us his her their our your my is are was were be been being am has have had do does did ' +
    'will would shall should can could may might must not no also only just even both all any each every some ' +
    'said says say told tells tell met meets meet became becomes become chose sent led won saw took gave made ' +
    'left thought hit let put set named called urged asked joined spoke visited welcomed thanked according ' +
    'including include includes alongside plus then now today yesterday tomorrow another other second third ' +
    'fourth fifth taken given known seen chosen shown written'
  ).split(' '),
);

/** Particles that belong to a surname ("van", "von der", "al-") and are lower-case inside a name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'van von der den de del della di da dos das du la le al el bin ibn ben ter ten zu'.split(' '),
);

function wordsAsThemselves(words: string): [string, string][] {
  return words.split(/\s+/u).map((word) => [word, titleCaseWord(word)]);
}

/** "secretary-general" → "Secretary-General". */
export function titleCaseWord(word: string): string {
  return word
    .split('-')
    .map((part) => (part === '' ? part : part[0]?.toUpperCase() + part.slice(1)))
    .join('-');
}
