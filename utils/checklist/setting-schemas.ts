import { z } from 'zod';

/** Building blocks of the teacher's settings, shared by the rules and utils/settings/schema.ts. */
export const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD');

export const years = (from: number, to: number) =>
  z
    .object({ from: z.int().min(0).max(10).default(from), to: z.int().min(0).max(10).default(to) })
    .prefault({})
    .refine((y) => y.from <= y.to, 'the first year comes before the last');

export const days = (value: number) => z.int().min(0).max(365).default(value);

/** Hints several rules' fields share. */
export const DAYS_HINT = 'dashSettingsDaysHint';
export const YEAR_HINT = 'dashSettingsYearHint';
export const MONTH_DAY_HINT = 'dashSettingsMonthDayHint';
