import { defaultLanguage, setLanguage, type Lang } from './index';

/**
 * The teacher's choice of Insyn's language. Kept in storage.local (not the database) because the
 * content script needs it too and must never open the database.
 */
export type LanguageChoice = Lang | 'auto';
const KEY = 'insyn.language';

export async function loadLanguageChoice(): Promise<LanguageChoice> {
  const stored = await browser.storage.local.get(KEY);
  const value = stored[KEY];
  return value === 'sv' || value === 'en' ? value : 'auto';
}

export async function saveLanguageChoice(choice: LanguageChoice): Promise<void> {
  await browser.storage.local.set({ [KEY]: choice });
  applyLanguage(choice);
}

/** Applies a choice; 'auto' follows the browser's language, Swedish unless it prefers English. */
export function applyLanguage(choice: LanguageChoice): Lang {
  const lang = choice === 'auto' ? defaultLanguage(globalThis.navigator?.language) : choice;
  setLanguage(lang);
  return lang;
}

/** Loads and applies the teacher's choice; for each extension context at start-up. */
export async function applyStoredLanguage(): Promise<Lang> {
  return applyLanguage(await loadLanguageChoice().catch((): LanguageChoice => 'auto'));
}

/**
 * Calls `changed` whenever the teacher chooses another language in any of Insyn's pages, after applying
 * it here: open InfoMentor tabs follow at once, without a reload. Returns the way to stop listening.
 */
export function watchLanguageChoice(changed: (lang: Lang) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const value = changes[KEY]?.newValue;
    changed(applyLanguage(value === 'sv' || value === 'en' ? value : 'auto'));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
