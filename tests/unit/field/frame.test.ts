import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { startField } from '@/utils/field/frame';
import type { FromFrame, ToFrame } from '@/utils/field/protocol';

/**
 * The field frame's side (utils/field/frame.ts): it takes one port, only from a message carrying the
 * nonce of its own address, and then shows what the port says and reports what is typed.
 */
const NONCE = '0123456789abcdef0123456789abcdef';
let frames: Window[] = [];
afterEach(async () => {
  for (const frame of frames) await frame.happyDOM.close();
  frames = [];
});

function fieldFrame(hash = `#${NONCE}`) {
  const win = new Window({ url: `chrome-extension://insyn/field.html${hash}` });
  frames.push(win);
  startField(win as unknown as globalThis.Window);
  return win;
}

/** A window message, as postMessage delivers it: data and the ports transferred with it. */
function hello(win: Window, data: unknown) {
  const channel = new MessageChannel();
  const heard: FromFrame[] = [];
  channel.port1.onmessage = (event) => heard.push(event.data as FromFrame);
  win.dispatchEvent(new win.MessageEvent('message', { data, ports: [channel.port2 as never] }));
  return { heard, send: (message: ToFrame) => channel.port1.postMessage(message), port: channel.port1 };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const STATE: ToFrame = { type: 'state', label: 'Kort sammanfattning', lang: 'sv', rows: 3, value: 'Från mallen', maxLength: 2000 };

describe('the field frame', () => {
  it('ignores a message without the nonce of its address, with another nonce, or without a port', async () => {
    const win = fieldFrame();
    const wrong = hello(win, { insynField: 1, nonce: 'f'.repeat(32) });
    const missing = hello(win, { insynField: 1 });
    const forged = hello(win, 'insyn-field');
    win.dispatchEvent(new win.MessageEvent('message', { data: { insynField: 1, nonce: NONCE } }));
    await settle();
    for (const attempt of [wrong, missing, forged]) expect(attempt.heard).toEqual([]);
    expect(win.document.body.children.length).toBe(0);
    // The right nonce still connects: nothing above used it up.
    const right = hello(win, { insynField: 1, nonce: NONCE });
    await settle();
    expect(right.heard).toContainEqual({ type: 'ready' });
  });

  it('takes no port at all when its address has no nonce', async () => {
    const win = fieldFrame('');
    const attempt = hello(win, { insynField: 1, nonce: '' });
    await settle();
    expect(attempt.heard).toEqual([]);
  });

  it('takes the first port only: a second message with the nonce is ignored', async () => {
    const win = fieldFrame();
    const first = hello(win, { insynField: 1, nonce: NONCE });
    const second = hello(win, { insynField: 1, nonce: NONCE });
    await settle();
    expect(first.heard).toContainEqual({ type: 'ready' });
    expect(second.heard).toEqual([]);
    second.send({ ...STATE, label: 'Kapad' } as ToFrame);
    first.send(STATE);
    await settle();
    expect(win.document.querySelector('label')?.textContent).toBe('Kort sammanfattning');
  });

  it('draws the label, value, limits and error it is told, and reports what is typed, Escape and its height', async () => {
    const win = fieldFrame();
    const frame = hello(win, { insynField: 1, nonce: NONCE });
    frame.send({ ...(STATE as object), error: 'Skriv högst 2000 tecken.', hint: 'Kort.' } as ToFrame);
    await settle();
    const field = win.document.getElementById('field') as unknown as HTMLTextAreaElement;
    expect(field.localName).toBe('textarea');
    expect(win.document.querySelector('label')?.getAttribute('for')).toBe('field');
    expect(win.document.querySelector('label')?.textContent).toBe('Kort sammanfattning');
    expect(win.document.documentElement.lang).toBe('sv');
    expect([field.value, Number(field.rows), field.maxLength]).toEqual(['Från mallen', 3, 2000]);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('hint error');
    expect(win.document.getElementById('error')?.textContent).toBe('⚠ Skriv högst 2000 tecken.');
    expect(win.document.getElementById('error')?.getAttribute('role')).toBe('alert');

    field.value = 'Pratade med pappa';
    field.dispatchEvent(new win.Event('input', { bubbles: true }) as never);
    field.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }) as never);
    await settle();
    expect(frame.heard).toContainEqual({ type: 'input', value: 'Pratade med pappa' });
    expect(frame.heard).toContainEqual({ type: 'escape' });
    expect(frame.heard.some((message) => message.type === 'height')).toBe(true);
    // A state without a value leaves what was typed alone.
    frame.send({ type: 'state', label: 'Kort sammanfattning', lang: 'en', rows: 3 });
    await settle();
    expect(field.value).toBe('Pratade med pappa');
    expect(field.hasAttribute('aria-invalid')).toBe(false);
  });

  it('one line: an <input type=text>, where Enter asks the form to submit', async () => {
    const win = fieldFrame();
    const frame = hello(win, { insynField: 1, nonce: NONCE });
    frame.send({ type: 'state', label: 'Med vem', lang: 'sv', rows: 0, value: '' });
    await settle();
    const field = win.document.getElementById('field') as unknown as HTMLInputElement;
    expect([field.localName, field.type]).toEqual(['input', 'text']);
    field.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }) as never);
    await settle();
    expect(frame.heard).toContainEqual({ type: 'enter' });
  });

  it('ignores what is not a message of the protocol', async () => {
    const win = fieldFrame();
    const frame = hello(win, { insynField: 1, nonce: NONCE });
    frame.port.postMessage({ type: 'state', label: 5 });
    frame.port.postMessage('<img src=x onerror=alert(1)>');
    await settle();
    expect(win.document.getElementById('field')).toBeNull();
    expect(win.document.querySelector('img')).toBeNull();
  });
});
