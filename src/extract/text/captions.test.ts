import { describe, expect, it } from 'vitest';
import { isCaptionLine } from './captions.ts';

describe('isCaptionLine', () => {
  it('moves a line ending in a parenthesised photo credit', () => {
    expect(
      isCaptionLine(
        'Delegates arrive for the talks at the palace in Geneva, Thursday, April 17, 2025. (Ana Souza, Pool Photo via NWS)',
      ),
    ).toBe(true);
    expect(isCaptionLine('The harbour at dawn. (File photo)')).toBe(true);
    expect(isCaptionLine('A ferry leaves the port. (Courtesy of the port authority)')).toBe(true);
  });

  it('moves labelled credits and credit-only lines', () => {
    for (const line of [
      'Photo: Kai Mahoe',
      'Image credit: Regional Heritage Trust',
      'Credit: Courtesy of the Island Museum Trust',
      'Photo by Lena Ortiz/Valley Images',
      'Delegates pose for a group photo. Photo: Jonas Berg/Valley Images',
      'NWS Photo/Rafael Ortiz',
      'Valley Images',
      'NWS via Valley Images',
      'Jonas Berg / Valley Images',
    ]) {
      expect(isCaptionLine(line), line).toBe(true);
    }
  });

  it('moves agency slash credits that follow a caption sentence', () => {
    expect(isCaptionLine('Dancers perform during the handover ceremony. WIRE/Leilani Kahale')).toBe(true);
  });

  it('keeps body sentences that end in an ordinary parenthesis or mention photos', () => {
    for (const line of [
      'Curators spent two years tracing how the panels left the island (a search that took them through four archives).',
      'The minister posted a photo of the meeting on social media, drawing criticism from the opposition.',
      'The alliance (NATO) said it would respond.',
      'Trade and US/EU Relations',
      'Conclusion: Hope, But No Breakthrough Yet',
      'Images of the flood spread online within hours.',
    ]) {
      expect(isCaptionLine(line), line).toBe(false);
    }
  });
});
