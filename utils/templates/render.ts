/**
 * Fills a guardian-message template. Pure and text-only: values are inserted as plain text in one pass,
 * so a pupil named `{teacher}` or `<img …>` stays exactly that text and is never expanded or parsed.
 * A placeholder without a value stays visible (`{school}`), so the teacher sees what is still missing,
 * except the optional ones: a line asking for a meeting with no time chosen, or offering an interpreter
 * nobody needs, is left out whole, so no draft proposes "{meeting}".
 */
export const PLACEHOLDERS = ['pupil', 'subject', 'teacher', 'school', 'term', 'reasons', 'meeting', 'interpreter'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

const OPTIONAL: readonly Placeholder[] = ['meeting', 'interpreter'];

const valueOf = (values: PlaceholderValues, name: string) => {
  const value = Object.hasOwn(values, name) ? values[name as Placeholder] : undefined;
  return value === undefined || value.trim() === '' ? undefined : value;
};

export function renderTemplate(template: string, values: PlaceholderValues): string {
  const lines = template.split('\n').filter((line) => !OPTIONAL.some((name) => line.includes(`{${name}}`) && !valueOf(values, name)));
  return lines.join('\n').replace(/\{(\w+)\}/g, (whole, name: string) => valueOf(values, name) ?? whole);
}

/**
 * What the teacher still has to fill in: placeholders left after rendering, known or not, and the
 * templates' square-bracket blanks ("[vad eleven behöver visa]").
 */
export function blanksIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(/\{\w+\}|\[[^\[\]\n]{1,120}\]/g), (m) => m[0]))];
}
