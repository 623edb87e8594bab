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
  generateChecklist({ risks: [], documents: [], settings: DEFAULT_SETTINGS, today: '2025-11-10', ...input });
const byKind = (items: ReturnType<typeof generate>, kind: string) => items.filter((i) => i.kind === kind);

describe('progress-meeting', () => {
  it('is on by default, per pupil and term seen, by the last school day of the term', () => {
    const items = byKind(generate({ pupils: [pupil('p', 8, at('2025-11-05'), at('2026-02-01'))] }), 'progress-meeting');
    expect(items.map((i) => [i.id, i.due, i.seen])).toEqual([
      // 20 December 2025 is a Saturday.
      ['progress-meeting|p|Ht 2025', '2025-12-19', '2025-11-05'],
      ['progress-meeting|p|Vt 2026', '2026-06-12', '2025-11-05'],
    ]);
  });

  it('is not owed when the teacher switches it off', () => {
    const settings = SettingsSchema.parse({ rules: { progressMeeting: false } });
    expect(byKind(generate({ pupils: [pupil('p', 8)], settings }), 'progress-meeting')).toEqual([]);
  });

  it('is the mentor’s: not owed in a group the teacher teaches a subject in, or has not said', () => {
    const inGroup = { ...pupil('p', 8), group: '8C' };
    const asSubject = SettingsSchema.parse({ roles: { '8C': 'subject' } });
    const asMentor = SettingsSchema.parse({ roles: { '8C': 'mentor' } });
    expect(byKind(generate({ pupils: [inGroup], settings: asSubject }), 'progress-meeting')).toEqual([]);
    expect(byKind(generate({ pupils: [inGroup] }), 'progress-meeting')).toEqual([]);
    expect(byKind(generate({ pupils: [inGroup], settings: asMentor }), 'progress-meeting')).toHaveLength(1);
  });
});
