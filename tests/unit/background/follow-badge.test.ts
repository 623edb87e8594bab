import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDashboardApi } from '@/entrypoints/dashboard/api';
import { followBadge } from '@/utils/background/deadlines';
import type { InsynDatabase } from '@/utils/db/database';
import { storeReading } from '@/utils/store/readings';
import { at, freshDb, mathsPage } from '../db/test-db';

const NOW = at('2025-11-05');
const badge = () => fakeBrowser.action.getBadgeText({});
let db: InsynDatabase;
let unfollow: () => void;

beforeEach(() => {
  db = freshDb();
  unfollow = followBadge(db, () => NOW);
});
afterEach(() => unfollow());

describe('the toolbar badge follows the data', () => {
  it('counts again after a write from the dashboard, with no refresh message sent', async () => {
    await storeReading(db, mathsPage(), NOW);
    await vi.waitFor(async () => expect(await badge()).toBe('2'));
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');

    const api = createDashboardApi(db, () => NOW);
    const open = await db.checklist.where('status').equals('open').toArray();
    const dueSoon = open.filter((item) => item.due !== undefined && item.due <= '2025-11-12');
    expect(dueSoon).toHaveLength(2);
    await api.confirmItems([dueSoon[0]!.id], '2025-11-05');

    await vi.waitFor(async () => expect(await badge()).toBe('1'));
    await api.confirmItems([dueSoon[1]!.id], '2025-11-05');
    await vi.waitFor(async () => expect(await badge()).toBe(''));
    expect(send).not.toHaveBeenCalled();
  });

  it('stops following once unsubscribed', async () => {
    unfollow();
    await storeReading(db, mathsPage(), NOW);
    // A write that would show "2" when followed: give the live query time to have run, then look.
    await db.checklist.count();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await badge()).toBe('');
  });
});
