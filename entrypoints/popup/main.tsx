import { render } from 'preact';
import { z } from 'zod';
import { Popup } from '@/components/popup/Popup';
import { send } from '@/utils/messaging/client';
import { applyStoredLanguage } from '@/utils/i18n/language-store';
import type { Stats, TabStatus } from '@/utils/messaging/protocol';

z.config({ jitless: true });

async function start() {
  await applyStoredLanguage();
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const [tab, stats] = await Promise.all([
    active?.id !== undefined ? send('tab/status', { tabId: active.id }).catch(() => null) : Promise.resolve(null),
    send('stats/get', {}).catch((): Stats | null => null),
  ]);
  const openDashboard = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    window.close();
  };
  render(<Popup tab={tab as TabStatus | null} stats={stats} onOpenDashboard={openDashboard} />, document.getElementById('app')!);
}

void start();
