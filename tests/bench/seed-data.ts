import { CHECKLIST_KINDS } from '../../utils/checklist/registry';
import { CONTACT_CHANNELS } from '../../utils/domain/contact-channels';
import { CONTACT_OUTCOMES } from '../../utils/domain/contact-outcomes';
import { RISK_STATUSES } from '../../utils/domain/risk-statuses';
import type { ChecklistRecord, ContactRecord, EventRecord, PupilRecord, RiskRecord } from '../../utils/db/records';

/** The database of a teacher after years of heavy use: the sizes docs/performance.md's budgets are set for. */
export const SIZES = { pupils: 1_000, contacts: 20_000, checklist: 50_000, risks: 3_000, events: 100_000 };

const CHANNELS = CONTACT_CHANNELS;
const OUTCOMES = CONTACT_OUTCOMES;
const KINDS = CHECKLIST_KINDS;
const SUBJECTS = ['Matematik', 'Svenska', 'Engelska', 'Biologi', 'Kemi', 'Fysik', 'Historia', 'Idrott och hälsa'];
const FIRST = ['Alva', 'Elias', 'Maja', 'Noah', 'Ebba', 'Hugo', 'Selma', 'Liam', 'Ella', 'Omar', 'Saga', 'Leo'];
const LAST = ['Andersson', 'Berg', 'Çelik', 'Dahl', 'Ek', 'Forsberg', 'Gustafsson', 'Holm', 'Öberg', 'Åström'];

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const DAY = 86_400_000;
export const TODAY = '2026-03-16';
const NOW = Date.parse(`${TODAY}T12:00:00Z`);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

export interface SeedData {
  pupils: PupilRecord[];
  contacts: ContactRecord[];
  checklist: ChecklistRecord[];
  risks: RiskRecord[];
  events: EventRecord[];
}

const ACTIONS = ['risk/new', 'contact/log', 'checklist/confirm', 'risk/postpone', 'settings/save'];

export function seedData(): SeedData {
  const next = random(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const pupils: PupilRecord[] = Array.from({ length: SIZES.pupils }, (_, i) => {
    const year = 1 + (i % 9);
    const group = `${year}${'ABCD'[Math.floor(i / 9) % 4]}`;
    return {
      id: `im:${100_000 + i}`,
      name: `${pick(LAST)}, ${pick(FIRST)}`,
      group,
      year,
      yearSource: 'group',
      firstSeen: NOW - 900 * DAY,
      lastSeen: NOW - Math.floor(next() * 90) * DAY,
    };
  });
  const contacts: ContactRecord[] = Array.from({ length: SIZES.contacts }, (_, i) => {
    const pupil = pick(pupils);
    const at = NOW - Math.floor(next() * 1_400 * DAY);
    const subject = pick(SUBJECTS);
    return {
      id: `contact-${i}`,
      pupilId: pupil.id,
      subjects: [subject],
      riskIds: [`${pupil.id}|${subject}|Vt 2026`],
      at,
      channel: pick(CHANNELS),
      withWhom: `Vårdnadshavare ${pick(FIRST)}`,
      summary: `Samtal om ${subject.toLowerCase()}: stöd hemma och extra tid på lektionerna. Uppföljning om två veckor.`,
      outcome: pick(OUTCOMES),
      followUp: next() < 0.2 ? iso(at + 14 * DAY) : undefined,
      author: 'Lärare Lindqvist',
      created: at,
      updated: at,
    };
  });
  const checklist: ChecklistRecord[] = Array.from({ length: SIZES.checklist }, (_, i) => {
    const pupil = pick(pupils);
    const due = NOW + Math.floor((next() - 0.8) * 1_400) * DAY;
    const done = due < NOW - 30 * DAY ? next() < 0.95 : next() < 0.3;
    return {
      id: `checklist-${i}`,
      pupilId: pupil.id,
      kind: pick(KINDS),
      term: `${new Date(due).getUTCMonth() < 6 ? 'Vt' : 'Ht'} ${new Date(due).getUTCFullYear()}`,
      subject: next() < 0.6 ? pick(SUBJECTS) : undefined,
      due: iso(due),
      status: done ? 'done' : 'open',
      closedBy: done ? 'teacher' : undefined,
      closedAt: done ? due : undefined,
    };
  });
  const risks: RiskRecord[] = Array.from({ length: SIZES.risks }, (_, i) => {
    const pupil = pupils[i % pupils.length]!;
    const subject = SUBJECTS[i % SUBJECTS.length]!;
    const term = `Vt ${2023 + (i % 4)}`;
    return {
      id: `${pupil.id}|${subject}|${term}|${i}`,
      pupilId: pupil.id,
      subject,
      term,
      source: 'assessment',
      evidence: ['Ämnesomdöme: otillräckliga kunskaper'],
      firstSeen: NOW - Math.floor(next() * 900) * DAY,
      lastSeen: NOW - Math.floor(next() * 30) * DAY,
      status: pick(RISK_STATUSES),
    };
  });
  // The history every write leaves (utils/db/events.ts): no dashboard list shows it, but every export reads past it.
  const events: EventRecord[] = Array.from({ length: SIZES.events }, (_, i) => ({
    at: NOW - Math.floor(next() * 1_400 * DAY),
    action: pick(ACTIONS),
    subject: i % 2 ? `contact-${i % SIZES.contacts}` : `checklist-${i % SIZES.checklist}`,
  }));
  return { pupils, contacts, checklist, risks, events };
}
