import { describe, expect, it } from 'vitest';
import { LockedError, useSealing } from '@/utils/db/encrypted-fields';
import { createLock, openLock } from '@/utils/lock/crypto';
import { LockHolder } from '@/utils/lock/state';
import type { InsynDatabase } from '@/utils/db/database';
import { logContact, type ContactInput } from '@/utils/store/contacts';
import { storeReading } from '@/utils/store/readings';
import { refreshChecklist } from '@/utils/store/refresh-checklist';
import { saveSettings } from '@/utils/store/settings';
import { ALVA, ALVA_RISK, at, freshDb, mathsPage } from '../db/test-db';
import { rawDump as rawIndexedDb } from './raw-dump';

/** What must never be found in clear: the page's names, the reasons it gave, what the teacher typed. */
const SECRETS = ['andersson', 'alva', 'carlsson', 'maja', 'berg, elias', 'otillräckliga', 'Ringde mamma om läxorna', 'Mamma Anna'];

const contact: ContactInput = {
  riskIds: [ALVA_RISK],
  at: at('2025-11-10'),
  channel: 'telefon',
  withWhom: 'Mamma Anna',
  summary: 'Ringde mamma om läxorna',
  outcome: 'mote-bokat',
  guardians: [1, 2],
};

const rawDump = async (name: string) => (await rawIndexedDb(name)).toLowerCase();

async function fill(db: InsynDatabase) {
  await saveSettings(db, { teacherName: 'Lena Lärare' });
  await storeReading(db, mathsPage(), at('2025-11-05'));
  await logContact(db, contact, at('2025-11-10'));
  await refreshChecklist(db, at('2025-11-10'));
}

/** The same questions the dashboard asks, answered from a database: to compare sealed with plain. */
async function answers(db: InsynDatabase) {
  return {
    pupils: await db.pupils.orderBy('id').toArray(),
    alva: await db.pupils.get(ALVA),
    alvasRisks: await db.risks.where('pupilId').equals(ALVA).toArray(),
    groupRisks: await db.risks.where('pupilId').anyOf([ALVA, 'name:carlsson, maja|5a']).primaryKeys(),
    riskAbove: await db.risks.where(':id').above(ALVA).primaryKeys(),
    contacts: (await db.contacts.toArray()).map(({ id: _id, ...rest }) => rest),
    checklistPage: await db.checklist.orderBy('due').offset(1).limit(3).toArray(),
    checklistFiltered: await db.checklist.filter((item) => item.pupilId === ALVA).count(),
    openRisks: await db.risks.where('status').equals('open').count(),
  };
}

describe('the lock seals pupils’ names and free text at rest (issue 22, done-when 6)', () => {
  it('with the lock on, IndexedDB itself holds no name or free text in clear, and Insyn reads all of it', async () => {
    const plain = freshDb();
    await fill(plain);
    const holder = new LockHolder();
    holder.hold((await createLock('lärarrummets fras', 1_000)).keys);
    const sealed = freshDb();
    useSealing(sealed, () => holder.state());
    await fill(sealed);

    const plainDump = await rawDump(plain.name);
    for (const secret of SECRETS) expect(plainDump).toContain(secret.toLowerCase());
    const sealedDump = await rawDump(sealed.name);
    for (const secret of SECRETS) expect(sealedDump).not.toContain(secret.toLowerCase());

    const expected = await answers(plain);
    expect(await answers(sealed)).toEqual(expected);
    expect(expected.alva?.name).toBe('Andersson, Alva');
    expect(expected.contacts[0]?.summary).toBe('Ringde mamma om läxorna');
  });

  it('locked, counts remain and names do not; a write is refused and loses nothing; unlocking restores everything', async () => {
    const holder = new LockHolder();
    const { params, keys } = await createLock('lärarrummets fras', 1_000);
    holder.hold(keys);
    const db = freshDb();
    useSealing(db, () => holder.state());
    await fill(db);
    const before = await answers(db);

    holder.forget();
    expect(await db.pupils.count()).toBe(3);
    expect(await db.risks.where('status').equals('open').count()).toBe(before.openRisks);
    const lockedText = JSON.stringify(await db.pupils.toArray()).toLowerCase();
    for (const secret of SECRETS) expect(lockedText).not.toContain(secret.toLowerCase());
    await expect(storeReading(db, mathsPage(), at('2025-11-12'))).rejects.toBeInstanceOf(LockedError);
    await expect(logContact(db, contact, at('2025-11-12'))).rejects.toThrow('Insyn är låst');

    holder.hold((await openLock(params, 'lärarrummets fras')).keys);
    expect(await answers(db)).toEqual(before);
  });
});
