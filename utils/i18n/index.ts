import sv from '../../public/_locales/sv/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { PageKind } from '../infomentor/analysis';

/**
 * Insyn's own lookup over the extension's _locales files. browser.i18n follows the browser's language
 * only; teachers choose Insyn's language in settings, so both catalogues are bundled and picked here.
 * Placeholders are written `{name}` in messages.json.
 */
export type Lang = 'sv' | 'en';
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
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

type Underscored<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Underscored<Tail>}` : S;

/** The message naming a page kind. Browsers accept only [A-Za-z0-9_] in message names, so hyphens become underscores. */
export function pageKindKey<K extends PageKind>(kind: K): `pageKind_${Underscored<K>}` {
  return `pageKind_${kind.replaceAll('-', '_')}` as `pageKind_${Underscored<K>}`;
}

export function formatDate(date: Date | number | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return new Intl.DateTimeFormat(current === 'sv' ? 'sv-SE' : 'en-GB', options).format(new Date(date));
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(current === 'sv' ? 'sv-SE' : 'en-GB').format(value);
}
