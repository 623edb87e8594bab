import { describe, expect, it } from 'vitest';
import { analysePage } from '@/utils/infomentor/analyse';
import { parseHtml } from './contract';

/** Context wherever the page states it; terms without a calendar year only from what the page shows. */

const TABLE = (attributes = '', caption = '') =>
  `<table${attributes}>${caption}<tr><th>Elev</th><th>Otillräckliga kunskaper</th><th>Godtagbara kunskaper</th></tr><tr><td>Ahl, Ida</td><td>●</td><td></td></tr></table>`;
const contextOf = (body: string) => analysePage(parseHtml(`<html><body>${body}</body></html>`), 'https://skola.infomentor.se/').context;

describe('page context', () => {
  it('reads a short meta line of parts without labels', () => {
    expect(contextOf(`<h1>Kunskapssammanställning</h1><p>4C · Svenska · Vt 2026</p>${TABLE()}`)).toEqual({
      group: '4C',
      subject: 'Svenska',
      term: 'Vt 2026',
    });
  });

  it('reads a breadcrumb', () => {
    expect(
      contextOf(`<nav aria-label="Brödsmulor"><a>Skola</a> › <a>6B</a> › <span>Matematik</span></nav><h1>Bedömning</h1>${TABLE()}`),
    ).toEqual({ group: '6B', subject: 'Matematik' });
  });

  it('reads the table’s aria-label and caption', () => {
    expect(contextOf(`<h1>Bedömning</h1>${TABLE(' aria-label="Ämnesomdöme – 7A Engelska"')}`)).toEqual({
      group: '7A',
      subject: 'Engelska',
    });
    expect(contextOf(`<h1>Bedömning</h1>${TABLE('', '<caption>Kunskapssammanställning – 5B Bild – HT25</caption>')}`)).toEqual({
      group: '5B',
      subject: 'Bild',
      term: 'Ht 2025',
    });
  });

  it('places a school-year term in the academic year the page shows, or in that of a date it shows', () => {
    const term = '<label>Termin <select><option selected>Vt år 9</option></select></label>';
    expect(contextOf(`<h1>Bedömning</h1>${term}<p>Läsår 2025/26</p>${TABLE()}`).term).toBe('Vt 2026');
    expect(contextOf(`<h1>Bedömning</h1>${term}<p>Uppdaterad 2025-11-20</p>${TABLE()}`).term).toBe('Vt 2026');
    expect(contextOf(`<h1>Bedömning</h1>${term}${TABLE()}`).term).toBeUndefined();
  });

  it('does not take a stage for a term or a year', () => {
    expect(contextOf(`<h1>Bedömning</h1><label>Klass/årskurs <select><option selected>7-9</option></select></label>${TABLE()}`)).toEqual(
      {},
    );
  });
});
