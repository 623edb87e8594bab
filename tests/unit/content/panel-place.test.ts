import { describe, expect, it } from 'vitest';
import { loadPanelPlace, savePanelPlace } from '@/utils/content/panel-place';

describe('the panel’s place', () => {
  it('is in the page’s flow until the teacher chooses to put it over the page, and is remembered', async () => {
    expect(await loadPanelPlace()).toBe('page');
    await savePanelPlace('float');
    expect(await loadPanelPlace()).toBe('float');
    await browser.storage.local.set({ 'insyn.panelPlace': '<b>odd</b>' });
    expect(await loadPanelPlace()).toBe('page');
  });
});
