import { describe, expect, it } from 'vitest';
import { cellText } from '@/utils/infomentor/cells';
import { type SemanticTable, findTables } from '@/utils/infomentor/table';
import { parseHtml } from './contract';

function tablesOf(html: string): SemanticTable[] {
  const document = parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const grids = [...document.querySelectorAll('table, [role=grid], [role=table]')];
  return findTables({ grids, lists: [...document.querySelectorAll('dl')] });
}

/** Each row as the texts of its cells, column by column. */
const texts = (table: SemanticTable) =>
  table.rows.map((row) => table.columns.map((_, i) => (row.cells[i] ? cellText(row.cells[i] as Element).trim() : '∅')));

describe('the semantic table reader', () => {
  it('maps columns by header meaning, wherever they stand', () => {
    const [table] = tablesOf(
      '<table><tr><th>Status</th><th>Frånvaro</th><th>Elev</th></tr><tr><td>Klar</td><td>3</td><td>Ek, Ola</td></tr></table>',
    );
    expect(table?.byRole.get('pupil')).toEqual([2]);
    expect(table?.byRole.get('status')).toEqual([0]);
    expect(table?.columns[1]?.role).toBeUndefined();
    expect(texts(table as SemanticTable)).toEqual([['Klar', '3', 'Ek, Ola']]);
  });

  it('skips layout rows above the header and ignores tables without a pupil column', () => {
    const tables = tablesOf(
      '<table><tr><td colspan="3">Utskrift</td></tr><tr><th>Namn</th><th>Betyg</th></tr><tr><td>Ek, Ola</td><td>F</td></tr></table>' +
        '<table><tr><th>Datum</th><th>Händelse</th></tr><tr><td>1/12</td><td>Konferens</td></tr></table>',
    );
    expect(tables).toHaveLength(1);
    expect(texts(tables[0] as SemanticTable)).toEqual([['Ek, Ola', 'F']]);
  });

  it('lines up cells under rowspan and colspan', () => {
    const [table] = tablesOf(
      '<table><tr><th>Elev</th><th>Otillräckliga kunskaper</th><th>Godtagbara kunskaper</th><th>Kommentar</th></tr>' +
        '<tr><td>A, A</td><td colspan="2">–</td><td rowspan="2">delad</td></tr>' +
        '<tr><td>B, B</td><td>●</td><td></td></tr></table>',
    );
    expect(texts(table as SemanticTable)).toEqual([
      ['A, A', '–', '–', 'delad'],
      ['B, B', '●', '', 'delad'],
    ]);
  });

  it('clamps hostile spans', () => {
    const [table] = tablesOf(
      '<table><tr><th>Elev</th><th>Status</th></tr><tr><td rowspan="65534">A, A</td><td colspan="100000">Klar</td></tr><tr><td>Klar</td></tr></table>',
    );
    expect(table?.rows).toHaveLength(2);
    expect(table?.rows.every((row) => row.cells.length <= 64)).toBe(true);
    expect(texts(table as SemanticTable)[1]).toEqual(['A, A', 'Klar']);
  });

  it('keeps a nested table out of its parent and reads it on its own', () => {
    const tables = tablesOf(
      '<table><tr><td><table><tr><th>Elev</th><th>Status</th></tr><tr><td>Ek, Ola</td><td>Klar</td></tr></table></td></tr></table>',
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]?.rows).toHaveLength(1);
  });

  it('reads ARIA grids, taking only its own rows', () => {
    const [table] = tablesOf(
      '<div role="grid"><div role="row"><span role="columnheader">Elev</span><span role="columnheader">Status</span></div>' +
        '<div role="rowgroup"><div role="row"><span role="rowheader">Ek, Ola</span><span role="gridcell">Klar<div role="grid"><div role="row"><span role="gridcell">x</span></div></div></span></div></div></div>',
    );
    expect(table?.rows).toHaveLength(1);
    expect(table?.rows[0]?.cells[0]?.textContent).toBe('Ek, Ola');
  });

  it('reads cards: one row per definition list, the pupil from the card heading', () => {
    const [table] = tablesOf(
      '<article><h3>Ek, Ola</h3><dl><dt>Status</dt><dd>Klar</dd></dl></article><article><h3>Ås, Bo</h3><dl><dt>Status</dt><dd>Pågående</dd></dl></article>',
    );
    expect(texts(table as SemanticTable)).toEqual([
      ['Ek, Ola', 'Klar'],
      ['Ås, Bo', 'Pågående'],
    ]);
    expect(table?.rows[0]?.element.localName).toBe('article');
  });

  it('reads a second header row that names the levels under a spanning header', () => {
    const [table] = tablesOf(
      '<table><thead><tr><th rowspan="2">Elev</th><th colspan="2">Ämnesomdöme</th></tr><tr><th>Otillräckliga kunskaper</th><th>Godtagbara kunskaper</th></tr></thead>' +
        '<tbody><tr><td>Ek, Ola</td><td>●</td><td></td></tr></tbody></table>',
    );
    expect(table?.columns.map((c) => c.level?.level)).toEqual([undefined, 'insufficient', 'acceptable']);
    expect(table?.rows).toHaveLength(1);
  });
});
