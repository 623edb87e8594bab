import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BADGE_ATTRIBUTE, createBadges } from '@/utils/content/badges';
import { createContactFlow } from '@/utils/content/contact-flow';
import { fakeBackground, startTestSession } from './fakes';
import { shadowRootOf } from '@/utils/content/closed-shadow';
import { trustedClick } from './trusted';

/**
 * Every saved page with risks, in every markup style the readers handle: one badge per at-risk pupil,
 * and on a one-pupil page one per at-risk subject (on the subject's row), placed harmlessly.
 */
const pages = ['tests/fixtures/infomentor', 'tests/fixtures/own'].flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => ({
      name: file.replace('.expected.json', ''),
      dir,
      expected: JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
        kind: string;
        atRisk: { pupil: string; pupilId?: string; subject: string }[];
      },
    }))
    .filter((page) => page.expected.atRisk.length > 0),
);

function load(path: string) {
  const html = readFileSync(path, 'utf8').replace(/<link [^>]*>/g, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script').forEach((node) => node.remove());
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
}

let controller = new AbortController();
afterEach(() => controller.abort());

/** Insyn's page session on the loaded page, read at once; resolves when the background has answered. */
async function startSession(onActivate: (key: string) => void = () => {}) {
  controller = new AbortController();
  const flow = createContactFlow({ send: fakeBackground().send });
  startTestSession(flow, createBadges({ css: '', onActivate }), controller.signal);
  await vi.waitFor(() => expect(flow.getState().statusKnown).toBe(true));
  return flow;
}

describe('badges on every saved page with risks', () => {
  it.each(pages.map((page) => [page.name, page] as const))('%s', async (_name, page) => {
    load(`${page.dir}/${page.name}.html`);
    const text = document.body.textContent;
    await startSession();
    const onePupil = page.expected.kind === 'pupil-assessment';
    const marked = new Set(page.expected.atRisk.map((r) => `${r.pupilId ?? r.pupil}${onePupil ? `|${r.subject}` : ''}`));
    const hosts = [...document.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)];
    expect(hosts).toHaveLength(marked.size);
    for (const host of hosts) {
      expect(host.parentElement!.matches('tr, tbody, thead, table, [role="row"], ul, ol, dl, select')).toBe(false);
      expect(host.closest('a, button, label, select, option, summary')).toBeNull();
    }
    expect(document.body.textContent).toBe(text);
  });

  it('marks exactly the at-risk subjects of a one-pupil page, each on its row, and each opens the pupil', async () => {
    load('tests/fixtures/infomentor/amnesomdome-elev-3b.html');
    const opened: string[] = [];
    const flow = await startSession((key) => opened.push(key));
    const hosts = [...document.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)];
    expect(hosts.map((host) => host.closest('section')?.querySelector('legend')?.textContent)).toEqual(['Engelska', 'Matematik']);
    for (const host of hosts) trustedClick(shadowRootOf(host)!.querySelector('button')!);
    expect(opened).toEqual([flow.getState().pupils[0]!.key, flow.getState().pupils[0]!.key]);
    expect(shadowRootOf(hosts[0]!)!.querySelector('button')!.getAttribute('aria-label')).toContain('Engelska');
    expect(shadowRootOf(hosts[0]!)!.querySelector('button')!.getAttribute('aria-label')).not.toContain('Matematik');
  });
});
