import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { saveLanguageChoice } from '@/utils/i18n/language-store';

/**
 * The content script runs inside InfoMentor: when reading a page fails, InfoMentor must not notice. The
 * real entrypoint is started on a page whose reader throws; it must tell the background ('page/failed'),
 * say "Insyn kunde inte läsa sidan" in its own panel, and let no error reach the page.
 */
const failure = vi.hoisted(() => ({ error: new Error('unexpected table') as unknown }));
vi.mock('@/utils/infomentor/analyse', async (original) => ({
  ...(await original<typeof import('@/utils/infomentor/analyse')>()),
  readPage: () => {
    throw failure.error;
  },
  analysePage: () => {
    throw failure.error;
  },
}));

const { default: contentScript } = await import('@/entrypoints/infomentor.content/index');

let ctx: ContentScriptContext;
const pageErrors: unknown[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(event.reason);

beforeEach(async () => {
  await saveLanguageChoice('sv');
  pageErrors.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.title = 'Kunskapssammanställning - InfoMentor';
  document.body.replaceChildren();
  const table = document.createElement('table');
  table.append(Object.assign(document.createElement('caption'), { textContent: 'Elev' }));
  document.body.append(table);
  ctx = new ContentScriptContext('insyn-test', contentScript);
});

afterEach(() => {
  ctx.abort();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

function panelText(): string {
  const hosts = [...document.querySelectorAll('insyn-panel')];
  return hosts.map((host) => host.shadowRoot?.textContent ?? '').join(' ');
}

describe('the content script when the page cannot be read', () => {
  it.each<[string, unknown]>([
    ['an Error', new Error('unexpected table')],
    ['a thrown string', 'kaputt'],
    ['a thrown null', null],
  ])('reports %s to the background and says so in its own panel, quietly', async (_label, thrown) => {
    failure.error = thrown;
    const messages: { type: string; payload: { url: string; message: string } }[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      messages.push(message as (typeof messages)[number]);
      return Promise.resolve({ ok: true, value: { stored: true } });
    });

    expect(() => contentScript.main(ctx)).not.toThrow();

    await vi.waitFor(() => expect(messages.map((m) => m.type)).toContain('page/failed'), { timeout: 3000 });
    const failed = messages.find((m) => m.type === 'page/failed')!;
    expect(failed.payload.url).toBe(location.href);
    expect(failed.payload.message.length).toBeLessThanOrEqual(500);
    expect(messages.map((m) => m.type)).not.toContain('page/read');
    await vi.waitFor(() => expect(panelText()).toContain('Insyn kunde inte läsa sidan'));
    expect(pageErrors).toEqual([]);
  });

  it('stays quiet when the background does not answer either', async () => {
    failure.error = new Error('unexpected table');
    // No listener: sending fails; that failure must not reach the page.
    expect(() => contentScript.main(ctx)).not.toThrow();
    await vi.waitFor(() => expect(panelText()).toContain('Insyn kunde inte läsa sidan'), { timeout: 3000 });
    await new Promise((done) => setTimeout(done, 50));
    expect(pageErrors).toEqual([]);
  });
});
