import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DAILY_ALARM, countDueSoon, dailyCheck, scheduleDaily, updateBadge } from '@/utils/background/deadlines';
import { startBackground } from '@/utils/background/start';
import type { InsynDatabase } from '@/utils/db/database';
import type { ChecklistRecord } from '@/utils/db/records';
import { storeReading } from '@/utils/store/readings';
import { DEFAULT_TEMPLATES } from '@/utils/templates/defaults';
import { saveSettings } from '@/utils/store/settings';
import { saveLanguageChoice } from '@/utils/i18n/language-store';
import { at, freshDb, mathsPage } from '../db/test-db';

const item = (id: string, due: string, status: ChecklistRecord['status'] = 'open'): ChecklistRecord => ({
  id,
  pupilId: 'p',
  kind: 'iup-posted',
  term: 'Ht 2025',
  due,
  status,
});
const badge = () => fakeBrowser.action.getBadgeText({});
let permitted: boolean;

beforeEach(() => {
  // Only Date is faked: IndexedDB's own scheduling keeps running.
  vi.useFakeTimers({ toFake: ['Date'] });
  permitted = true;
  fakeBrowser.runtime.getManifest = (() => ({
    manifest_version: 3,
    name: 'Insyn',
    version: '0.1.0',
    icons: { 48: 'icon/48.png', 128: 'icon/128.png' },
  })) as typeof fakeBrowser.runtime.getManifest;
  fakeBrowser.permissions.contains = vi.fn(async () => permitted) as typeof fakeBrowser.permissions.contains;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('badge count', () => {
  it('counts open items overdue or due within seven days', async () => {
    const db = freshDb();
    await db.checklist.bulkAdd([
      item('overdue', '2025-11-01'),
      item('today', '2025-11-20'),
      item('in-a-week', '2025-11-27'),
      item('later', '2025-11-28'),
      item('done', '2025-11-01', 'done'),
    ]);
    expect(await countDueSoon(db, '2025-11-20')).toBe(3);
  });

  it('shows the count on the toolbar button, and nothing when none', async () => {
    const db = freshDb();
    await saveLanguageChoice('sv');
    expect(await updateBadge(db, at('2025-11-20'))).toBe(0);
    expect(await badge()).toBe('');
    await db.checklist.bulkAdd([item('a', '2025-11-01'), item('b', '2025-11-21')]);
    expect(await updateBadge(db, at('2025-11-20'))).toBe(2);
    expect(await badge()).toBe('2');
    expect(await fakeBrowser.action.getTitle({})).toBe('Insyn – att göra inom en vecka: 2');
  });

  it('uses browserAction where there is no action (Firefox MV2)', async () => {
    const db = freshDb();
    await db.checklist.add(item('a', '2025-11-01'));
    const texts: string[] = [];
    const browserAction = {
      setBadgeText: async ({ text }: { text: string }) => void texts.push(text),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    };
    const fake = fakeBrowser as unknown as { action: unknown; browserAction: unknown };
    const [action, original] = [fake.action, fake.browserAction];
    Object.assign(fake, { action: undefined, browserAction });
    try {
      await updateBadge(db, at('2025-11-20'));
    } finally {
      Object.assign(fake, { action, browserAction: original });
    }
    expect(texts).toEqual(['1']);
  });
});

describe('daily alarm', () => {
  async function started(db: InsynDatabase) {
    await startBackground(db);
    return (await fakeBrowser.alarms.get(DAILY_ALARM))!;
  }

  it('schedules one alarm a day, once', async () => {
    vi.setSystemTime(at('2025-11-20'));
    const alarm = await started(freshDb());
    expect(alarm).toMatchObject({ name: DAILY_ALARM, periodInMinutes: 1440 });
    await scheduleDaily();
    expect(await fakeBrowser.alarms.getAll()).toEqual([alarm]);
  });

  it('seeds the templates at start and shows the badge at once', async () => {
    const db = freshDb();
    vi.setSystemTime(at('2025-11-20'));
    await db.checklist.add(item('a', '2025-11-01'));
    await db.checklist.add(item('b', '2025-12-01'));
    await started(db);
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length);
    await vi.waitFor(async () => expect(await badge()).toBe('1'));
  });

  it('refreshes the checklist when the alarm fires, so items fall due as days pass', async () => {
    const db = freshDb();
    vi.setSystemTime(at('2025-11-05'));
    await saveSettings(db, { roles: { '5A': 'mentor' } });
    await storeReading(db, mathsPage(), Date.now());
    const alarm = await started(db);
    // The two contact items (due 12 Nov) are within a week; IUPs (28 Nov) and omdömen (5 Dec) not yet. The badge follows the data a moment later.
    await vi.waitFor(async () => expect(await badge()).toBe('2'));

    vi.setSystemTime(at('2025-11-30'));
    // A risk that came without a reading (an import, say) gets its item from the daily refresh.
    await db.risks.add({
      id: 'im:9|Svenska|Ht 2025',
      pupilId: 'im:9',
      subject: 'Svenska',
      term: 'Ht 2025',
      source: 'manual',
      evidence: ['x'],
      firstSeen: at('2025-11-28'),
      lastSeen: at('2025-11-28'),
      status: 'open',
    });
    await fakeBrowser.alarms.onAlarm.trigger({ ...alarm, scheduledTime: Date.now() });
    // 2 contact items, 3 IUPs, 2 unpublished omdömen, and the new contact item due 5 Dec (progress meetings: 19 Dec).
    await vi.waitFor(async () => expect(await badge()).toBe('8'));
    expect(await db.checklist.get('guardian-contact|im:9|Svenska|Ht 2025')).toMatchObject({ status: 'open', due: '2025-12-05' });
  });

  it('notifies once a day, only when switched on and permitted', async () => {
    const db = freshDb();
    await saveLanguageChoice('sv');
    await storeReading(db, mathsPage({ atRisk: mathsPage().atRisk.slice(0, 1), documents: [] }), at('2025-11-01'));
    const notified = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions()).length;

    await dailyCheck(db, at('2025-11-20'));
    expect(notified()).toBe(0);

    await saveSettings(db, { notifications: true });
    permitted = false;
    await dailyCheck(db, at('2025-11-20'));
    expect(notified()).toBe(0);

    permitted = true;
    await dailyCheck(db, at('2025-11-20'));
    expect(fakeBrowser.notifications.getAllCreateOptions()).toMatchObject({
      'insyn-due': {
        type: 'basic',
        iconUrl: expect.stringMatching(/\/icon\/128\.png$/),
        message: 'Att göra i checklistan, försenat eller inom en vecka: 1',
      },
    });
    await fakeBrowser.notifications.clear('insyn-due');
    await dailyCheck(db, at('2025-11-20') + 3600_000);
    expect(notified()).toBe(0);
    await dailyCheck(db, at('2025-11-21'));
    expect(notified()).toBe(1);
  });

  it('runs the retention purge: deletes items closed longer ago than the retention period and a week’s notice', async () => {
    const db = freshDb();
    await db.checklist.bulkAdd([
      { ...item('old-done', '2024-08-20', 'done'), closedAt: at('2024-09-01') },
      { ...item('recent-done', '2025-08-20', 'done'), closedAt: at('2025-09-01') },
    ]);
    await dailyCheck(db, at('2025-11-05'));
    expect((await db.checklist.toArray()).map((i) => i.id)).toEqual(['recent-done']);
  });

  it('opens the checklist when the teacher clicks the notification', async () => {
    await startBackground(freshDb());
    await fakeBrowser.notifications.onClicked.trigger('insyn-due');
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/dashboard.html#checklist')),
    );
  });

  it('does not notify when nothing is due', async () => {
    const db = freshDb();
    await saveSettings(db, { notifications: true });
    await dailyCheck(db, at('2025-11-20'));
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([]);
  });
});
