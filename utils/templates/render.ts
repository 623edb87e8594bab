/**
 * Fills a guardian-message template. Pure and text-only: values are inserted as plain text in one pass,
 * so a pupil named `{teacher}` or `<img …>` stays exactly that text and is never expanded or parsed.
 * A placeholder without a value stays visible (`{meeting}`), so the teacher sees what is still missing.
 */
export const PLACEHOLDERS = ['pupil', 'subject', 'teacher', 'school', 'term', 'reasons', 'meeting'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

export function renderTemplate(template: string, values: PlaceholderValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name as Placeholder] : undefined;
    return value === undefined || value.trim() === '' ? whole : value;
  });
}

/**
 * What the teacher still has to fill in: placeholders left after rendering, known or not, and the
 * templates' square-bracket blanks ("[vad eleven behöver visa]").
 */
export function blanksIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(/\{\w+\}|\[[^\[\]\n]{1,120}\]/g), (m) => m[0]))];
}
