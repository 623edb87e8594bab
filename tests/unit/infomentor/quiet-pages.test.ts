import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quietPageOf } from '@/utils/infomentor/quiet-pages';

const page = (path: string) => new DOMParser().parseFromString(readFileSync(`tests/fixtures/${path}.html`, 'utf8'), 'text/html');
const html = (body: string, title = '') =>
  new DOMParser().parseFromString(`<!doctype html><title>${title}</title><body>${body}`, 'text/html');

describe('InfoMentor pages with nothing to read', () => {
  it.each([
    ['infomentor/startsida', 'https://skola.infomentor.se/#/start'],
    ['hub/startsida', 'https://hub.infomentor.se/#/'],
    ['own/nyheter-kalender', 'https://skola.infomentor.se/'],
  ])('%s is the start page', (fixture, url) => {
    expect(quietPageOf(page(fixture), url)).toBe('start');
  });

  it('news and calendar by their heading, in either language', () => {
    expect(quietPageOf(html('<h1>Nyheter</h1>'), 'https://hub.infomentor.se/#/x')).toBe('news');
    expect(quietPageOf(html('<h1> Calendar </h1>'), 'https://hub.infomentor.se/#/x')).toBe('calendar');
  });

  it('a page without a heading by its title, then by the Hub route', () => {
    expect(quietPageOf(html('<p>…</p>', 'Kalender - InfoMentor'), 'https://hub.infomentor.se/')).toBe('calendar');
    expect(quietPageOf(html('<p>…</p>', 'InfoMentor Hub'), 'https://hub.infomentor.se/#/communication/news')).toBe('news');
  });

  it('pages that carry pupils, or the login, are none of them', () => {
    expect(quietPageOf(page('infomentor/iup-lista-2a'), 'https://skola.infomentor.se/#/start')).toBeUndefined();
    expect(quietPageOf(page('infomentor/kunskapssammanstallning-5a-matematik'), 'https://skola.infomentor.se/')).toBeUndefined();
    expect(quietPageOf(page('hub/im1-inloggning'), 'https://infomentor.se/Swedish/Production/mentor/')).toBeUndefined();
  });

  it('a hidden heading is not the page', () => {
    expect(quietPageOf(html('<h1 hidden>Start</h1><h1>Mina IUP:er</h1>'), 'https://skola.infomentor.se/#/')).toBeUndefined();
  });
});
