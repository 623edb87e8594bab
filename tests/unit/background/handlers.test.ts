import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followBadge } from '@/utils/background/deadlines';
import { createHandlers } from '@/utils/background/handlers';
import type { InsynDatabase } from '@/utils/db/database';
import { seedTemplates } from '@/utils/store/templates';
import { dispatch } from '@/utils/messaging/router';
import type { RiskView } from '@/utils/messaging/protocol';
import { loadSettings } from '@/utils/settings/store';
import { saveSettings } from '@/utils/store/settings';
import { DEFAULT_TEMPLATES } from '@/utils/templates/defaults';
import { loadTabStatus, saveTabStatus } from '@/utils/tabs/tab-status';
import { allowedSender, contentSender, own, pageSender } from '../messaging/senders';
import { PANEL_FORMS_FILE } from '@/utils/background/inject-content';
import { ALVA_RISK, MAJA_RISK, at, freshDb, mathsPage } from '../db/test-db';

const OWN = 'insyn-test-id';
const URL = 'https://skola.infomentor.se/kunskap';
let db: InsynDatabase;
let now: number;
const ask = async (type: string, payload: unknown, tabId = 7) => {
  const url = (payload as { url?: unknown } | undefined)?.url;
  const sender = allowedSender(type, OWN, tabId, typeof url === 'string' ? url : undefined);
  const reply = await dispatch(
    createHandlers(db, () => now),
    { insyn: 1, type, payload },
    sender,
    own(OWN),
  );
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as never;
};

let unfollow: () => void;
// The badge follows the data, as in the background (start.ts); it settles a moment after each write.
const badgeShows = (text: string) => vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(text));

beforeEach(() => {
  db = freshDb();
  now = at('2025-11-05');
  unfollow = followBadge(db, () => now);
});
afterEach(() => unfollow());

describe('background handlers', () => {
  it('page/read stores the reading, answers where each risk stands, and updates tab status and badge', async () => {
    const reply: { stored: boolean; risks: RiskView[] } = await ask('page/read', { url: URL, analysis: mathsPage() });
    expect(reply.stored).toBe(true);
    expect(reply.risks.map((r) => [r.riskId, r.pupil, r.prompt])).toEqual([
      [ALVA_RISK, 'Andersson, Alva', true],
      [MAJA_RISK, 'Carlsson, Maja', true],
    ]);
    expect(await db.risks.count()).toBe(2);
    expect(await loadTabStatus(7)).toMatchObject({ url: URL, kind: 'group-assessment', pupils: 3, atRisk: 2 });
    await badgeShows('2');
  });

  it("rules/get gives the teacher's risk rules, so the page is judged as chosen", async () => {
    expect(await ask('rules/get', {})).toMatchObject({ gradeDash: true, fInFinishedSubject: true });
    await saveSettings(db, { risk: { gradeDash: false } });
    expect(await ask('rules/get', {})).toMatchObject({ gradeDash: false, gradeF: true });
  });

  it('stats/get counts open risks and items, overdue meaning due before today', async () => {
    await ask('page/read', { url: URL, analysis: mathsPage() });
    now = at('2025-11-13');
    // Two contact items and two omdömen; no IUPs, since the teacher has not said she is 5A's mentor.
    expect(await ask('stats/get', {})).toEqual({
      visits: 1,
      pupils: 3,
      openRisks: 2,
      openItems: 4,
      overdueItems: 2,
      failedReads: 0,
      storage: 'ok',
    });
  });

  it('risk/postpone silences the prompt until the given time', async () => {
    await ask('page/read', { url: URL, analysis: mathsPage() });
    expect(await ask('risk/postpone', { riskIds: [ALVA_RISK], until: at('2025-11-06') })).toEqual({ updated: 1 });
    const { risks }: { risks: RiskView[] } = await ask('page/read', { url: URL, analysis: mathsPage() });
    expect(risks.map((r) => r.prompt)).toEqual([false, true]);
  });

  it('risk/dismiss keeps the decision and its reason, and the contact item goes', async () => {
    await ask('page/read', { url: URL, analysis: mathsPage() });
    expect(await ask('risk/dismiss', { riskIds: [ALVA_RISK], reason: 'Har kommit ikapp' })).toEqual({ updated: 1 });
    const { risks }: { risks: RiskView[] } = await ask('page/read', { url: URL, analysis: mathsPage() });
    expect(risks[0]).toMatchObject({ status: 'dismissed', statusReason: 'Har kommit ikapp', prompt: false });
    expect(await db.checklist.get(`guardian-contact|${ALVA_RISK}`)).toBeUndefined();
    await badgeShows('1');
  });

  it('contact/log logs the contact and answers the risks as contacted', async () => {
    await saveSettings(db, { teacherName: 'Lena' });
    await ask('page/read', { url: URL, analysis: mathsPage() });
    now = at('2025-11-07');
    const reply: { contactId: string; risks: RiskView[] } = await ask('contact/log', {
      riskIds: [MAJA_RISK],
      at: at('2025-11-07'),
      channel: 'brev',
      withWhom: 'Vårdnadshavare',
      summary: 'Brev skickat',
      outcome: 'skickat',
      guardians: [1, 2],
      followUp: '2025-11-20',
    });
    expect(await db.contacts.get(reply.contactId)).toMatchObject({ author: 'Lena', channel: 'brev' });
    expect(reply.risks).toEqual([
      {
        riskId: MAJA_RISK,
        pupil: 'Carlsson, Maja',
        subject: 'Matematik',
        status: 'contacted',
        lastContact: { at: at('2025-11-07'), channel: 'brev', outcome: 'skickat', informs: true },
        guardians: { owed: [1, 2], informed: [1, 2] },
        followUp: '2025-11-20',
        prompt: false,
      },
    ]);
    await badgeShows('1');
  });

  it('contact/log answers an error for a risk its tab shows but the database lacks, storing nothing', async () => {
    await saveTabStatus(7, { url: URL, at: now, kind: 'group-assessment', pupils: 1, atRisk: 1 }, 0, ['nope']);
    const reply = await dispatch(
      createHandlers(db, () => now),
      {
        insyn: 1,
        type: 'contact/log',
        payload: { riskIds: ['nope'], at: now, channel: 'sms', withWhom: '', summary: '', outcome: 'nadd' },
      },
      contentSender(OWN),
      own(OWN),
    );
    expect(reply).toEqual({ ok: false, error: 'unknown risk' });
    expect(await db.contacts.count()).toBe(0);
  });

  it('drafting/get gives the templates, the teacher, the school and the current term', async () => {
    await seedTemplates(db);
    await saveSettings(db, { teacherName: 'Lena Lärare', school: 'Ekskolan' });
    now = at('2026-03-02');
    const drafting: { templates: { id: string; lang: string }[]; teacher: string; school: string; term: string } = await ask(
      'drafting/get',
      {},
    );
    expect(drafting).toMatchObject({ teacher: 'Lena Lärare', school: 'Ekskolan', term: 'Vt 2026' });
    expect(drafting.templates.map((t) => t.id).sort()).toEqual(DEFAULT_TEMPLATES.map((t) => t.id).sort());
    expect(drafting.templates[0]).not.toHaveProperty('builtIn');
  });

  it('drafting/get gives the school’s name and templates from its policy before the teacher’s', async () => {
    await seedTemplates(db);
    await saveSettings(db, { school: 'Min skola' });
    const letter = { id: 'ek-1', name: 'Ekskolans brev', lang: 'sv', subject: 'Om {pupil}', body: 'Hej! {reasons}' };
    await fakeBrowser.storage.managed.set({ school: 'Ekskolan', templates: [letter] });
    const drafting: { templates: { id: string; name: string }[]; school: string } = await ask('drafting/get', {});
    expect(drafting.school).toBe('Ekskolan');
    expect(drafting.templates.find((t) => t.id === 'school:ek-1')).toEqual({ ...letter, id: 'school:ek-1' });
    expect(drafting.templates).toHaveLength(DEFAULT_TEMPLATES.length + 1);
  });

  it('drafting/sign saves the name and school given in a draft, keeping the other settings', async () => {
    await saveSettings(db, { retentionMonths: 24 });
    expect(await ask('drafting/sign', { teacher: ' Lena Lärare ', school: 'Ekskolan' })).toEqual({
      teacher: 'Lena Lärare',
      school: 'Ekskolan',
    });
    expect(await loadSettings(db)).toMatchObject({ teacherName: 'Lena Lärare', school: 'Ekskolan', retentionMonths: 24 });
  });

  it('page/read of a page Insyn does not know stores only the visit', async () => {
    const unknown = { kind: 'unknown', context: {}, pupils: [], atRisk: [], documents: [] };
    expect(await ask('page/read', { url: URL, analysis: unknown })).toEqual({ stored: true, risks: [] });
    expect([await db.visits.count(), await db.pupils.count(), await db.risks.count(), await db.checklist.count()]).toEqual([1, 0, 0, 0]);
  });

  it('page/failed is stored as a failed visit, counted, and kept with its cause for the popup', async () => {
    await ask('page/read', { url: URL, analysis: mathsPage() });
    expect(await ask('page/failed', { url: URL, cause: 'read group-assessment: TypeError' })).toEqual({ stored: true });
    expect(await loadTabStatus(7)).toMatchObject({ kind: 'unknown', error: 'read group-assessment: TypeError' });
    expect((await db.visits.toArray()).map((visit) => visit.error)).toEqual([undefined, 'read group-assessment: TypeError']);
    expect(await ask('stats/get', {})).toMatchObject({ visits: 2, failedReads: 1 });
  });

  it('sample/open opens the sample page in a tab beside the sender’s tab, or the tab the popup names', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({ id: 99 } as never);
    try {
      expect(await ask('sample/open', {})).toEqual({ opened: true });
      const fromPopup = await dispatch(
        createHandlers(db),
        { insyn: 1, type: 'sample/open', payload: { tabId: 12 } },
        pageSender(OWN),
        own(OWN),
      );
      expect(fromPopup).toEqual({ ok: true, value: { opened: true } });
      expect(create.mock.calls.map(([properties]) => properties.url)).toEqual([
        `${fakeBrowser.runtime.getURL('/sample.html')}?tab=7`,
        `${fakeBrowser.runtime.getURL('/sample.html')}?tab=12`,
      ]);
      create.mockRejectedValueOnce(new Error('no window'));
      expect(await ask('sample/open', {})).toEqual({ opened: false });
    } finally {
      create.mockRestore();
    }
  });

  it('page/readable and page/tools start Insyn in the sender’s tab, or the tab the teach or sample page names', async () => {
    const probed: number[] = [];
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
      if (injection.target.allFrames) probed.push(injection.target.tabId);
      return [] as never;
    });
    try {
      expect(await ask('page/readable', {})).toEqual({ asked: true });
      expect(await ask('page/tools', { tabId: 12 })).toEqual({ asked: true });
      await vi.waitFor(() => expect(probed.sort()).toEqual([12, 7]));
    } finally {
      executeScript.mockRestore();
    }
  });

  it('page/forms starts the forms script in the sender’s frame only, and says when the browser refused', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    try {
      expect(await ask('page/forms', {})).toEqual({ started: true });
      expect(executeScript.mock.calls.map(([injection]) => injection)).toEqual([
        { target: { tabId: 7, frameIds: [0] }, files: [PANEL_FORMS_FILE] },
      ]);
      executeScript.mockRejectedValueOnce(new Error('Missing host permission'));
      expect(await ask('page/forms', {})).toEqual({ started: false });
    } finally {
      executeScript.mockRestore();
    }
  });
});
