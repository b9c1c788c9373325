import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('detectLanguage', () => {
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
