import { describe, expect, it } from 'vitest';
import type { ContactRecord, EventRecord, RiskRecord } from '../../../utils/db/records';
import { t } from '../../../utils/i18n';
import { SLOW, type BrowserName, type DriverPage, type Target } from '../driver/driver';
import { journeyBrowser } from '../driver/journey';
import { expandPanel, inLogForm, inPanel, LOG_FORM, rowInPanel, focusField } from '../driver/panel';

/**
 * Issue 22 (high): InfoMentor's own scripts share the page with Insyn's panel. Here a hostile page script
 * (run in the page's world, as any of InfoMentor's scripts would be) tries to read the panel while the
 * teacher has typed a summary into its log form, to press its buttons ("Inte i risk", "Spara") and to
 * submit its forms. It reads nothing of Insyn's, nothing happens and the database does not change. Run
 * by hostile-page.chromium.e2e.test.ts and hostile-page.firefox.e2e.test.ts.
 */
const FIXTURE = 'infomentor/kunskapssammanstallning-5a-matematik.html';
const PUPIL = 'Lund, Ella';
const SECRET = 'Hemligt: mamma berättade om skilsmässan';
const summary = inLogForm('textarea', t('logSummary'));

/** What the page's world gets hold of and does. Self-contained: it runs in the page, with the page's powers. */
async function attackInPage(words: string[]) {
  const hosts = [...document.querySelectorAll('insyn-panel, insyn-badge')];
  const roots = hosts.map((host) => host.shadowRoot);
  const reopened = hosts.map((host) => {
    try {
      host.attachShadow({ mode: 'open' });
      return 'attached';
    } catch {
      return 'refused';
    }
  });
  // Everything the page can read as text: the DOM, the rendered text, a selection of the whole page.
  const selection = getSelection()!;
  selection.selectAllChildren(document.body);
  const readable = [
    document.documentElement.outerHTML,
    document.body.innerText,
    selection.toString(),
    ...hosts.map((h) => h.textContent ?? ''),
  ];
  selection.removeAllRanges();
  // What the review did through open roots: read the fields, press every button, submit every form.
  for (const root of roots) {
    if (!root) continue;
    readable.push(
      root.textContent ?? '',
      ...[...root.querySelectorAll('textarea, input')].map((field) => (field as HTMLInputElement).value),
    );
    for (const button of root.querySelectorAll('button')) button.click();
    for (const form of root.querySelectorAll('form')) form.requestSubmit();
  }
  const insynElements = document.querySelectorAll('[data-insyn-panel], [data-insyn-log], [data-insyn-pupil], textarea').length;
  // Forged input at every host and at whatever is drawn where Insyn's UI is.
  const targets = new Set<Element>(hosts);
  for (const host of hosts) {
    const box = host.getBoundingClientRect();
    for (const [x, y] of [
      [box.left + 5, box.top + 5],
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.right - 5, box.bottom - 5],
    ])
      for (const element of document.elementsFromPoint(x!, y!)) targets.add(element);
  }
  for (const target of targets) {
    (target as HTMLElement).click?.();
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click'])
      target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    target.dispatchEvent(new SubmitEvent('submit', { bubbles: true, composed: true, cancelable: true }));
  }
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return {
    roots: roots.filter((root) => root !== null).length,
    reopened: [...new Set(reopened)],
    seen: words.filter((word) => readable.some((text) => text.includes(word))),
    insynElements,
    forged: targets.size,
  };
}

/**
 * A keylogger of the page's world: capture listeners on window and document for every event that carries
 * a key or typed text, as a hostile InfoMentor script would register them before Insyn starts.
 */
function listenToKeys() {
  const heard: string[] = [];
  (window as unknown as { heardByPage: string[] }).heardByPage = heard;
  const note = (event: Event) => {
    const typed = event as KeyboardEvent & InputEvent & CompositionEvent;
    const target = event.target as HTMLInputElement | null;
    heard.push(`${event.type}:${typed.key ?? ''}${typed.data ?? ''}${typeof target?.value === 'string' ? target.value : ''}`);
  };
  for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionend'])
    for (const at of [window, document]) at.addEventListener(type, note, true);
}
const heardByPage = (page: DriverPage) => page.evaluate(() => (window as unknown as { heardByPage: string[] }).heardByPage);

/** Typed key by key (the browser's keyboard) into a field of the panel, after a click into it. */
async function typeInto(page: DriverPage, target: Target, text: string) {
  const before = await page.value(target);
  for (let attempt = 0; attempt < 3; attempt++) {
    await focusField(page, target);
    await page.type(text);
    // Every key reached the field before the form is sent (the frame's document is another process's).
    const end = Date.now() + 5_000;
    while (Date.now() < end) {
      const now = await page.value(target);
      if (now.includes(text)) return;
      // Some keys arrived: typing again would leave the field with a part of the text twice.
      if (now !== before) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // None arrived (a frame that was drawn anew as the keys were typed): the teacher would type again.
    if ((await page.value(target)) !== before) break;
  }
  await expect.poll(() => page.value(target), SLOW).toContain(text);
}

export function hostilePage(name: BrowserName): void {
  const journey = journeyBrowser(name);

  const stored = async () => ({
    risks: (await journey.browser.readTable<RiskRecord>('risks')).map((risk) => `${risk.id}: ${risk.status}`).sort(),
    contacts: (await journey.browser.readTable<ContactRecord>('contacts')).length,
    events: (await journey.browser.readTable<EventRecord>('events')).length,
  });

  describe(`a hostile page script against Insyn's panel (${name})`, () => {
    it('hears no message from Insyn’s start: a page cannot learn so that Insyn is installed', async () => {
      const page = await journey.browser.openPage(journey.server.url('e2e/lyssnar-pa-meddelanden.html'));
      // The panel is drawn after the script's start, and a posted message is delivered before that.
      await expect
        .poll(() => page.attribute({ css: '[data-insyn-kind]', within: { css: 'insyn-panel' } }, 'data-insyn-kind'), SLOW)
        .toBe('unknown');
      expect(await page.attribute({ css: 'html' }, 'data-heard')).toBeNull();
      await page.close();
    });

    it('reads nothing of the panel, presses none of its buttons, submits none of its forms; nothing is stored', async () => {
      const page = await journey.browser.openPage(journey.server.url(FIXTURE));
      await expect.poll(() => page.count({ css: 'insyn-badge' }), SLOW).toBe(4);
      await expandPanel(page);
      // The teacher opens the log form for a pupil and types a summary: what a keylogging page would want.
      await (await page.find(inPanel('button', t('pageLogFor', { pupil: PUPIL })))).click();
      await page.find(LOG_FORM);
      await (await page.find(summary)).fill(SECRET);
      await expect.poll(() => stored().then((s) => s.risks.length), SLOW).toBe(4);
      const before = await stored();

      const words = [SECRET, t('pageDismissFor', { pupil: PUPIL }), t('pageLogFor', { pupil: PUPIL }), t('logSummary'), t('logSave')];
      const attack = await page.evaluate(attackInPage, words);
      expect(attack).toEqual({ roots: 0, reopened: ['refused'], seen: [], insynElements: 0, forged: expect.any(Number) });
      expect(attack.forged).toBeGreaterThanOrEqual(5);

      // Nothing happened: the form is open with the teacher's text, nothing was dismissed, logged or saved.
      expect(await page.value(summary)).toBe(SECRET);
      expect(await page.count(inPanel('button', t('pageDismissFor', { pupil: PUPIL })))).toBe(1);
      expect(await stored()).toEqual(before);
      expect(before.risks.every((risk) => risk.endsWith(': open'))).toBe(true);
      expect(page.errorsFromInsyn()).toEqual([]);

      // The teacher's own (trusted) click still works: the test's way in is the browser's input, not the page's.
      await (await page.find(inLogForm('select', t('logChannel')))).select('telefon');
      await (await page.find(inLogForm('input', t('logWithWhom')))).fill('Mamma');
      await (await page.find(inLogForm('input', t('outcome_nadd')))).check();
      await (await page.find(inLogForm('button', t('logSave')))).click();
      await expect.poll(async () => (await stored()).contacts, SLOW).toBe(before.contacts + 1);
      await page.close();
    });

    it('hears none of the keys typed into the panel: the summary, the reason and the letter are typed where the page cannot listen', async () => {
      const page = await journey.browser.openPage(journey.server.url(FIXTURE));
      await page.evaluate(listenToKeys);
      await expect.poll(() => page.count({ css: 'insyn-badge' }), SLOW).toBe(4);
      await expandPanel(page);
      // Plain letters: the browser's keyboard types them as keys, each one a keydown the page would log.
      const typedSummary = 'Pappa oroad over provet, vi ses torsdag';
      const typedReason = 'Nytt prov visar godtagbart';
      const typedEdit = 'Halsningar fran klassen';

      await (await page.find(inPanel('button', t('pageLogFor', { pupil: PUPIL })))).click();
      await page.find(LOG_FORM);
      await (await page.find(inLogForm('select', t('logChannel')))).select('telefon');
      await typeInto(page, inLogForm('input', t('logWithWhom')), 'Pappa');
      await typeInto(page, summary, typedSummary);
      await (await page.find(inLogForm('input', t('outcome_nadd')))).check();
      await (await page.find(inLogForm('button', t('logSave')))).click();
      await expect
        .poll(async () => (await journey.browser.readTable<ContactRecord>('contacts')).map((contact) => contact.summary), SLOW)
        .toContain(typedSummary);

      const other = 'Carlsson, Maja';
      await (await page.find(inPanel('button', t('pageDismissFor', { pupil: other })))).click();
      await typeInto(page, inPanel('textarea', t('promptDismissReason')), typedReason);
      await (await page.find(inPanel('button', t('promptDismissSave')))).click();
      await expect
        .poll(async () => (await journey.browser.readTable<RiskRecord>('risks')).map((risk) => risk.statusReason), SLOW)
        .toContain(typedReason);

      const third = 'Olsson, Nils';
      await (await page.find({ css: 'button', name: t('pageWriteFor', { pupil: third }), within: rowInPanel(third) })).click();
      const body = inPanel('textarea', t('draftBody'));
      await expect.poll(() => page.value(body), SLOW).toContain('Nils Olsson');
      await typeInto(page, body, typedEdit);
      await expect.poll(() => page.value(body)).toContain(typedEdit);

      // The page heard not one key nor a letter of the text, at window or at document: only that something
      // was chosen (the radio button's input event, retargeted to Insyn's host, which has no value).
      expect((await heardByPage(page)).filter((entry) => entry !== 'input:')).toEqual([]);
      expect(page.errorsFromInsyn()).toEqual([]);
      await page.close();
    });

    it("under the page’s strictest CSP (default-src and frame-src 'self') the fields still load in their frames and save", async () => {
      const page = await journey.browser.openPage(journey.server.url(`${FIXTURE}?csp=strict`));
      await expect.poll(() => page.count({ css: 'insyn-badge' }), SLOW).toBe(4);
      await expandPanel(page);
      await (await page.find(inPanel('button', t('pageLogFor', { pupil: 'Sandberg, Saga' })))).click();
      await (await page.find(inLogForm('input', t('logWithWhom')))).fill('Mamma');
      await (await page.find(summary)).fill('Under sidans strikta policy');
      const sealed = await page.inspect(
        (_, shadowOf) => shadowOf(document.querySelector('insyn-panel')!)!.querySelectorAll('iframe[data-insyn-ready]').length,
      );
      expect(sealed).toBeGreaterThanOrEqual(2);
      await (await page.find(inLogForm('input', t('outcome_nadd')))).check();
      await (await page.find(inLogForm('button', t('logSave')))).click();
      await expect
        .poll(async () => (await journey.browser.readTable<ContactRecord>('contacts')).map((contact) => contact.summary), SLOW)
        .toContain('Under sidans strikta policy');
      await page.close();
    });
  });
}
