import { render } from 'preact';
import { SamplePreview } from '@/components/sample/SamplePreview';
import type { PageMarkup, SampleRequest } from '@/utils/content/sample-bridge';
import { downloadFile } from '@/utils/export/download';
import { send } from '@/utils/messaging/client';
import { askUntilAnswered } from '@/utils/messaging/ask-until-answered';
import { applyStoredLanguage } from '@/utils/i18n/language-store';
import { makeSample } from '@/utils/sample/make-sample';
import { sampleAddress, sampleFileName } from '@/utils/sample/sample-file';

/**
 * The sample page, opened beside one InfoMentor tab (sample.html?tab=<id>): asks that tab's content
 * script for the page as it is now, makes the anonymised sample here (an inert parsed copy: nothing in
 * it runs or loads), shows the whole file and saves it as a download. Nothing is sent anywhere and
 * nothing is stored; the page's own markup is dropped once the sample is made.
 */
const requested = new URLSearchParams(location.search).get('tab');
const tabId = requested && /^\d{1,15}$/.test(requested) ? Number(requested) : undefined;

function ask(request: SampleRequest): Promise<PageMarkup | undefined> {
  if (tabId === undefined) return Promise.reject(new Error('no tab'));
  return browser.tabs.sendMessage(tabId, { insyn: 1, ...request }) as Promise<PageMarkup | undefined>;
}

/** The content script may still be starting (a page just loaded): ask until it answers. */
async function pageSample(): Promise<string | null> {
  // The page's side of the sample is started only now (utils/background/inject-content.ts).
  if (tabId !== undefined) await send('page/tools', { tabId }).catch(() => undefined);
  const page = await askUntilAnswered(async () => {
    const answer = await ask({ type: 'sample/page' });
    return typeof answer?.html === 'string' && typeof answer.url === 'string' ? answer : undefined;
  });
  return page ? makeSample(new DOMParser().parseFromString(page.html, 'text/html'), page.url) : null;
}

function paint(html: string | null | undefined, savedAs?: string) {
  const save = () => {
    if (typeof html !== 'string') return;
    const name = sampleFileName(new Date());
    downloadFile({ name, type: 'text/html', content: html });
    paint(html, name);
  };
  render(
    <SamplePreview
      html={html}
      address={typeof html === 'string' ? sampleAddress(html) : undefined}
      savedAs={savedAs}
      onSave={save}
      onClose={() => window.close()}
    />,
    document.getElementById('app')!,
  );
}

void applyStoredLanguage().then(async () => {
  paint(undefined);
  paint(await pageSample());
});
