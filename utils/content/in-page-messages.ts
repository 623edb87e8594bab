/**
 * The messages the content script shows, by key prefix. The build gives the content script only these
 * (see wxt.config.ts): both full catalogues would be most of its size inside InfoMentor's page, and the
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
  'outcome_',
] as const;

export function isInPageMessage(key: string): boolean {
  return IN_PAGE_MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** A messages.json text with only the in-page messages, same format. */
export function inPageCatalogue(json: string): string {
  const all = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.entries(all).filter(([key]) => isInPageMessage(key))));
}
