import { describe, expect, it } from 'vitest';
import type { InsynDatabase } from '@/utils/db/database';
import { storeReading } from '@/utils/store/readings';
import type { ChecklistKind } from '@/utils/db/records';
import type { Roles } from '@/utils/checklist/roles';
import { saveSettings } from '@/utils/store/settings';
import { analyseHtml, fixturePages, type ExpectedContract } from '../infomentor/contract';
import { at, freshDb } from '../db/test-db';

/** The saved InfoMentor-like pages, read as the content script reads them, then stored as the background stores them. */
const pages = new Map(fixturePages('tests/fixtures/infomentor').map((page) => [page.name, page]));
const page = (name: string) => pages.get(name)!;

async function read(db: InsynDatabase, name: string, when: string) {
  return storeReading(db, analyseHtml(page(name).html), at(when), `https://skola.infomentor.se/${name}`);
}
async function teacher(roles: Roles) {
  const db = freshDb();
  await saveSettings(db, { roles });
  return db;
}
/** 5A's maths, 8C's English grades and 2A's IUP list read by a teacher with these roles: the kinds of items per group. */
async function threePages(roles: Roles) {
  const db = await teacher(roles);
  for (const name of ['kunskapssammanstallning-5a-matematik', 'betyg-8c-engelska-im1', 'iup-lista-2a']) await read(db, name, '2025-11-05');
  const all = await db.checklist.toArray();
  const groupOf = new Map((await db.pupils.toArray()).map((p) => [p.id, p.group]));
  return (group: string) => [...new Set(all.filter((i) => groupOf.get(i.pupilId) === group).map((i) => i.kind))].sort();
}
const kindsOf = async (db: InsynDatabase) => [...new Set((await db.checklist.toArray()).map((i) => i.kind))].sort();
async function items(db: InsynDatabase, kind: ChecklistKind) {
  return db.checklist.where('kind').equals(kind).toArray();
}
const published = (expected: ExpectedContract) => expected.documents.filter((d) => d.published).length;

describe('checklist from the saved pages', () => {
  it('5A maths (year 5), its mentor: a contact item per pupil at risk, omdömen per pupil, an IUP per pupil', async () => {
    const db = await teacher({ '5A': 'mentor' });
    const { expected } = page('kunskapssammanstallning-5a-matematik');
    const views = await read(db, 'kunskapssammanstallning-5a-matematik', '2025-11-05');
    expect(views.map((v) => v.pupil).sort()).toEqual(expected.atRisk.map((r) => r.pupil).sort());
    expect(views.every((v) => v.prompt)).toBe(true);
    expect((await items(db, 'guardian-contact')).length).toBe(expected.atRisk.length);
    const omdomen = await items(db, 'written-assessment');
    expect(omdomen.length).toBe(expected.pupils);
    expect(omdomen.filter((i) => i.status === 'done').length).toBe(published(expected));
    // Two weeks before the term ends is Saturday 6 December: the Friday before.
    expect(new Set(omdomen.map((i) => i.due))).toEqual(new Set(['2025-12-05']));
    expect((await items(db, 'iup-published')).length).toBe(expected.pupils);
    expect((await items(db, 'progress-meeting')).length).toBe(expected.pupils);
  });

  it('5A, 8C and the IUP list read by a subject teacher of 5A and 8C who is 2A’s mentor: each group only its own items', async () => {
    const kindsIn = await threePages({ '5A': 'subject', '8C': 'subject', '2A': 'mentor' });
    expect(kindsIn('5A')).toEqual(['guardian-contact', 'written-assessment']);
    // Year 8: guardians are told before grades are set too (the grading calendar).
    expect(kindsIn('8C')).toEqual(['guardian-contact', 'inform-before-grading']);
    expect(kindsIn('2A')).toEqual(['iup-posted', 'iup-published', 'progress-meeting']);
  });

  it('the same pages read by 5A’s and 8C’s mentor who teaches no subject in 2A', async () => {
    const kindsIn = await threePages({ '5A': 'mentor', '8C': 'mentor', '2A': 'subject' });
    expect(kindsIn('5A')).toEqual(['guardian-contact', 'iup-published', 'progress-meeting', 'written-assessment']);
    // Year 8: no IUP.
    expect(kindsIn('8C')).toEqual(['guardian-contact', 'inform-before-grading', 'progress-meeting']);
    expect(kindsIn('2A')).toEqual([]);
  });

  it('a teacher who has not said her role in 5A gets no IUP from its maths page', async () => {
    const db = await teacher({});
    await read(db, 'kunskapssammanstallning-5a-matematik', '2025-11-05');
    expect(await kindsOf(db)).toEqual(['guardian-contact', 'written-assessment']);
  });

  it('IUP list 2A (year 2), its mentor: published IUPs close and owe posting home within a week of their Publiceringsdatum', async () => {
    const db = await teacher({ '2A': 'mentor' });
    const { expected } = page('iup-lista-2a');
    // Read long after most were published: the count starts from the page's date, not from today.
    await read(db, 'iup-lista-2a', '2025-12-19');
    const iups = await items(db, 'iup-published');
    expect(iups.length).toBe(expected.pupils);
    expect(iups.filter((i) => i.status === 'done' && i.closedBy === 'page').length).toBe(published(expected));
    const posted = await items(db, 'iup-posted');
    expect(posted.length).toBe(published(expected));
    const byName = new Map((await db.pupils.toArray()).map((p) => [p.id, p.name]));
    const dueOf = (name: string) => posted.find((i) => byName.get(i.pupilId) === name);
    // Published Thursday 11 December: Thursday 18 December, and the item says where it counts from.
    expect(dueOf('Andersson, Ines')).toMatchObject({ due: '2025-12-18', dated: '2025-12-11', seen: '2025-12-19' });
    expect(dueOf('Andersson, Ines')?.page).toBe('https://skola.infomentor.se/iup-lista-2a');
    // Never on a weekend or in the Christmas break: 7 days after 16 December is Tuesday 23 December, so the next school day.
    for (const item of posted) expect(new Date(`${item.due}T12:00:00Z`).getUTCDay() % 6).not.toBe(0);
    expect(posted.map((i) => i.due).filter((d) => d > '2025-12-19' && d < '2026-01-08')).toEqual([]);
  });

  it('pupil page 3B (year 3): an omdöme item per subject, closed where published', async () => {
    const db = freshDb();
    const { expected } = page('amnesomdome-elev-3b');
    await read(db, 'amnesomdome-elev-3b', '2025-11-05');
    const omdomen = await items(db, 'written-assessment');
    expect(omdomen.map((i) => i.subject).sort()).toEqual(expected.documents.map((d) => d.subject).sort());
    expect(omdomen.filter((i) => i.status === 'open').length).toBe(expected.documents.length - published(expected));
    expect((await items(db, 'guardian-contact')).length).toBe(expected.atRisk.length);
  });

  it('grades 8C (year 8): contact items, informing before grading, and no omdömen or IUP', async () => {
    const db = freshDb();
    const { expected } = page('betyg-8c-engelska-im1');
    await read(db, 'betyg-8c-engelska-im1', '2025-11-05');
    expect((await items(db, 'guardian-contact')).length).toBe(expected.atRisk.length);
    // Year 8, autumn: the last day before grading is Friday of week 45.
    expect((await items(db, 'inform-before-grading')).map((i) => i.due)).toEqual(expected.atRisk.map(() => '2025-11-07'));
    expect(await db.checklist.count()).toBe(2 * expected.atRisk.length);
  });

  it('decisions: one "sent home" item per decision of this term, naming its type; a finished one of an earlier term owes nothing', async () => {
    const db = freshDb();
    const { expected } = page('atgardsprogram-lista');
    await read(db, 'atgardsprogram-lista', '2025-11-05');
    const decisions = await items(db, 'decision-sent-home');
    const owed = expected.documents.filter((d) => !(d.status === 'complete' && d.term === 'Vt 2025'));
    expect(owed.length).toBe(expected.documents.length - 1);
    expect(decisions.map((i) => i.decision).sort()).toEqual(owed.map((d) => d.type).sort());
    // No group on the page: each pupil's progress meeting is owed too (the list is the responsible teacher's).
    expect(await db.checklist.count()).toBe(decisions.length + expected.pupils);
  });

  it('the start page owes nothing', async () => {
    const db = freshDb();
    await read(db, 'startsida', '2025-11-05');
    expect(await db.checklist.count()).toBe(0);
  });

  it('reading every page twice adds nothing the second time', async () => {
    const db = await teacher({ '5A': 'mentor', '2A': 'mentor', '3B': 'mentor' });
    for (const name of pages.keys()) await read(db, name, '2025-11-05');
    const first = await db.checklist.toArray();
    for (const name of pages.keys()) await read(db, name, '2025-11-06');
    expect(await db.checklist.toArray()).toEqual(first);
  });
});
