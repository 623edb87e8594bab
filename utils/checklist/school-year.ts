/**
 * The school year (årskurs 1–9) a group name shows: "5A" → 5, "Klass 8c" → 8, "Ma7b" → 7. Undefined when
 * the name shows none or several (a mixed "5-6" group): then the teacher sets the year for the pupil.
 */
export function schoolYearFromGroup(group: string | undefined): number | undefined {
  if (!group) return undefined;
  const digits = new Set([...group.matchAll(/(?<!\d)([1-9])(?!\d)/g)].map((m) => Number(m[1])));
  return digits.size === 1 ? [...digits][0] : undefined;
}
