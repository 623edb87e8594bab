import { render } from 'preact';
import { z } from 'zod';
import { Popup, type PopupTarget } from '@/components/popup/Popup';
import { send } from '@/utils/messaging/client';
import { t } from '@/utils/i18n';
import { applyStoredLanguage } from '@/utils/i18n/language-store';
import type { Stats, TabStatus } from '@/utils/messaging/protocol';
import { getDatabase } from '@/utils/db/database';
import { thisWeek } from '@/utils/db/queries/this-week';
import { isoDate } from '@/utils/domain/dates';

z.config({ jitless: true });

async function start() {
  await applyStoredLanguage();
  const tabId = await targetTabId();
  const today = isoDate();
  // The popup is an extension page: it reads "Den här veckan" from Insyn's database itself.
  const [tab, stats, week] = await Promise.all([
    tabId !== undefined ? send('tab/status', { tabId }).catch(() => null) : Promise.resolve(null),
    send('stats/get', {}).catch((): Stats | null => null),
    thisWeek(getDatabase(), today).then(
      (value) => ({ week: value, today }),
      () => null,
    ),
  ]);
  const openDashboard = (target: PopupTarget) => {
    void browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}#${target}` });
    window.close();
  };
  // "Lär Insyn den här sidan": the teach window opens beside the tab (utils/recipes/open-teach.ts).
  const teach = () =>
    void send('teach/open', { tabId }).then(
      ({ opened }) => opened && window.close(),
      () => undefined,
    );
  const unknownPageActions =
    tabId === undefined ? undefined : (
      <button type="button" data-popup-teach onClick={teach}>
        {t('panelTeach')}
      </button>
    );
  const copy = (text: string) =>
    navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    );
  // "Spara ett anonymt sidprov": the preview opens in a tab beside the page (utils/background/open-sample.ts).
  const sample = () =>
    void send('sample/open', { tabId }).then(
      ({ opened }) => opened && window.close(),
      () => undefined,
    );
  const pageActions =
    tabId === undefined ? undefined : (
      <button type="button" data-popup-sample onClick={sample}>
        {t('panelSample')}
      </button>
    );
  render(
    <Popup
      tab={tab as TabStatus | null}
      stats={stats}
      week={week}
      onOpenDashboard={openDashboard}
      unknownPageActions={unknownPageActions}
      pageActions={pageActions}
      copy={copy}
    />,
    document.getElementById('app')!,
  );
}

/**
 * The tab the popup describes: the active tab, or the one named by `popup.html?tab=<id>` — the popup
 * opened as a page in a tab of its own (end-to-end tests, keyboard users) would otherwise describe itself.
 */
async function targetTabId(): Promise<number | undefined> {
  const requested = new URLSearchParams(location.search).get('tab');
  // Tab ids are positive integers, in Chromium often ten digits long.
  if (requested && /^\d{1,15}$/.test(requested)) return Number(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

void start();
