import sv from '../../public/_locales/sv/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { PageKind } from '../infomentor/analysis';
import { labelKey, type LabelKey } from '../domain/labels';
import type { Lang } from '../domain/languages';

/**
 * Insyn's own lookup over the extension's _locales files. browser.i18n follows the browser's language
 * only; teachers choose Insyn's language in settings, so both catalogues are bundled and picked here.
 * Placeholders are written `{name}` in messages.json.
 */
export { LANGUAGES, type Lang } from '../domain/languages';
export type MessageKey = keyof typeof sv;

const catalogues: Record<Lang, Record<string, { message: string }>> = { sv, en };
let current: Lang = 'sv';

export function setLanguage(lang: Lang): void {
  current = lang;
}

export function getLanguage(): Lang {
  return current;
}

/** Swedish unless the browser prefers English and the teacher has not chosen. */
export function defaultLanguage(browserLanguage: string | undefined): Lang {
  return browserLanguage?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const entry = catalogues[current][key] ?? catalogues.sv[key];
  const template = entry?.message ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Base keys with a `_one` and an `_other` form in the catalogue: messages that count something. */
export type CountedKey = {
  [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never;
}[MessageKey];

/**
 * A message that counts: "1 elev", "2 elever". Picks `<key>_one` or `<key>_other` by the language's plural
 * rule, and fills `{count}` with the number written in that language unless `values` gives it.
 */
export function tCount(key: CountedKey, count: number, values: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(current === 'sv' ? 'sv-SE' : 'en-GB').select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}` as MessageKey, { count: formatNumber(count), ...values });
}

/** The message naming a page kind, by the label rule of utils/domain/labels.ts. */
export function pageKindKey<K extends PageKind>(kind: K): LabelKey<'pageKind', K> {
  return labelKey('pageKind', kind);
}

export function formatDate(date: Date | number | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return new Intl.DateTimeFormat(current === 'sv' ? 'sv-SE' : 'en-GB', options).format(new Date(date));
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(current === 'sv' ? 'sv-SE' : 'en-GB').format(value);
}
