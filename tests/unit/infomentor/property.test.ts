import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageAnalysisSchema, type PageAnalysis } from '@/utils/infomentor/analysis';
import { analysePage } from '@/utils/infomentor/analyse';
import { generateGroupAssessmentPage, generatedExpectation } from '../../fixtures/generate-group-page';
import { FIXTURE_URL, fixturePages, parseHtml } from './contract';

/**
 * The reader never throws and always returns a schema-valid reading, whatever the page: random text,
 * random markup built from InfoMentor's own words, and the fixture pages with cells and rows dropped,
 * duplicated, shuffled, spanned and nested.
 */

function readValid(root: ParentNode, url = FIXTURE_URL): PageAnalysis {
  const analysis = analysePage(root, url);
  const checked = PageAnalysisSchema.safeParse(analysis);
  if (!checked.success) throw new Error(checked.error.message);
  // Everyone at risk or owed a document is one of the pupils the page shows.
  const names = new Set(analysis.pupils.map((p) => p.name));
  for (const entry of [...analysis.atRisk, ...analysis.documents]) expect(names.has(entry.pupil)).toBe(true);
  if (analysis.kind === 'unknown') expect(analysis.atRisk).toEqual([]);
  return analysis;
}

const WORDS = [
  'Elev',
  'Namn',
  'Pupil',
  'Ämne',
  'Termin',
  'Status',
  'Publicerad',
  'Ej publicerad',
  'Kommentar',
  'Betyg',
  'Typ',
  'Beslutsdatum',
  'Otillräckliga kunskaper',
  'Godtagbara kunskaper',
  'Mer än godtagbara kunskaper',
  'Ej uppnått',
  'E',
  'C',
  'A',
  'F',
  '–',
  '●',
  '✔',
  '×',
  'Pågående',
  'Klar',
  'Avslutad',
  'Ht 2025',
  'Höstterminen 2025',
  'Grupp: 5A',
  'Ämne: Matematik',
  'Riskerar att inte nå',
  'F-varning',
  'Åtgärdsprogram',
  'IUP',
  'Kunskapssammanställning',
  'Berg, Alva',
  '  Berg ,  Alva ',
  'Nilsson, Emma',
  '2025-09-18',
  '<b>x</b>',
  '=1+1',
];
const ATTRIBUTES: [string, fc.Arbitrary<string>][] = [
  ['rowspan', fc.constantFrom('0', '1', '2', '3', '-1', '999999', 'x')],
  ['colspan', fc.constantFrom('0', '1', '2', '5', '-4', '100000', '')],
  ['aria-checked', fc.constantFrom('true', 'false', 'mixed')],
  ['data-pupil-id', fc.constantFrom('1', '2', '', ' ', 'x'.repeat(120))],
  ['role', fc.constantFrom('grid', 'row', 'gridcell', 'columnheader', 'rowheader', 'radiogroup', 'heading', 'table')],
  ['checked', fc.constant('')],
  ['selected', fc.constant('')],
  ['title', fc.constantFrom('Betyg: F', 'Otillräckliga kunskaper', '')],
];
const TAGS = [
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'div',
  'span',
  'select',
  'option',
  'dl',
  'dt',
  'dd',
  'fieldset',
  'legend',
  'h1',
  'h2',
  'p',
  'label',
  'a',
  'textarea',
];
const VOID = ['input type="radio"', 'input type="checkbox"', 'input type="hidden" name="hfElevId" value="9"', 'br'];

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const text = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 })).map(escapeText);
const attributes = fc
  .subarray(ATTRIBUTES, { maxLength: 3 })
  .chain((picked) =>
    picked.length === 0
      ? fc.constant('')
      : fc.tuple(...picked.map(([name, value]) => value.map((v) => ` ${name}="${escapeAttribute(v)}"`))).map((parts) => parts.join('')),
  );

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...VOID), attributes).map(([tag, attrs]) => `<${tag}${attrs}>`),
    fc
      .tuple(fc.constantFrom(...TAGS), attributes, fc.array(tie('node'), { maxLength: 5 }))
      .map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`),
  ),
}));

describe('the reader never fails', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (html) => {
        readValid(parseHtml(html));
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('on random markup made of InfoMentor words', () => {
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 6 }), (nodes) => {
        readValid(parseHtml(`<!DOCTYPE html><html><body><main>${nodes.join('')}</main></body></html>`));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  const pages = [
    ...fixturePages('tests/fixtures/infomentor'),
    ...fixturePages('tests/fixtures/own'),
    ...fixturePages('tests/fixtures/hub'),
  ];
  const mutation = fc.record({
    op: fc.constantFrom('drop-cell', 'duplicate-row', 'shuffle-row', 'span', 'nest-table', 'text', 'drop-row', 'swap-headers'),
    at: fc.nat(),
    other: fc.nat(),
    text,
    span: fc.constantFrom('0', '2', '7', '-1', '65534', 'abc'),
  });

  it('on fixture pages with cells and rows dropped, duplicated, shuffled, spanned and nested', () => {
    fc.assert(
      fc.property(fc.nat({ max: pages.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), (index, mutations) => {
        const page = pages[index] as (typeof pages)[number];
        const document = parseHtml(page.html);
        for (const change of mutations) mutate(document, change);
        readValid(document, page.expected._url);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

type Mutation = { op: string; at: number; other: number; text: string; span: string };
const ROWS = 'tr, [role=row], dl, fieldset';
const CELLS = 'td, th, [role=gridcell], [role=columnheader], [role=rowheader], dd, dt, legend';

function mutate(document: Document, { op, at, other, text, span }: Mutation): void {
  const rows = [...document.querySelectorAll(ROWS)];
  const cells = [...document.querySelectorAll(CELLS)];
  const row = rows[at % Math.max(1, rows.length)];
  const cell = cells[at % Math.max(1, cells.length)];
  switch (op) {
    case 'drop-cell':
      cell?.remove();
      break;
    case 'drop-row':
      row?.remove();
      break;
    case 'duplicate-row':
      if (row) row.after(row.cloneNode(true));
      break;
    case 'shuffle-row': {
      if (!row) break;
      const children = [...row.children];
      for (let i = children.length - 1; i > 0; i--) {
        const j = (other + i * 7) % (i + 1);
        [children[i], children[j]] = [children[j] as Element, children[i] as Element];
      }
      row.replaceChildren(...children);
      break;
    }
    case 'span':
      cell?.setAttribute(other % 2 === 0 ? 'rowspan' : 'colspan', span);
      break;
    case 'nest-table': {
      const table = document.querySelector('table, [role=grid], dl');
      if (cell && table) cell.append(table.cloneNode(true));
      break;
    }
    case 'text':
      cell?.append(document.createTextNode(text));
      break;
    case 'swap-headers': {
      const headers = [...document.querySelectorAll('th, [role=columnheader], dt')];
      const a = headers[at % Math.max(1, headers.length)];
      const b = headers[other % Math.max(1, headers.length)];
      if (a && b && a !== b) {
        const label = a.textContent;
        a.textContent = b.textContent;
        b.textContent = label;
      }
      break;
    }
  }
}

describe('a very large page', () => {
  it('reads 10,000 rows completely and validly', () => {
    const rows = 10_000;
    const analysis = readValid(parseHtml(generateGroupAssessmentPage(rows)));
    const expected = generatedExpectation(rows);
    expect(analysis.kind).toBe('group-assessment');
    expect(analysis.pupils).toHaveLength(expected.pupils);
    expect(analysis.atRisk).toHaveLength(expected.atRisk);
    expect(analysis.documents).toHaveLength(rows);
  }, 120_000);

  it('matches the generator on a small page, risk by risk', () => {
    const analysis = readValid(parseHtml(generateGroupAssessmentPage(30, { insufficientEvery: 4, riskCommentEvery: 9 })));
    expect(analysis.context).toEqual({ group: '5A', subject: 'Matematik', term: 'Ht 2025' });
    expect(analysis.atRisk).toHaveLength(generatedExpectation(30, { insufficientEvery: 4, riskCommentEvery: 9 }).atRisk);
    expect(analysis.atRisk.some((r) => r.source === 'comment')).toBe(true);
  });
});
