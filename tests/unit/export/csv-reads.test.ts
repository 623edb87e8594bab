import { afterEach, describe, expect, it, vi } from 'vitest';
import { InsynDatabase } from '@/utils/db/database';
import { exportCsvFile, exportJsonFile } from '@/utils/export/actions';
import { databaseName, fillDatabase } from './sample-data';

/** A CSV export reads what its sheet shows, not the whole database, and pseudonymises as the JSON export does. */
const open: InsynDatabase[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});
const NOW = Date.parse('2025-12-10T10:00:00Z');

async function filled() {
  const db = new InsynDatabase(databaseName());
  open.push(db);
  await fillDatabase(db);
  return db;
}

describe('the CSV export buttons', () => {
  it.each([false, true])('never read the event history (pseudonymised: %s)', async (pseudonymise) => {
    const db = await filled();
    const read = vi.spyOn(db, 'table');
    const file = await exportCsvFile(db, 'contacts', { pseudonymise, appVersion: '1', now: NOW });
    expect(file.content).toContain('\r\n');
    const tables = read.mock.calls.map(([name]) => name);
    expect(tables).toContain('contacts');
    expect(tables).not.toContain('events');
  });

  it('give each pupil the code the pseudonymised JSON export gives', async () => {
    const db = await filled();
    const json = JSON.parse((await exportJsonFile(db, { pseudonymise: true, appVersion: '1', now: NOW })).content as string);
    const codes: string[] = json.tables.pupils.map((p: { id: string }) => p.id);
    const csv = (await exportCsvFile(db, 'checklist', { pseudonymise: true, appVersion: '1', now: NOW })).content as string;
    const named = new Set([...csv.matchAll(/Elev-[0-9A-F]+/g)].map(([code]) => code));
    expect(named.size).toBeGreaterThan(0);
    for (const code of named) expect(codes).toContain(code);
  });
});
