import { describe, expect, it } from 'vitest';
import { healthWordsIn } from '@/utils/privacy/health-words';

describe('healthWordsIn', () => {
  it('finds Swedish and English health words, inflected, whatever the case', () => {
    expect(healthWordsIn('Mamma berättade om diagnosen och att han tar MEDICIN.')).toEqual(['diagnosen', 'MEDICIN']);
    expect(healthWordsIn('Har kontakt med BUP sedan våren, utredd för ADHD')).toEqual(['BUP', 'utredd', 'ADHD']);
    expect(healthWordsIn('Talked about his depression and the medication')).toEqual(['depression', 'medication']);
    expect(healthWordsIn('autismspektrum, psykiatrin, sjukdomen')).toEqual(['autismspektrum', 'psykiatrin', 'sjukdomen']);
  });

  it('ignores accents: ångest written without its ring still counts', () => {
    expect(healthWordsIn('mycket angest inför prov')).toEqual(['angest']);
    expect(healthWordsIn('Läkarintyg finns')).toEqual(['Läkarintyg']);
  });

  it('matches whole words only', () => {
    expect(healthWordsIn('Bupp, adhdx, medinfo, sjukt bra, diagnostik-fri?')).toEqual(['diagnostik']);
    expect(healthWordsIn('We will add extra practice')).toEqual([]);
    expect(healthWordsIn('Misstänker ADD')).toEqual(['ADD']);
  });

  it('finds multi-word terms and says nothing about ordinary notes', () => {
    expect(healthWordsIn('Concerns about mental  health')).toEqual(['mental health']);
    expect(healthWordsIn('Pratade med pappa, möte bokat 3 dec om extra anpassningar i bråk.')).toEqual([]);
    expect(healthWordsIn('')).toEqual([]);
  });
});
