import { describe, expect, it } from 'vitest';
import { READABLE_SELECTOR } from '@/utils/infomentor/readable';
import { fixturePages, parseHtml } from './contract';

const readable = (html: string) => parseHtml(html).querySelector(READABLE_SELECTOR) !== null;
const pages = ['tests/fixtures/infomentor', 'tests/fixtures/own', 'tests/fixtures/hub'].flatMap((dir) => fixturePages(dir));

/**
 * The background starts the reader only where READABLE_SELECTOR finds something (issue 20): it must
 * never miss a page a reader reads, and it must let the pages with nothing at all go.
 */
describe('READABLE_SELECTOR', () => {
  it.each(pages.filter((page) => page.expected.kind !== 'unknown').map((page) => [page.name, page.html] as const))(
    'finds something on %s, which a reader reads',
    (_name, html) => {
      expect(readable(html)).toBe(true);
    },
  );

  it('finds nothing on the start pages, so Insyn starts only its watcher there', () => {
    const starts = pages.filter((page) => page.name === 'startsida');
    expect(starts).toHaveLength(2);
    for (const page of starts) expect(readable(page.html)).toBe(false);
  });

  it("finds a group of choices (one pupil's subject blocks), not a form's fields", () => {
    const blocks = `<fieldset><legend>Matematik</legend><label><input type="radio" name="m">Ej godtagbara</label>
      <label><input type="radio" name="m">Godtagbara</label></fieldset>`;
    expect(readable(blocks)).toBe(true);
    // A form's fieldset of text fields (a log-in, a search) is not one.
    expect(readable('<fieldset><input type="text" name="user"><input type="password" name="pw"></fieldset>')).toBe(false);
  });

  it('finds ARIA grids and card lists', () => {
    expect(readable('<div role="grid"><div role="row"></div></div>')).toBe(true);
    expect(readable('<dl><dt>Elev</dt><dd>Ada</dd></dl>')).toBe(true);
    expect(readable('<article><h2>Nyhet</h2><p>Föräldramöte</p></article>')).toBe(false);
  });
});
