import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLanguage, setLanguage } from '@/utils/i18n';
import { saveLanguageChoice, watchLanguageChoice } from '@/utils/i18n/language-store';

describe('watchLanguageChoice', () => {
  afterEach(() => setLanguage('sv'));

  it('applies a language chosen elsewhere at once and says so, until stopped', async () => {
    const changed = vi.fn();
    const stop = watchLanguageChoice(changed);
    await browser.storage.local.set({ 'insyn.language': 'en' });
    await vi.waitFor(() => expect(changed).toHaveBeenCalledWith('en'));
    expect(getLanguage()).toBe('en');
    stop();
    await saveLanguageChoice('sv');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('ignores other keys', async () => {
    const changed = vi.fn();
    const stop = watchLanguageChoice(changed);
    await browser.storage.local.set({ 'insyn.panelPlace': 'float' });
    await new Promise((done) => setTimeout(done, 0));
    expect(changed).not.toHaveBeenCalled();
    stop();
  });
});
