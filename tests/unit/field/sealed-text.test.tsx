import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { Window } from 'happy-dom';
import { useState } from 'preact/hooks';
import { FieldPage, SealedText } from '@/components/page/SealedText';
import { startField } from '@/utils/field/frame';

/**
 * The panel's side of a field frame (components/page/SealedText.tsx, utils/content/field-channel.ts),
 * against the real frame code (utils/field/frame.ts) in a window of its own: happy-dom loads no
 * extension page, so the test stands where the browser would, delivering the window message the content
 * script posts to the frame's origin.
 */
const PAGE = { url: 'chrome-extension://dynamic-id/field.html', origin: 'chrome-extension://insyn-id' };
let frames: Window[] = [];
/** The loads this test makes; happy-dom's own (it reports a disabled iframe load as a success) are held back. */
const TEST_LOAD = Symbol('test load');
const holdBack = (event: Event) => {
  if (!(TEST_LOAD in event)) event.stopImmediatePropagation();
};
beforeEach(() => document.addEventListener('load', holdBack, true));
afterEach(async () => {
  document.removeEventListener('load', holdBack, true);
  cleanup();
  vi.useRealTimers();
  for (const frame of frames) await frame.happyDOM.close();
  frames = [];
});

const testLoad = () => Object.assign(new Event('load'), { [TEST_LOAD]: true });

/** Loads the iframe's address into a frame window of its own, as the browser would, and delivers what is posted to it. */
function loadFrame(iframe: HTMLIFrameElement) {
  const posted: { origin: string; data: unknown }[] = [];
  const frame = new Window({ url: iframe.src });
  frames.push(frame);
  startField(frame as unknown as globalThis.Window);
  const contentWindow = {
    postMessage(data: unknown, origin: string, ports: MessagePort[]) {
      posted.push({ origin, data });
      // The browser delivers only to a frame of the origin named.
      if (origin === PAGE.origin) frame.dispatchEvent(new frame.MessageEvent('message', { data, ports: ports as never }));
    },
  };
  Object.defineProperty(iframe, 'contentWindow', { value: contentWindow, configurable: true });
  iframe.dispatchEvent(testLoad());
  const field = () => frame.document.getElementById('field') as unknown as HTMLTextAreaElement | null;
  const type = (value: string) => {
    field()!.value = value;
    field()!.dispatchEvent(new frame.Event('input', { bubbles: true }) as never);
  };
  const key = (name: string) => field()!.dispatchEvent(new frame.KeyboardEvent('keydown', { key: name, cancelable: true }) as never);
  return { frame, posted, field, type, key };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

function Form({ onEscape, onEnter, rows = 3 }: { onEscape?(): void; onEnter?(): void; rows?: number }) {
  const [value, setValue] = useState('Från mallen');
  return (
    <FieldPage.Provider value={PAGE}>
      <SealedText
        id="summary"
        label="Kort sammanfattning"
        rows={rows}
        value={value}
        onInput={setValue}
        onEscape={onEscape}
        onEnter={onEnter}
      />
      <output data-state>{value}</output>
      <button type="button" onClick={() => setValue('Ny mall')}>
        Byt mall
      </button>
    </FieldPage.Provider>
  );
}
const state = () => document.querySelector('[data-state]')!.textContent;

describe('a sealed text field', () => {
  it('is an iframe titled with its label; the nonce of its address is what the frame is told, at Insyn’s origin only', async () => {
    render(<Form />);
    const iframe = document.querySelector('iframe')!;
    expect(iframe.title).toBe('Kort sammanfattning');
    expect(iframe.dataset.insynField).toBe('textarea');
    const nonce = new URL(iframe.src).hash.slice(1);
    expect(iframe.src.startsWith(`${PAGE.url}#`)).toBe(true);
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    const frame = loadFrame(iframe);
    await settle();
    expect(frame.posted).toEqual([{ origin: PAGE.origin, data: { insynField: 1, nonce } }]);
    expect(frame.field()?.value).toBe('Från mallen');
    expect(frame.frame.document.querySelector('label')?.textContent).toBe('Kort sammanfattning');
    expect(iframe.hasAttribute('data-insyn-ready')).toBe(true);
  });

  it('keeps what is typed in the form’s state, never sends it back over the typing, and shows the panel’s own changes', async () => {
    render(<Form />);
    const frame = loadFrame(document.querySelector('iframe')!);
    await settle();
    // Keys faster than the panel renders: each value arrives before the last one was rendered.
    frame.type('P');
    frame.type('Pa');
    frame.type('Pap');
    await settle();
    expect(state()).toBe('Pap');
    expect(frame.field()?.value).toBe('Pap');
    screen.getByRole('button', { name: 'Byt mall' }).click();
    await settle();
    expect(frame.field()?.value).toBe('Ny mall');
  });

  it('navigated away by someone else, the frame comes back with a new nonce and the text as last typed', async () => {
    render(<Form />);
    const iframe = document.querySelector('iframe')!;
    const first = loadFrame(iframe);
    await settle();
    first.type('Skrivet före');
    await settle();
    const before = iframe.src;
    // Another load of a frame that was ready: the page set its location.
    iframe.dispatchEvent(testLoad());
    expect(iframe.src).not.toBe(before);
    expect(new URL(iframe.src).hash).toMatch(/^#[0-9a-f]{32}$/);
    const again = loadFrame(iframe);
    await settle();
    expect(again.field()?.value).toBe('Skrivet före');
    expect(state()).toBe('Skrivet före');
  });

  it('passes Escape and, in one line, Enter on to the form', async () => {
    const onEscape = vi.fn();
    const onEnter = vi.fn();
    render(<Form rows={0} onEscape={onEscape} onEnter={onEnter} />);
    const frame = loadFrame(document.querySelector('iframe')!);
    await settle();
    frame.key('Escape');
    frame.key('Enter');
    await settle();
    expect(onEscape).toHaveBeenCalledTimes(1);
    expect(onEnter).toHaveBeenCalledTimes(1);
  });

  it('a frame that never starts (a page’s CSP) gives way to the field in the panel, with a note and the text kept', async () => {
    vi.useFakeTimers();
    render(<Form />);
    expect(screen.queryByRole('textbox')).toBeNull();
    await vi.advanceTimersByTimeAsync(10_000);
    const field = screen.getByLabelText('Kort sammanfattning') as HTMLTextAreaElement;
    expect(field.localName).toBe('textarea');
    expect(field.value).toBe('Från mallen');
    expect(document.body.textContent).toContain('sidans skript kan se det du skriver här');
  });

  it('without a field page (outside InfoMentor, a unit test) is the panel’s own field, without the note', () => {
    render(<SealedText id="reason" label="Skäl (krävs)" rows={3} value="" onInput={() => {}} />);
    expect(screen.getByLabelText('Skäl (krävs)').localName).toBe('textarea');
    expect(document.querySelector('iframe')).toBeNull();
    expect(document.body.textContent).not.toContain('sidans skript');
  });
});
