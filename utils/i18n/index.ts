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
  // Swedish and English share the rule "one" for exactly 1 (Intl.PluralRules agrees: tests/unit/i18n/numbers.test.ts).
  const form = Math.abs(count) === 1 ? 'one' : 'other';
  return t(`${key}_${form}` as MessageKey, { count: formatNumber(count), ...values });
}

/** The message naming a page kind, by the label rule of utils/domain/labels.ts. */
export function pageKindKey<K extends PageKind>(kind: K): LabelKey<'pageKind', K> {
  return labelKey('pageKind', kind);
}

// One formatter per language and options: making one costs 0.1–0.3 ms in Chromium (209 badges saying
// "Informerad 3 nov" took 28–58 ms, against 0.4 ms with one formatter; issue 20).
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(date: Date | number | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const locale = current === 'sv' ? 'sv-SE' : 'en-GB';
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format.format(new Date(date));
}

/** Thousands separators as Intl writes them: a no-break space in Swedish, a comma in English. */
const GROUPING: Record<Lang, string> = { sv: '\u00a0', en: ',' };

export function formatNumber(value: number): string {
  // Whole counts are grouped here, not by Intl: a page's first Intl.NumberFormat loads ICU's number data,
  // 20–90 ms on the main thread, which the in-page panel paid on every InfoMentor page it drew (issue 20).
  if (Number.isSafeInteger(value) && value >= 0) return String(value).replace(/\B(?=(\d{3})+$)/g, GROUPING[current]);
  return new Intl.NumberFormat(current === 'sv' ? 'sv-SE' : 'en-GB').format(value);
}
