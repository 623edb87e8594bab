import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPage } from '@/utils/infomentor/analyse';
import { BADGE_ATTRIBUTE, createBadges } from '@/utils/content/badges';
import { createContactFlow } from '@/utils/content/contact-flow';
import { startPageSession } from '@/utils/content/page-session';
import { fakeBackground } from './fakes';

/** Every saved page with risks, in every markup style the readers handle: one badge per at-risk pupil, placed harmlessly. */
const pages = ['tests/fixtures/infomentor', 'tests/fixtures/own'].flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => ({ name: file.replace('.expected.json', ''), dir, expected: JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { atRisk: { pupil: string; pupilId?: string }[] } }))
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

describe('badges on every saved page with risks', () => {
  it.each(pages.map((page) => [page.name, page] as const))('%s', async (_name, page) => {
    load(`${page.dir}/${page.name}.html`);
    const text = document.body.textContent;
    controller = new AbortController();
    const flow = createContactFlow({ send: fakeBackground().send });
    startPageSession({
      document,
      flow,
      badges: createBadges({ css: '', onActivate: () => {} }),
      read: readPage,
      isOurs: (node) => node instanceof Element && node.hasAttribute(BADGE_ATTRIBUTE),
      onFailure: () => {},
      signal: controller.signal,
      schedule: (read) => read(),
    });
    await vi.waitFor(() => expect(flow.getState().statusKnown).toBe(true));
    const pupils = new Set(page.expected.atRisk.map((r) => r.pupilId ?? r.pupil));
    const hosts = [...document.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)];
    expect(hosts).toHaveLength(pupils.size);
    for (const host of hosts) {
      expect(host.parentElement!.matches('tr, tbody, thead, table, [role="row"], ul, ol, dl, select')).toBe(false);
      expect(host.closest('a, button, label, select, option, summary')).toBeNull();
    }
    expect(document.body.textContent).toBe(text);
  });
});
