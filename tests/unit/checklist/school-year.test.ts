import { describe, expect, it } from 'vitest';
import { schoolYearFromGroup } from '@/utils/checklist/school-year';

describe('schoolYearFromGroup', () => {
  it.each([
    ['5A', 5],
    ['2a', 2],
    ['Klass 8C', 8],
    ['Ma7b', 7],
    ['åk 3', 3],
    ['9', 9],
  ])('%s → %s', (group, year) => expect(schoolYearFromGroup(group)).toBe(year));

  it.each([['5-6'], ['Fritids'], ['10A'], ['2025'], [''], [undefined]])('%s → unknown', (group) => {
    expect(schoolYearFromGroup(group)).toBeUndefined();
  });
});
