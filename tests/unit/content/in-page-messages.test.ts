import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inPageCatalogueModule, inPageMessages, IN_PAGE_MESSAGES_GLOBAL, isInPageMessage } from '@/utils/content/in-page-messages';

/** Source files the content script bundles that may show text. */
const IN_PAGE_DIRS = [
  'components/page',
  'utils/content',
  'utils/infomentor',
  'entrypoints/infomentor.content',
  'entrypoints/infomentor-tools.content',
  'entrypoints/infomentor-forms.content',
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('messages the content script carries', () => {
  it('include every key the in-page code names', () => {
    const catalogue = JSON.parse(readFileSync('public/_locales/sv/messages.json', 'utf8')) as Record<string, unknown>;
    const used = new Set<string>();
    for (const file of IN_PAGE_DIRS.flatMap(sources)) {
      const text = readFileSync(file, 'utf8');
      // t('key'), and keys written as values of a MessageKey map: any quoted word that is a message name.
      for (const match of text.matchAll(/'([A-Za-z][A-Za-z0-9_]*)'/g)) if (match[1]! in catalogue) used.add(match[1]!);
      for (const match of text.matchAll(/`(pageKind_|page\w*)\$\{/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter((key) => !isInPageMessage(key))).toEqual([]);
  });

  it('are cut from messages.json by prefix, same format, in both languages', () => {
    for (const lang of ['sv', 'en']) {
      const full = readFileSync(`public/_locales/${lang}/messages.json`, 'utf8');
      const cut = inPageMessages(JSON.parse(full) as Record<string, { message: string }>);
      expect(cut.logSaved?.message).toBeTruthy();
      expect(cut.pageKind_group_assessment?.message).toBeTruthy();
      expect(Object.keys(cut).every(isInPageMessage)).toBe(true);
      expect(Object.keys(cut).length).toBeLessThan(Object.keys(JSON.parse(full)).length / 2);
    }
  });

  it('reach the content script through its isolated world: the module its build imports reads them there', async () => {
    const load = async (scope: Record<string, unknown>) => {
      const self = globalThis as Record<string, unknown>;
      const saved = self[IN_PAGE_MESSAGES_GLOBAL];
      self[IN_PAGE_MESSAGES_GLOBAL] = scope[IN_PAGE_MESSAGES_GLOBAL];
      try {
        // A module is evaluated once per address: each call gets its own.
        const url = `data:text/javascript,${encodeURIComponent(`${inPageCatalogueModule('en')}\n// ${Math.random()}`)}`;
        return ((await import(/* @vite-ignore */ url)) as { default: unknown }).default;
      } finally {
        self[IN_PAGE_MESSAGES_GLOBAL] = saved;
      }
    };
    expect(await load({ [IN_PAGE_MESSAGES_GLOBAL]: { en: { logSaved: { message: 'Saved' } } } })).toEqual({
      logSaved: { message: 'Saved' },
    });
    expect(await load({})).toEqual({});
  });
});
