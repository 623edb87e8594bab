import { describe, expect, it } from 'vitest';
import { generateChecklist } from '@/utils/checklist/generate';
import type { PupilRecord } from '@/utils/db/records';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '@/utils/settings/schema';
import { at } from '../../db/test-db';

const pupil = (id: string, year: number, firstSeen = at('2025-11-05'), lastSeen = firstSeen): PupilRecord => ({
  id,
  name: id,
  year,
  firstSeen,
  lastSeen,
});
const generate = (input: { pupils: PupilRecord[]; settings?: Settings }) =>
  generateChecklist({ risks: [], documents: [], settings: DEFAULT_SETTINGS, ...input });
const byKind = (items: ReturnType<typeof generate>, kind: string) => items.filter((i) => i.kind === kind);

describe('progress-meeting', () => {
  it('is off by default', () => {
    expect(byKind(generate({ pupils: [pupil('p', 8)] }), 'progress-meeting')).toEqual([]);
  });

  it('is owed per pupil and term seen when switched on, by the end of the term', () => {
    const settings = SettingsSchema.parse({ rules: { progressMeeting: true } });
    const items = byKind(generate({ pupils: [pupil('p', 8, at('2025-11-05'), at('2026-02-01'))], settings }), 'progress-meeting');
    expect(items.map((i) => [i.id, i.due])).toEqual([
      ['progress-meeting|p|Ht 2025', '2025-12-20'],
      ['progress-meeting|p|Vt 2026', '2026-06-12'],
    ]);
  });
});
