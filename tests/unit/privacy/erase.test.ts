import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { eraseEverything, erasePupil } from '@/utils/store/erase';
import { at, contact, doc, freshDatabase, item, pupil, risk } from './rows';

let db = freshDatabase();
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
  db = freshDatabase();
});

const T = at(2026, 10, 1);

/** Two pupils whose ids share a prefix, each with a row in every table and events about those rows. */
async function twoPupils() {
  for (const id of ['im:49', 'im:490']) {
    await db.pupils.put(pupil(id, T));
    await db.risks.put(risk(id, 'Matematik', 'contacted', T));
    await db.documents.put(doc(id, T));
    await db.contacts.put(contact(`contact-${id}`, id, T));
    await db.checklist.put(item(id, 'done', T));
    const when = { created: T, updated: T, by: 'Lena' };
    await db.adaptations.put({
      id: `a-${id}`,
      pupilId: id,
      subject: 'Matematik',
      what: 'annan',
      from: '2026-09-01',
      evaluationDue: '2026-09-29',
      ...when,
    });
    await db.referrals.put({ id: `r-${id}`, pupilId: id, subjects: ['Matematik'], madeOn: '2026-10-01', ...when });
    await db.events.bulkAdd([
      { at: T, action: 'support/refer', subject: `r-${id}` },
      { at: T, action: 'risk/new', subject: `${id}|Matematik|Ht 2025` },
      { at: T, action: 'contact/log', subject: `contact-${id}` },
      { at: T, action: 'checklist/confirm', subject: `guardian-contact|${id}|Matematik|Ht 2025` },
      // about a risk retention deleted earlier: found by the pupil's id at the start of the risk id
      { at: T, action: 'risk/dismiss', subject: `${id}|Svenska|Vt 2025` },
    ]);
  }
  await db.events.add({ at: T, action: 'settings/save' });
  const visit = (url: string) => ({ url, at: T, kind: 'pupil-assessment' as const, pupils: 1, atRisk: 0 });
  await db.visits.bulkAdd([
    visit('https://skola.infomentor.se/#/elev/49/omdome'),
    visit('https://skola.infomentor.se/elev?id=490'),
    visit('https://skola.infomentor.se/#/grupp/5A'),
  ]);
}

describe('erasePupil', () => {
  it('deletes the pupil and everything about them, and nothing about anyone else', async () => {
    await twoPupils();
    const erased = await erasePupil(db, 'im:49');
    expect(erased).toEqual({
      pupils: 1,
      risks: 1,
      documents: 1,
      contacts: 1,
      checklist: 1,
      adaptations: 1,
      referrals: 1,
      events: 5,
      visits: 1,
      templates: 0,
      recipes: 0,
      settings: 0,
      schoolExports: 0,
      sessions: 0,
    });

    const mentions = async () => JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())));
    expect(await mentions()).not.toMatch(/im:49[^0]/);
    expect(await mentions()).not.toContain('contact-im:49"');
    for (const table of [db.pupils, db.risks, db.documents, db.contacts, db.checklist, db.adaptations, db.referrals])
      expect(await table.count()).toBe(1);
    expect((await db.visits.toArray()).map((v) => v.url)).toEqual([
      'https://skola.infomentor.se/elev?id=490',
      'https://skola.infomentor.se/#/grupp/5A',
    ]);
    const events = await db.events.toArray();
    expect(events.filter((e) => e.subject?.includes('im:490'))).toHaveLength(5);
    // The erasure is on record, without saying whom it concerned.
    expect(events.filter((e) => e.action === 'privacy/erase-pupil')).toEqual([expect.not.objectContaining({ subject: expect.anything() })]);
  });

  it('erases a pupil known only by name and group', async () => {
    const id = 'name:berg, alva|5a';
    await db.pupils.put(pupil(id, T, 'Berg, Alva'));
    await db.risks.put(risk(id, 'Svenska', 'open', T));
    await db.events.add({ at: T, action: 'risk/new', subject: `${id}|Svenska|Ht 2025` });
    await erasePupil(db, id);
    expect(await db.pupils.count()).toBe(0);
    expect(await db.risks.count()).toBe(0);
    expect((await db.events.toArray()).map((e) => e.action)).toEqual(['privacy/erase-pupil']);
  });

  it('changes nothing and logs nothing for an unknown pupil', async () => {
    await twoPupils();
    const before = await db.events.count();
    expect(await erasePupil(db, 'im:7')).toEqual({
      pupils: 0,
      risks: 0,
      documents: 0,
      contacts: 0,
      checklist: 0,
      adaptations: 0,
      referrals: 0,
      events: 0,
      visits: 0,
      templates: 0,
      recipes: 0,
      settings: 0,
      schoolExports: 0,
      sessions: 0,
    });
    expect(await db.events.count()).toBe(before);
  });

  it('erases all or nothing: a failure halfway leaves the pupil whole', async () => {
    await twoPupils();
    // Visits are deleted after every table of rows: a failure there is halfway.
    vi.spyOn(db.visits, 'bulkDelete').mockRejectedValue(new DOMException('disk full', 'QuotaExceededError'));
    await expect(erasePupil(db, 'im:49')).rejects.toThrow();
    expect(await db.pupils.get('im:49')).toBeDefined();
    expect(await db.contacts.get('contact-im:49')).toBeDefined();
    expect(await db.risks.count()).toBe(2);
  });
});

describe('eraseEverything', () => {
  it('empties every table and the extension storage', async () => {
    await twoPupils();
    await db.settings.put({ key: 'settings', value: { teacherName: 'Lena' } });
    await fakeBrowser.storage.session.set({ 'tab:1': { url: 'https://a.infomentor.se/' } });
    await fakeBrowser.storage.local.set({ language: 'en' });
    await eraseEverything(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
