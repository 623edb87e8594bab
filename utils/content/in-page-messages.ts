/**
 * The messages the content script shows, by key prefix. The content script gets only these (see
 * IN_PAGE_MESSAGES_GLOBAL below): both full catalogues would be most of its size inside InfoMentor's page, and the
 * dashboard's many strings are never shown there. tests/unit/content/in-page-messages.test.ts checks
 * that every key the in-page code uses has one of these prefixes.
 */
export const IN_PAGE_MESSAGE_PREFIXES = [
  'panel',
  'page',
  'prompt',
  'draft',
  'log',
  'count',
  'loading',
  'error',
  'channel_',
  'role',
  'outcome_',
] as const;

export function isInPageMessage(key: string): boolean {
  return IN_PAGE_MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** A catalogue with only the in-page messages. */
export function inPageMessages<T>(all: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(all).filter(([key]) => isInPageMessage(key)));
}

/**
 * Where the content script finds its messages: the background puts both languages' in-page
 * catalogues into the content script's isolated world just before it starts the script
 * (utils/background/inject-content.ts), so the script itself carries none (3.6 KB gzip). The build
 * (wxt.config.ts) turns the content script's imports of messages.json into reads of this global.
 */
export const IN_PAGE_MESSAGES_GLOBAL = 'insynInPageMessages';

/** The module the content script's build puts in place of `_locales/<lang>/messages.json`. */
export function inPageCatalogueModule(lang: string): string {
  return `export default (globalThis[${JSON.stringify(IN_PAGE_MESSAGES_GLOBAL)}] ?? {})[${JSON.stringify(lang)}] ?? {};`;
}
