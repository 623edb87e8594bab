import { afterEach, describe, expect, it } from 'vitest';
import type { InsynDatabase } from '@/utils/db/database';
import { buildExport } from '@/utils/export/json';
import type { ExportTables } from '@/utils/export/schema';
import { loadSettings } from '@/utils/settings/store';
import { applyImport, previewImport } from '@/utils/import/apply';
import { freshDb } from '../db/test-db';
import { fillDatabase, sampleTables } from '../export/sample-data';

/** Issue 22: in a merge the newer row wins, whichever side it is on, and no setting of the file is taken. */
const open: InsynDatabase[] = [];
const newDb = () => open[open.push(freshDb()) - 1]!;
afterEach(() => Promise.all(open.splice(0).map((db) => db.delete())));

const NOW = Date.parse('2025-12-10T10:00:00Z');
const HOUR = 3_600_000;
const colleagueFile = (tables: ExportTables) =>
  buildExport(tables, { teacher: 'Kollega Kollegasson', school: 'Ängsskolan', appVersion: '1.0.0', exportedAt: NOW });

describe('merge keeps the newer row', () => {
  it("a colleague's older copy does not reopen a completed checklist item", async () => {
    const db = newDb();
    await fillDatabase(db);
    const done = (await db.checklist.get('iup-posted|name:berg, elias|5a|Ht 2025'))!;
    const theirs = sampleTables();
    theirs.checklist = theirs.checklist.map((i) =>
      i.id === done.id ? { id: i.id, pupilId: i.pupilId, kind: i.kind, term: i.term, due: i.due, status: 'open' as const } : i,
    );
    const plan = await applyImport(db, colleagueFile(theirs), 'merge');
    expect(plan.counts.checklist).toMatchObject({ changed: 0, kept: 1 });
    expect(await db.checklist.get(done.id)).toEqual(done);
  });

  it("a colleague's later closing is taken, an earlier one is not", async () => {
    const db = newDb();
    await fillDatabase(db);
    const id = 'guardian-contact|name:berg, elias|5a|Svenska|Ht 2025';
    const closed = (closedAt: number) => {
      const theirs = sampleTables();
      theirs.checklist = theirs.checklist.map((i) =>
        i.id === id ? { ...i, status: 'done' as const, closedBy: 'teacher' as const, closedAt } : i,
      );
      return colleagueFile(theirs);
    };
    await applyImport(db, closed(NOW), 'merge');
    expect(await db.checklist.get(id)).toMatchObject({ status: 'done', closedAt: NOW });
    const plan = await applyImport(db, closed(NOW - HOUR), 'merge');
    expect(plan.counts.checklist).toMatchObject({ changed: 0, kept: 1 });
    expect((await db.checklist.get(id))?.closedAt).toBe(NOW);
  });

  it('contacts and the support chain compare `updated`; what pages show compares `lastSeen`', async () => {
    const db = newDb();
    await fillDatabase(db);
    const mine = sampleTables();
    const theirs = sampleTables();
    const older = (n: number) => n - HOUR;
    theirs.contacts[1] = { ...theirs.contacts[1]!, summary: 'äldre text', updated: older(mine.contacts[1]!.updated) };
    theirs.contacts[0] = { ...theirs.contacts[0]!, summary: 'nyare text', updated: mine.contacts[0]!.updated + HOUR };
    theirs.adaptations[0] = { ...theirs.adaptations[0]!, evaluation: undefined, updated: older(mine.adaptations[0]!.updated) };
    theirs.referrals[0] = { ...theirs.referrals[0]!, receivedOn: undefined, updated: older(mine.referrals[0]!.updated) };
    theirs.risks[0] = { ...theirs.risks[0]!, status: 'open', lastSeen: older(mine.risks[0]!.lastSeen) };
    theirs.pupils[0] = { ...theirs.pupils[0]!, group: '4A', lastSeen: older(mine.pupils[0]!.lastSeen) };
    theirs.documents[0] = { ...theirs.documents[0]!, published: false, lastSeen: mine.documents[0]!.lastSeen + HOUR };

    const preview = await previewImport(db, colleagueFile(theirs), 'merge');
    expect(preview.counts.contacts).toMatchObject({ changed: 1, kept: 1 });
    await applyImport(db, colleagueFile(theirs), 'merge');
    expect((await db.contacts.get('c-1'))?.summary).toBe('nyare text');
    expect((await db.contacts.get('c-2'))?.summary).toBe(mine.contacts[1]!.summary);
    expect((await db.adaptations.get('a-1'))?.evaluation).toBe('not-enough');
    expect((await db.referrals.get('ref-1'))?.receivedOn).toBe('2026-01-14');
    expect((await db.risks.get(mine.risks[0]!.id))?.status).toBe('contacted');
    expect((await db.pupils.get('im:1001'))?.group).toBe('5A');
    expect((await db.documents.get(mine.documents[0]!.id))?.published).toBe(false);
  });

  it('on a tie this database keeps its row, so merging both ways agrees with itself', async () => {
    const db = newDb();
    await fillDatabase(db);
    const theirs = sampleTables();
    theirs.contacts[0] = { ...theirs.contacts[0]!, summary: 'samma tid, annan text' };
    const plan = await applyImport(db, colleagueFile(theirs), 'merge');
    expect(plan.counts.contacts).toMatchObject({ changed: 0, kept: 1 });
    expect(plan.noChange).toBe(true);
  });
});

describe('merge never takes settings', () => {
  it("a fresh Insyn merging a colleague's file does not sign with the colleague's name", async () => {
    const db = newDb();
    const plan = await applyImport(db, colleagueFile(sampleTables()), 'merge');
    expect(plan.counts.settings).toMatchObject({ added: 0, kept: 1 });
    expect(await db.settings.count()).toBe(0);
    expect((await loadSettings(db)).teacherName).not.toBe('Lena Lärare');
    expect(await db.contacts.count()).toBe(2);
  });

  it('a restore (replace) takes the backup’s settings', async () => {
    const db = newDb();
    await applyImport(db, colleagueFile(sampleTables()), 'replace');
    expect((await loadSettings(db)).teacherName).toBe('Lena Lärare');
  });
});
