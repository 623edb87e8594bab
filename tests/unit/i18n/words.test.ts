import { describe, expect, it } from 'vitest';
import { genitive, subjectInSentence } from '@/utils/i18n/words';

describe('subjectInSentence', () => {
  it('writes Swedish subjects in lower case inside a sentence and keeps abbreviations', () => {
    expect(subjectInSentence('Matematik', 'sv')).toBe('matematik');
    expect(subjectInSentence('Svenska som andraspråk', 'sv')).toBe('svenska som andraspråk');
    expect(subjectInSentence('Moderna språk (Tyska)', 'sv')).toBe('moderna språk (tyska)');
    expect(subjectInSentence('SO', 'sv')).toBe('SO');
    expect(subjectInSentence('Idrott och hälsa', 'sv')).toBe('idrott och hälsa');
  });

  it('leaves English subjects as written (languages are capitalised)', () => {
    expect(subjectInSentence('English', 'en')).toBe('English');
  });
});

describe('genitive', () => {
  it('adds s in Swedish unless the name ends in s, x or z', () => {
    expect(genitive('Selma Holm', 'sv')).toBe('Selma Holms');
    expect(genitive('Jonas', 'sv')).toBe('Jonas');
    expect(genitive('Max Fox', 'sv')).toBe('Max Fox');
  });

  it("adds 's in English, ' after an s", () => {
    expect(genitive('Selma Holm', 'en')).toBe('Selma Holm’s');
    expect(genitive('James', 'en')).toBe('James’');
  });
});
