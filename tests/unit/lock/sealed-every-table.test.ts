import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { InsynDatabase } from '@/utils/db/database';
import { useSealing } from '@/utils/db/encrypted-fields';
import { recordVisit } from '@/utils/db/visits';
import { createLock } from '@/utils/lock/crypto';
import { closeLock, contextLock, shareOpenLock } from '@/utils/lock/session';
import { logContact, updatePupilFacts } from '@/utils/store/contacts';
import { writeImport } from '@/utils/store/import';
import { storeReading } from '@/utils/store/readings';
import { saveRecipe } from '@/utils/store/recipes';
import { refreshChecklist } from '@/utils/store/refresh-checklist';
import { dismissRisks } from '@/utils/store/risks';
import { putSchoolExport } from '@/utils/store/school-exports';
import { saveSettings } from '@/utils/store/settings';
import { addAdaptation, logReferral } from '@/utils/store/support';
import { saveTemplate } from '@/utils/store/templates';
import { loadTabStatus, saveTabStatus } from '@/utils/tabs/tab-status';
import { forgetPupilsWhenLocked } from '@/utils/background/lock-handlers';
import { LOCK_KEY } from '@/utils/db/lock-params';
import { ALVA, ALVA_RISK, MAJA_RISK, at, freshDb, mathsPage } from '../db/test-db';
import { sampleRecipe } from '../recipes/sample';
import { rawDump as rawIndexedDb } from './raw-dump';

/**
 * Issue 22, done-when 6, for every table: realistic rows written through the store with the lock open,
 * then IndexedDB and the session and local storage read as they are kept. Each secret is written once in
 * clear to a plain database first, so the search is shown able to find it (every table was filled).
 */
const SECRETS = [
  'Andersson, Alva',
  'andersson, alva',
  'Carlsson',
  'carlsson',
  'Berg, Elias',
  'berg, elias',
  'otillräckliga',
  'Ringde mamma',
  'Mamma Anna',
  'arabiska',
  'Maja har flyttat',
  'Extra genomgång för Alva',
  'Alva behöver lugn',
  'Till Alvas vårdnadshavare',
  'Hej! Alva',
  'Alvas bedömningssida',
  'elev/4901',
  'Tabellen saknas',
  'dahl, nora',
  'Ek, Olle',
];

const NEW_PUPIL = 'name:dahl, nora|5a';

async function fill(db: InsynDatabase) {
  await saveSettings(db, { teacherName: 'Lena Lärare' });
  await storeReading(db, mathsPage(), at('2025-11-05'));
  const contact = { riskIds: [ALVA_RISK], at: at('2025-11-10'), channel: 'telefon' as const, withWhom: 'Mamma Anna' };
  await logContact(db, { ...contact, summary: 'Ringde mamma om läxorna', outcome: 'mote-bokat', guardians: [1] }, at('2025-11-10'));
  await refreshChecklist(db, at('2025-11-10'));
  await updatePupilFacts(db, ALVA, { interpreter: 'arabiska', guardianExempt: { guardian: 2, reason: 'via-annan' } }, at('2025-11-10'));
  await dismissRisks(db, [MAJA_RISK], 'Maja har flyttat', at('2025-11-10'));
  const adaptation = {
    pupilId: ALVA,
    subject: 'Matematik',
    what: 'Extra genomgång för Alva',
    note: 'Alva behöver lugn',
    from: '2025-11-11',
  };
  await addAdaptation(db, adaptation, at('2025-11-11'));
  await logReferral(db, { pupilId: ALVA, subjects: ['Matematik'], madeOn: '2025-11-12' }, at('2025-11-12'));
  await saveTemplate(
    db,
    { name: 'Till Alvas vårdnadshavare', lang: 'sv', subject: 'Om matten', body: 'Hej! Alva behöver stöd.' },
    at('2025-11-12'),
  );
  const match = { host: 'skola.infomentor.se', path: '/Assessment/elev/4901/*', heading: 'Lägesbedömning' };
  await saveRecipe(db, sampleRecipe({ name: 'Alvas bedömningssida', match }), at('2025-11-12'));
  const visit = { kind: 'unknown', at: at('2025-11-12'), pupils: 0, atRisk: 0 } as const;
  await recordVisit(db, { ...visit, url: 'https://skola.infomentor.se/Assessment/elev/4901/iup', error: 'Tabellen saknas' });
  const pupil = { id: NEW_PUPIL, name: 'Dahl, Nora', group: '5A', firstSeen: 1, lastSeen: 1 };
  await writeImport(db, ['pupils'], false, () => Promise.resolve({ writes: { pupils: [pupil] } }), new Set(['pupils']), at('2025-11-13'));
  const file = { pupils: [{ name: 'Ek, Olle' }] };
  const exported = { id: 'skolan|lena', teacher: 'Lena Lärare', school: 'Skolan', exportedAt: 1, importedAt: 2, data: file };
  await putSchoolExport(db, exported, () => false);
}

/** Every row and key as IndexedDB keeps them, with each sealed value cut out. */
const rawDump = async (name: string) => withoutSealed(await rawIndexedDb(name));

/** Sealed text is random-looking base64: cut out, a name can never turn up inside it by chance. */
const withoutSealed = (text: string) => text.replace(/insyn-sealed:[A-Za-z0-9+/=]+/g, '◆');

async function storageDump(): Promise<string> {
  const [session, local] = await Promise.all([fakeBrowser.storage.session.get(null), fakeBrowser.storage.local.get(null)]);
  return JSON.stringify({ session, local });
}

/** What the tab's panel showed, as the background keeps it (utils/tabs/tab-status.ts). */
const showTab = () =>
  saveTabStatus(1, { url: 'https://skola.infomentor.se/x', at: 1, kind: 'group-assessment', pupils: 3, atRisk: 2, pupilIds: [ALVA] }, 0, [
    ALVA_RISK,
  ]);

/** What the dashboard and the background read of the tables the lock seals since version 9's work. */
async function answers(db: InsynDatabase) {
  const strip = <T extends { id?: unknown }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
  return {
    templates: strip(await db.templates.toArray()),
    recipes: await db.recipes.toArray(),
    visits: await db.visits.orderBy('at').toArray(),
    visitByUrl: await db.visits.where('url').equals('https://skola.infomentor.se/Assessment/elev/4901/iup').count(),
    arrivals: await db.arrivals.toArray(),
    arrival: await db.arrivals.get(['pupils', NEW_PUPIL]),
    adaptations: strip(await db.adaptations.toArray()).map(({ created: _c, updated: _u, ...rest }) => rest),
    schoolExports: await db.schoolExports.toArray(),
    risks: await db.risks.toArray(),
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await closeLock();
  contextLock.setEnabled(false);
});

describe('the lock seals every table and what the session keeps (issue 22)', () => {
  it('with the lock on, no pupil name, typed text or pupil address is in clear anywhere; unlocked, Insyn reads it all', async () => {
    const plain = freshDb();
    useSealing(plain, () => ({ state: 'off' }));
    await fill(plain);
    await showTab();
    const plainDump = (await rawDump(plain.name)) + (await storageDump());
    for (const secret of SECRETS) expect(plainDump, secret).toContain(secret);

    const { bits, keys } = await createLock('lärarrummets fras', 1_000);
    await shareOpenLock(bits, keys);
    const sealed = freshDb();
    useSealing(sealed, () => contextLock.state());
    await fill(sealed);
    await showTab();
    // The lock's parameters are what tells the background the lock closed rather than went away.
    await sealed.settings.put({ key: LOCK_KEY, value: { salt: 's', iterations: 1_000, check: 'c' } });
    forgetPupilsWhenLocked(sealed);
    await closeLock();
    await vi.waitFor(async () => expect(await storageDump()).not.toContain(ALVA));
    const sealedDump = (await rawDump(sealed.name)) + (await storageDump());
    for (const secret of SECRETS) expect(sealedDump, secret).not.toContain(secret);
    expect(await loadTabStatus(1)).toMatchObject({ pupils: 3, atRisk: 2 });
    // Counts are still made while locked.
    expect(await sealed.visits.count()).toBe(1);
    expect(await sealed.templates.count()).toBe(1);

    contextLock.hold(keys);
    const expected = await answers(plain);
    expect(await answers(sealed)).toEqual(expected);
    expect(expected.visitByUrl).toBe(1);
    expect(expected.arrival?.id).toBe(NEW_PUPIL);
  });
});
