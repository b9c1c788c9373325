import { describe, expect, it } from 'vitest';
import {
  isAddressLine,
  isCommentsHeader,
  isEmbedAttribution,
  isFurnitureSentenceLine,
  isHashtagLine,
  isLabelLine,
  isLanguagePicker,
  isLinkPrefixLine,
  isListHeader,
  isMenuLine,
  isPreviousNextLabel,
} from './furniture-lexicon.ts';

describe('furniture lexicon', () => {
  it('recognises whole-line widget, menu and section labels', () => {
    for (const label of [
      'Menu',
      'Follow us on:',
      'Share this',
      'Share on Facebook',
      'Latest News',
      'More on US News',
      'Previous Article',
      'Next Article',
      'Advertisement',
      'Story continues below advertisement',
      '4 min read',
      '5 hours ago',
      'Comments (12)',
      'Leave a comment',
      'Skip to main content',
      'Image 1 of 5',
      '  • Subscribe',
      'Advertisement - Scroll to continue',
      'ADVERTISEMENT CONTINUE READING BELOW',
      'Listen to this article · 5 min',
      '1.2K shares',
      'Sign up here',
      'About the author',
    ]) {
      expect(isLabelLine(label), label).toBe(true);
    }
  });

  it('does not take headlines or sentences that contain furniture words for labels', () => {
    for (const line of [
      'Share prices fell sharply on Monday.',
      'Menu changes at the school canteen',
      'Comments by the minister drew criticism.',
      'Latest talks end without a deal',
      'Next steps for the coalition',
      'Advertisement revenue fell 5% last year.',
      'About the deal',
    ]) {
      expect(isLabelLine(line), line).toBe(false);
    }
  });

  it('drops rating, cookie and newsletter lines only when every sentence is page furniture', () => {
    for (const line of [
      'How useful was this article?',
      'Click on a star to rate it!',
      'Average rating 0 / 5. Vote count: 0',
      'No votes so far! Be the first to rate this article.',
      'We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. Learn more',
      'Sign up for our morning newsletter to get the latest local news in your inbox.',
      'You must be logged in to post a comment.',
      '© 2024 Example Daily. All rights reserved.',
      'This article is more than 1 year old',
      'Follow Jane Doe on X for updates from the talks.',
    ]) {
      expect(isFurnitureSentenceLine(line), line).toBe(true);
    }
    for (const line of [
      'The company said it uses cookies to track visitors. Regulators objected.',
      'Copyright holders sued the platform on Tuesday.',
      'The report may not be published until the inquiry ends.',
      '"Thank you for your patience," the minister said.',
    ]) {
      expect(isFurnitureSentenceLine(line), line).toBe(false);
    }
  });

  it('recognises link prefixes, list headers and previous/next labels', () => {
    expect(isLinkPrefixLine('Read more: Sea Ice Hits Record Low for Second Year')).toBe(true);
    expect(isLinkPrefixLine('Tags: Antarctica, Glaciers')).toBe(true);
    expect(isLinkPrefixLine('Lire aussi : Le prix du blé au plus haut')).toBe(true);
    expect(isLinkPrefixLine('More than 200 people attended the ceremony.')).toBe(false);
    expect(isListHeader('Most Read')).toBe(true);
    expect(isListHeader('More on US News')).toBe(true);
    expect(isListHeader('Ceasefire Efforts and Stalled Negotiations')).toBe(false);
    expect(isPreviousNextLabel('Previous Article')).toBe(true);
    expect(isPreviousNextLabel('Next steps')).toBe(false);
  });

  it('recognises the attribution line of an embedded social post', () => {
    expect(isEmbedAttribution('— Jane Doe (@janedoe) April 17, 2025')).toBe(true);
    expect(isEmbedAttribution('— and then the talks collapsed, officials said.')).toBe(false);
  });

  it('recognises comment-section headers', () => {
    expect(isCommentsHeader('Comments (12)')).toBe(true);
    expect(isCommentsHeader('Join the conversation')).toBe(true);
    expect(isCommentsHeader('Comments by the minister')).toBe(false);
  });

  it('recognises language pickers, menus, hashtags and address lines', () => {
    expect(isLanguagePicker('  • en')).toBe(true);
    expect(isLanguagePicker('EN | FR | DE')).toBe(true);
    expect(isLanguagePicker('Entente')).toBe(false);
    expect(isMenuLine('HOME | WORLD | BUSINESS | SPORT')).toBe(true);
    expect(isMenuLine('Home › World › Europe')).toBe(true);
    expect(isMenuLine('Home / World / Europe')).toBe(true);
    expect(isMenuLine('Talks resume | Officials say a deal is close.')).toBe(false);
    expect(isHashtagLine('#Geneva #Grain')).toBe(true);
    expect(isHashtagLine('#1 seed advances')).toBe(false);
    expect(isAddressLine('https://example.org/grain-talks')).toBe(true);
    expect(isAddressLine('desk@example.org')).toBe(true);
    expect(isAddressLine('Visit https://example.org for details.')).toBe(false);
  });
});
