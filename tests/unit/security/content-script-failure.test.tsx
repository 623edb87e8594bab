import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { saveLanguageChoice } from '@/utils/i18n/language-store';
import { shadowRootOf } from '@/utils/content/closed-shadow';

/**
 * The content script runs inside InfoMentor: when reading a page fails, InfoMentor must not notice. The
 * real entrypoint is started on a page whose reading throws; it must tell the background ('page/failed')
 * where it failed without the error's text (which may quote the page), say "Insyn kunde inte läsa sidan"
 * in its own panel, and let no error reach the page.
 */
const failure = vi.hoisted(() => ({
  error: new Error('unexpected table "Andersson, Alva"') as unknown,
  reported: undefined as string | undefined,
}));
vi.mock('@/utils/infomentor/analyse', async (original) => ({
  ...(await original<typeof import('@/utils/infomentor/analyse')>()),
  // Either readPage reports a reader's failure as it does (broken-reader.test.ts), or it throws itself.
  readPage: () => {
    if (failure.reported)
      return {
        analysis: { kind: 'unknown', context: {}, pupils: [], atRisk: [], documents: [] },
        rowOf: () => undefined,
        failure: { cause: failure.reported },
      };
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
  failure.reported = undefined;
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
  return hosts.map((host) => shadowRootOf(host)?.textContent ?? '').join(' ');
}

describe('the content script when the page cannot be read', () => {
  it.each<[string, unknown, string]>([
    ['an Error', new TypeError('unexpected table "Andersson, Alva"'), 'content read: TypeError'],
    ['a thrown string', 'Andersson, Alva', 'content read: thrown string'],
    ['a thrown null', null, 'content read: thrown null'],
  ])('reports %s to the background and says so in its own panel, quietly', async (_label, thrown, cause) => {
    failure.error = thrown;
    const messages: { type: string; payload: { url: string; cause: string } }[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      messages.push(message as (typeof messages)[number]);
      return Promise.resolve({ ok: true, value: { stored: true } });
    });

    expect(() => contentScript.main(ctx)).not.toThrow();

    await vi.waitFor(() => expect(messages.map((m) => m.type)).toContain('page/failed'), { timeout: 3000 });
    const failed = messages.find((m) => m.type === 'page/failed')!;
    expect(failed.payload.url).toBe(location.href);
    expect(failed.payload.cause).toBe(cause);
    expect(messages.map((m) => m.type)).not.toContain('page/read');
    await vi.waitFor(() => expect(panelText()).toContain('Insyn kunde inte läsa sidan'));
    expect(pageErrors).toEqual([]);
  });

  it("passes a reader's failure on to the background with its cause, instead of reporting an unknown page", async () => {
    failure.reported = 'read group-assessment: TypeError';
    const messages: { type: string; payload: { cause?: string } }[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      messages.push(message as (typeof messages)[number]);
      return Promise.resolve({ ok: true, value: { stored: true } });
    });
    contentScript.main(ctx);
    await vi.waitFor(() => expect(messages.find((m) => m.type === 'page/failed')?.payload.cause).toBe('read group-assessment: TypeError'), {
      timeout: 3000,
    });
    expect(messages.map((m) => m.type)).not.toContain('page/read');
    await vi.waitFor(() => expect(panelText()).toContain('Insyn kunde inte läsa sidan'));
    expect(panelText()).not.toContain('känner inte igen');
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
