import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { isSchoolDay, schoolDayDeadline } from '@/utils/domain/school-days';

const calendar = DEFAULT_SETTINGS.terms;

describe('school days', () => {
  it('counts weekdays only', () => {
    expect(schoolDayDeadline('2025-11-07', 5)).toBe('2025-11-14'); // Friday → next Friday
    expect(schoolDayDeadline('2025-11-08', 1)).toBe('2025-11-10'); // Saturday → Monday
    expect(schoolDayDeadline('2025-11-05', 5)).toBe('2025-11-12');
    expect(schoolDayDeadline('2025-11-05', 0)).toBe('2025-11-05');
    expect(isSchoolDay('2025-11-08')).toBe(false);
    expect(isSchoolDay('2025-11-10')).toBe(true);
  });

  it('skips the breaks between terms when a calendar is given', () => {
    expect(schoolDayDeadline('2025-12-18', 5)).toBe('2025-12-25');
    expect(schoolDayDeadline('2025-12-18', 5, calendar)).toBe('2026-01-13');
    expect(schoolDayDeadline('2026-06-10', 3, calendar)).toBe('2026-08-17');
    expect(isSchoolDay('2025-12-22', calendar)).toBe(false);
    expect(isSchoolDay('2026-01-08', calendar)).toBe(true);
  });
});
