import { InsynDatabase } from '@/utils/db/database';
import type { ChecklistRecord, ContactRecord, DocumentRecord, PupilRecord, RiskRecord } from '@/utils/db/records';

/** A fresh database per test and small row builders; every date is a local-time epoch. */
export function freshDatabase(): InsynDatabase {
  return new InsynDatabase(`privacy-test-${Math.random().toString(36).slice(2)}`);
}

export const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).getTime();

export const pupil = (id: string, lastSeen: number, name = id): PupilRecord => ({ id, name, group: '5A', firstSeen: lastSeen, lastSeen });

export const risk = (pupilId: string, subject: string, status: RiskRecord['status'], lastSeen: number): RiskRecord => ({
  id: `${pupilId}|${subject}|Ht 2025`,
  pupilId,
  subject,
  term: 'Ht 2025',
  source: 'assessment',
  evidence: ['Ämnesomdöme: otillräckliga kunskaper'],
  firstSeen: lastSeen,
  lastSeen,
  status,
});

export const contact = (id: string, pupilId: string, updated: number, followUp?: string): ContactRecord => ({
  id,
  pupilId,
  subjects: ['Matematik'],
  riskIds: [`${pupilId}|Matematik|Ht 2025`],
  at: updated,
  channel: 'telefon',
  withWhom: 'Mamma',
  summary: 'Pratade om matematiken.',
  outcome: 'nadd',
  author: 'Lena',
  created: updated,
  updated,
  ...(followUp ? { followUp } : {}),
});

export const item = (pupilId: string, status: ChecklistRecord['status'], closedAt?: number): ChecklistRecord => ({
  id: `guardian-contact|${pupilId}|Matematik|Ht 2025`,
  pupilId,
  kind: 'guardian-contact',
  term: 'Ht 2025',
  subject: 'Matematik',
  due: '2025-09-01',
  status,
  ...(closedAt !== undefined ? { closedAt, closedBy: 'contact' as const } : {}),
});

export const doc = (pupilId: string, lastSeen: number): DocumentRecord => ({
  id: `${pupilId}|iup||Ht 2025`,
  pupilId,
  type: 'iup',
  term: 'Ht 2025',
  status: 'complete',
  published: true,
  firstSeen: lastSeen,
  lastSeen,
});
