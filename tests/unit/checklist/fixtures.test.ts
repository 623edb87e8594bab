import { describe, expect, it } from 'vitest';
import type { InsynDatabase } from '@/utils/db/database';
import { storeReading } from '@/utils/store/readings';
import type { ChecklistKind } from '@/utils/db/records';
import { analyseHtml, fixturePages, type ExpectedContract } from '../infomentor/contract';
import { at, freshDb } from '../db/test-db';

/** The saved InfoMentor-like pages, read as the content script reads them, then stored as the background stores them. */
const pages = new Map(fixturePages('tests/fixtures/infomentor').map((page) => [page.name, page]));
const page = (name: string) => pages.get(name)!;

async function read(db: InsynDatabase, name: string, when: string) {
  return storeReading(db, analyseHtml(page(name).html), at(when));
}
async function items(db: InsynDatabase, kind: ChecklistKind) {
  return db.checklist.where('kind').equals(kind).toArray();
}
const published = (expected: ExpectedContract) => expected.documents.filter((d) => d.published).length;

describe('checklist from the saved pages', () => {
  it('5A maths (year 5): a contact item per pupil at risk, omdömen per pupil, an IUP per pupil', async () => {
    const db = freshDb();
    const { expected } = page('kunskapssammanstallning-5a-matematik');
    const views = await read(db, 'kunskapssammanstallning-5a-matematik', '2025-11-05');
    expect(views.map((v) => v.pupil).sort()).toEqual(expected.atRisk.map((r) => r.pupil).sort());
    expect(views.every((v) => v.prompt)).toBe(true);
    expect((await items(db, 'guardian-contact')).length).toBe(expected.atRisk.length);
    const omdomen = await items(db, 'written-assessment');
    expect(omdomen.length).toBe(expected.pupils);
    expect(omdomen.filter((i) => i.status === 'done').length).toBe(published(expected));
    expect(new Set(omdomen.map((i) => i.due))).toEqual(new Set(['2025-12-06']));
    expect((await items(db, 'iup-published')).length).toBe(expected.pupils);
  });

  it('IUP list 2A (year 2): published IUPs close and owe posting home within a week', async () => {
    const db = freshDb();
    const { expected } = page('iup-lista-2a');
    await read(db, 'iup-lista-2a', '2025-11-20');
    const iups = await items(db, 'iup-published');
    expect(iups.length).toBe(expected.pupils);
    expect(iups.filter((i) => i.status === 'done' && i.closedBy === 'page').length).toBe(published(expected));
    const posted = await items(db, 'iup-posted');
    expect(posted.length).toBe(published(expected));
    expect(new Set(posted.map((i) => i.due))).toEqual(new Set(['2025-11-27']));
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

  it('decisions: one "sent home" item per decision, whatever the year', async () => {
    const db = freshDb();
    const { expected } = page('atgardsprogram-lista');
    await read(db, 'atgardsprogram-lista', '2025-11-05');
    const decisions = await items(db, 'decision-sent-home');
    expect(decisions.length).toBe(expected.documents.length);
    expect(await db.checklist.count()).toBe(decisions.length);
  });

  it('the start page owes nothing', async () => {
    const db = freshDb();
    await read(db, 'startsida', '2025-11-05');
    expect(await db.checklist.count()).toBe(0);
  });

  it('reading every page twice adds nothing the second time', async () => {
    const db = freshDb();
    for (const name of pages.keys()) await read(db, name, '2025-11-05');
    const first = await db.checklist.toArray();
    for (const name of pages.keys()) await read(db, name, '2025-11-06');
    expect(await db.checklist.toArray()).toEqual(first);
  });
});
