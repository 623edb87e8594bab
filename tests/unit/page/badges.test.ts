import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BADGE_ATTRIBUTE, createBadges, placeBadge, textParts } from '@/utils/content/badges';
import { createContactFlow } from '@/utils/content/contact-flow';
import { fakeBackground, startTestSession } from './fakes';
import { shadowRootOf } from '@/utils/content/closed-shadow';
import { trusted, trustedClick } from './trusted';
import { setLanguage } from '@/utils/i18n';

// Paths from the repository root: vitest runs there (import.meta.url is not a file: URL under happy-dom).
const FIXTURE = 'tests/fixtures/infomentor/kunskapssammanstallning-5a-matematik.html';
const expected = JSON.parse(readFileSync(FIXTURE.replace(/\.html$/, '.expected.json'), 'utf8')) as { atRisk: { pupil: string }[] };

/** The fixture's head and body as the live document's (without its stylesheet link: nothing loads). */
function loadFixture() {
  const html = readFileSync(FIXTURE, 'utf8').replace(/<link [^>]*>/g, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script').forEach((node) => node.remove());
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
}

const badgeHosts = () => [...document.querySelectorAll<HTMLElement>(`[${BADGE_ATTRIBUTE}]`)];
const buttonOf = (host: Element) => shadowRootOf(host)!.querySelector('button')!;
const partsOf = (host: Element) => [...buttonOf(host).querySelectorAll('span')].map((span) => span.textContent);

describe('badges on the 5A Matematik page', () => {
  let controller: AbortController;
  beforeEach(() => {
    loadFixture();
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  async function start() {
    const background = fakeBackground();
    const flow = createContactFlow({ send: background.send, now: () => new Date(2025, 10, 21, 14, 30) });
    const badges = createBadges({ css: 'button{font-size:11px}', onActivate: (key) => flow.showPupil(key) });
    const session = startTestSession(flow, badges, controller.signal);
    await vi.waitFor(() => expect(flow.getState().statusKnown).toBe(true));
    return { flow, background, session };
  }

  it('says its words in the language the teacher switches to, at once and without reading the page again', async () => {
    const { background, session } = await start();
    const reads = background.calls.filter((call) => call.type === 'page/read').length;
    const hosts = badgeHosts();
    expect(hosts.map((host) => buttonOf(host).textContent)).toEqual(hosts.map(() => 'Risk · Ej kontaktad'));
    setLanguage('en');
    try {
      session.relabel();
      expect(badgeHosts()).toEqual(hosts);
      for (const host of hosts) {
        expect(partsOf(host)).toEqual(['Risk', '· Not contacted']);
        expect(buttonOf(host).getAttribute('aria-label')).not.toMatch(/Ej kontaktad/);
      }
      expect(background.calls.filter((call) => call.type === 'page/read')).toHaveLength(reads);
    } finally {
      setLanguage('sv');
    }
  });

  it('sits in the name cell of exactly the at-risk pupils, after the name link, saying what stands', async () => {
    const tableText = document.querySelector('table')!.textContent;
    await start();
    const hosts = badgeHosts();
    const names = hosts.map((host) => host.closest('tr')!.querySelector('a')!.textContent);
    expect(names.sort()).toEqual(expected.atRisk.map((r) => r.pupil).sort());
    for (const host of hosts) {
      expect(host.parentElement!.matches('th.im-grid__pupil')).toBe(true);
      expect(host.previousElementSibling!.tagName).toBe('A');
      expect(host.closest('a')).toBeNull();
      expect(buttonOf(host).textContent).toBe('Risk · Ej kontaktad');
      // The parts that wrap out of sight whole where the cell is narrow (badge.css).
      expect(partsOf(host)).toEqual(['Risk', '· Ej kontaktad']);
      // Each badge is a copy of one built badge, its own style sheet in its own root included.
      expect(shadowRootOf(host)!.querySelector('style')!.textContent).toBe('button{font-size:11px}');
      // Contained and on its own line: it adds nothing to the name column's width (issue 13).
      expect(host.tagName).toBe('INSYN-BADGE');
      expect(host.style.getPropertyValue('contain')).toBe('inline-size');
      expect(host.style.getPropertyValue('display')).toBe('block');
      expect(host.style.getPropertyValue('width')).toBe('');
    }
    expect(buttonOf(hosts[0]!).getAttribute('aria-label')).toBe('Insyn: Carlsson, Maja, Matematik – Risk · Ej kontaktad. Visa i Insyn');
    // Badge text lives in shadow roots: InfoMentor's own text, and what a re-read sees, is unchanged.
    expect(document.querySelector('table')!.textContent).toBe(tableText);
    expect(document.querySelectorAll('tbody > tr > *:not(th):not(td)')).toHaveLength(0);
  });

  it('a click on a badge opens that pupil in the panel and never reaches InfoMentor’s row handlers', async () => {
    const { flow } = await start();
    const rowClicks = vi.fn();
    document.querySelector('tbody')!.addEventListener('click', rowClicks);
    const keys = vi.fn();
    document.addEventListener('keydown', keys);
    const lund = badgeHosts().find((host) => host.closest('tr')!.textContent!.includes('Lund, Ella'))!;
    trustedClick(buttonOf(lund));
    buttonOf(lund).dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
    expect(rowClicks).not.toHaveBeenCalled();
    expect(keys).not.toHaveBeenCalled();
    expect(flow.getState().focus?.pupilKey).toBe('id:4109');
    expect(flow.getState().expanded).toBe(true);
  });

  it('follows the status: after an informing contact the badge says "Informerad" with the date', async () => {
    const { flow } = await start();
    await flow.logContact('id:4109', {
      at: new Date(2025, 10, 21, 9).getTime(),
      channel: 'telefon',
      withWhom: '',
      summary: '',
      outcome: 'nadd',
    });
    const lund = badgeHosts().find((host) => host.closest('tr')!.textContent!.includes('Lund, Ella'))!;
    expect(buttonOf(lund).textContent).toBe('Informerad 21 nov');
    expect(partsOf(lund)).toEqual(['Informerad', '21 nov']);
    expect(buttonOf(lund).dataset.tone).toBe('answered');
    expect(badgeHosts()).toHaveLength(4);
  });

  it('inserting badges does not make Insyn read the page again, and a real change does', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { background } = await start();
      await vi.advanceTimersByTimeAsync(2000);
      expect(background.callsOf('page/read')).toHaveLength(1);
      document.querySelector('tr[data-pupil-id="4100"] td')!.setAttribute('aria-checked', 'true');
      await vi.advanceTimersByTimeAsync(2000);
      expect(background.callsOf('page/read')).toHaveLength(2);
      // Hugo now has "otillräckliga kunskaper" marked too: the new reading puts a badge beside him.
      expect(badgeHosts()).toHaveLength(5);
      expect(document.querySelector(`tr[data-pupil-id="4100"] [${BADGE_ATTRIBUTE}]`)).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a re-rendered table gets fresh badges, and none are left behind when Insyn stops', async () => {
    await start();
    const tbody = document.querySelector('tbody')!;
    const rows = [...tbody.querySelectorAll('tr')].map((row) => row.cloneNode(true) as Element);
    for (const row of rows) row.querySelector(`[${BADGE_ATTRIBUTE}]`)?.remove();
    tbody.replaceChildren(...rows);
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(4), { timeout: 3000 });
    expect(badgeHosts().every((host) => host.isConnected && shadowRootOf(host))).toBe(true);
    controller.abort();
    expect(badgeHosts()).toHaveLength(0);
  });
});

describe('placeBadge', () => {
  it('goes beside the name where there are no cells, and never straight into a table row', () => {
    const card = document.createElement('div');
    card.append(
      Object.assign(document.createElement('h2'), { textContent: 'Berg ,  Alva' }),
      Object.assign(document.createElement('p'), { textContent: 'Matematik' }),
    );
    const badge = document.createElement('span');
    expect(placeBadge(card, 'Berg, Alva', badge)).toBe(true);
    expect(badge.previousElementSibling!.tagName).toBe('H2');

    const row = document.createElement('tr');
    expect(placeBadge(row, 'Berg, Alva', document.createElement('span'))).toBe(false);
    expect(row.children).toHaveLength(0);
  });
});

describe('textParts', () => {
  const texts = (parts: (Node | string)[]) => parts.map((part) => (typeof part === 'string' ? part : `<${part.textContent}>`));

  it('splits at the first space only, and the parts together are the text unchanged', () => {
    expect(texts(textParts('Risk · Ej kontaktad'))).toEqual(['<Risk>', ' ', '<· Ej kontaktad>']);
    expect(texts(textParts('Contacted 21 Nov'))).toEqual(['<Contacted>', ' ', '<21 Nov>']);
    expect(texts(textParts('Bedömd'))).toEqual(['<Bedömd>']);
    const parts = textParts('Risk · Bedömd');
    expect(parts.map((part) => (typeof part === 'string' ? part : part.textContent)).join('')).toBe('Risk · Bedömd');
  });

  it('makes text, never markup, of what it is given', () => {
    const [first] = textParts('<img src=x onerror=alert(1)> x');
    expect((first as Element).children).toHaveLength(0);
    expect((first as Element).textContent).toBe('<img');
  });
});
