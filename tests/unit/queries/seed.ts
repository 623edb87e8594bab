import { InsynDatabase } from '@/utils/db/database';
import { CHECKLIST_KINDS } from '@/utils/checklist/registry';
import { CONTACT_CHANNELS } from '@/utils/domain/contact-channels';
import { CONTACT_OUTCOMES } from '@/utils/domain/contact-outcomes';
import { RISK_STATUSES } from '@/utils/domain/risk-statuses';
import type { ChecklistRecord, ContactRecord, PupilRecord, RiskRecord } from '@/utils/db/records';
import { addDays } from '@/utils/domain/dates';

let counter = 0;
/** A fresh, empty database per test so tests never see each other's rows. */
export function freshDatabase(): InsynDatabase {
  counter += 1;
  return new InsynDatabase(`insyn-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export const GROUPS = ['5A', '5B', '9C'] as const;
export const CHANNELS = CONTACT_CHANNELS;
export const OUTCOMES = CONTACT_OUTCOMES;
export const KINDS = CHECKLIST_KINDS;
export const SUBJECTS = ['Matematik', 'Svenska', 'Engelska', 'Fysik'];

/** Pupil i: group GROUPS[i % 3], name "Elev{i}, Test"; pupil 0 is "Öström, Åsa". */
export function pupils(count: number): PupilRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `im:${i}`,
    name: i === 0 ? 'Öström, Åsa' : `Elev${i}, Test`,
    group: GROUPS[i % GROUPS.length],
    firstSeen: 0,
    lastSeen: 0,
  }));
}

/** One open item ("IUP skickad hem per post" for pupil im:1 by 20 Nov 2025) with what the test changes. */
export const checklistItem = (id: string, patch: Partial<ChecklistRecord>): ChecklistRecord => ({
  id,
  pupilId: 'im:1',
  kind: 'iup-posted',
  term: 'Ht 2025',
  due: '2025-11-20',
  status: 'open',
  ...patch,
});

/** Contact i: pupil i % pupilCount, channel/outcome cycling, one hour apart from `start`. */
export function contacts(count: number, pupilCount: number, start: number): ContactRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `c${String(i).padStart(6, '0')}`,
    pupilId: `im:${i % pupilCount}`,
    subjects: [SUBJECTS[i % SUBJECTS.length]!],
    riskIds: [],
    at: start + i * 3_600_000,
    channel: CHANNELS[i % CHANNELS.length]!,
    withWhom: i % 2 ? 'Mamma' : 'Pappa',
    summary: i % 10 === 0 ? 'Möte bokat om läsförståelse' : 'Pratade om läxor',
    outcome: OUTCOMES[i % OUTCOMES.length]!,
    followUp: i % 50 === 0 ? addDays('2025-12-01', i % 14) : undefined,
    author: 'Lena',
    created: start,
    updated: start,
  }));
}

/** Item i: pupil i % pupilCount, kind cycling, due `firstDue` + (i % 60) days, every third done. */
export function checklist(count: number, pupilCount: number, firstDue: string): ChecklistRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `k${String(i).padStart(6, '0')}`,
    pupilId: `im:${i % pupilCount}`,
    kind: KINDS[i % KINDS.length]!,
    term: 'Ht 2025',
    // By the round of kinds, not by i: every subject occurs whatever the number of kinds.
    subject: KINDS[i % KINDS.length] === 'written-assessment' ? SUBJECTS[Math.floor(i / KINDS.length) % SUBJECTS.length] : undefined,
    due: addDays(firstDue, i % 60),
    status: i % 3 === 0 ? 'done' : 'open',
  }));
}

export function risks(count: number, pupilCount: number): RiskRecord[] {
  const statuses = RISK_STATUSES;
  return Array.from({ length: count }, (_, i) => ({
    id: `im:${i % pupilCount}|${SUBJECTS[i % SUBJECTS.length]}|Ht 2025|${i}`,
    pupilId: `im:${i % pupilCount}`,
    subject: SUBJECTS[i % SUBJECTS.length]!,
    term: 'Ht 2025',
    source: 'assessment',
    evidence: ['Ämnesomdöme: otillräckliga kunskaper'],
    firstSeen: 1_000 + i,
    lastSeen: 1_000 + i,
    status: statuses[i % statuses.length]!,
  }));
}
