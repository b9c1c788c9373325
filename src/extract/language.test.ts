import { describe, expect, it } from 'vitest';
import { chooseLanguage, detectLanguage, isPlainlyEnglish, normalizeLanguageTag } from './language.ts';

describe('normalizeLanguageTag', () => {
  it('reduces region tags, locales and three-letter codes to ISO 639-1', () => {
    expect(normalizeLanguageTag('en-US')).toBe('en');
    expect(normalizeLanguageTag('pt_BR')).toBe('pt');
    expect(normalizeLanguageTag('DEU')).toBe('de');
    expect(normalizeLanguageTag('fr, en')).toBe('fr');
  });

  it('rejects tags that name no language', () => {
    expect(normalizeLanguageTag('und')).toBeUndefined();
    expect(normalizeLanguageTag('x-default')).toBeUndefined();
    expect(normalizeLanguageTag('')).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  it('detects the language of a few sentences', () => {
    expect(
      detectLanguage(
        'Der Stadtrat hat am Mittwoch beschlossen, die Brücke über den Fluss im kommenden Jahr zu erneuern, weil sie für den Verkehr zu schwach geworden ist.',
      ),
    ).toBe('de');
  });

  it('says und for text too short to tell', () => {
    expect(detectLanguage('Hello')).toBe('und');
  });
});

describe('chooseLanguage', () => {
  it('takes the first declared language that parses before detecting', () => {
    expect(chooseLanguage([undefined, 'und', 'es-ES'], 'any text at all')).toBe('es');
  });

  const english =
    'The council met on Tuesday evening to discuss the harbour budget, and residents queued outside the town hall to speak about ferry fares, parking and the state of the old sea wall. ';

  it('overrides a site-wide declared language that a long text clearly contradicts', () => {
    expect(chooseLanguage(['de'], english.repeat(8))).toBe('en');
  });

  it('keeps the declared language for short texts and for languages franc-min does not know', () => {
    expect(chooseLanguage(['de'], english)).toBe('de');
    expect(chooseLanguage(['da'], english.repeat(8))).toBe('da');
  });
});

describe('detectLanguage on plain-text bodies', () => {
  it('maps franc-min ISO 639-3 guesses to ISO 639-1 tags', () => {
    expect(
      detectLanguage(
        'Negotiators from four countries met in Geneva on Thursday to try to reopen a grain corridor.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'Les délégations de quatre pays se sont réunies jeudi à Genève pour tenter de rouvrir un corridor maritime.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Die Delegationen aus vier Ländern trafen sich am Donnerstag in Genf, um den Getreidekorridor wieder zu öffnen.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'Делегации четырёх стран встретились в четверг в Женеве, чтобы вновь открыть зерновой коридор.',
      ),
    ).toBe('ru');
  });

  it('returns und for text too short to tell', () => {
    expect(detectLanguage('Talks resume.')).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });
});

describe('isPlainlyEnglish', () => {
  const english =
    'The mayor said on Monday that the council would not raise the ferry fares this year, and that the money for the sea wall had been found in the budget of the port, which was larger than they had expected. ';
  it('reads running English prose without franc-min', () => {
    expect(isPlainlyEnglish(english)).toBe(true);
  });

  it('leaves other languages, short texts and lists of names to franc-min', () => {
    const dutch =
      'De burgemeester zei maandag dat de gemeenteraad dit jaar de veerprijzen niet zal verhogen, en dat het geld voor de zeewering is gevonden in de begroting van de haven, die groter was dan verwacht. ';
    const spanish =
      'El alcalde dijo el lunes que el consejo no subirá las tarifas del ferry este año y que el dinero para el muro del puerto se encontró en el presupuesto, que era mayor de lo que esperaban. ';
    expect(isPlainlyEnglish(dutch.repeat(3))).toBe(false);
    expect(isPlainlyEnglish(spanish.repeat(3))).toBe(false);
    expect(isPlainlyEnglish('The mayor said the fares stay.')).toBe(false);
    expect(isPlainlyEnglish('Ana Ruiz, Bo Chen, Carl Diaz, '.repeat(20))).toBe(false);
  });
});
