import { describe, expect, it } from 'vitest';
import { toContract } from '@/utils/infomentor/analysis';
import { analysePage } from '@/utils/infomentor/analyse';
import { renderedByMarkup } from '@/utils/infomentor/visibility';
import { parseHtml } from './contract';

/** Only what is rendered is read; marks without text mean their column. */

const HUB = 'https://hub.infomentor.se/#/assessmentv2/summaryAssessment';
const LEVELS =
  '<th>Är i behov av stödinsatser för att nå godtagbara kunskaper</th><th>Når en godtagbar kunskapsnivå</th><th>Når mer än en godtagbar kunskapsnivå</th>';
const groupPage = (rows: string, extra = '') =>
  parseHtml(`<html><body><h1>Ämnesomdöme – 6A Svenska</h1>${extra}<table><tr><th>Elev</th>${LEVELS}</tr>${rows}</table></body></html>`);
const square = '<span class="square"></span>';
const row = (name: string, marks: string[], attributes = '') =>
  `<tr${attributes}><td>${name}</td>${marks.map((mark) => `<td>${mark}</td>`).join('')}</tr>`;
const atRisk = (document: Document, options = {}) =>
  analysePage(document, 'https://skola.infomentor.se/', undefined, options).atRisk.map((risk) => risk.pupil);

describe('renderedByMarkup', () => {
  it.each([
    ['<div hidden></div>', false],
    ['<div aria-hidden="true"></div>', false],
    ['<div style="display: none;"></div>', false],
    ['<div style="color: red; display:none !important"></div>', false],
    ['<div style="visibility: hidden"></div>', false],
    ['<div aria-hidden="false" style="display: block"></div>', true],
    ['<div data-bind="visible: open"></div>', true],
    ['<div style="display: none-ish"></div>', true],
  ])('%s → %s', (html, rendered) => {
    expect(renderedByMarkup(parseHtml(html).body.firstElementChild as Element)).toBe(rendered);
  });
});

describe('hidden rows, tables and templates', () => {
  it.each([
    ['display: none', ' style="display: none;"'],
    ['hidden', ' hidden'],
    ['aria-hidden', ' aria-hidden="true"'],
  ])('does not read a row hidden by %s', (_how, attributes) => {
    const document = groupPage(row('Ahl, Ida', ['●', '', '']) + row('Berg, Bo', ['●', '', ''], attributes));
    expect(atRisk(document)).toEqual(['Ahl, Ida']);
  });

  it('does not read a table inside a hidden section, a template or a Knockout text template', () => {
    const hidden = `<div style="display:none"><table><tr><th>Elev</th>${LEVELS}</tr>${row('Dold, Dan', ['●', '', ''])}</table></div>`;
    const template = `<template><table><tr><th>Elev</th>${LEVELS}</tr>${row('Mall, Mia', ['●', '', ''])}</table></template>`;
    const script = `<script type="text/html" id="row-template"><table><tr><th>Elev</th>${LEVELS}</tr>${row('Skript, Sam', ['●', '', ''])}</table></script>`;
    const document = groupPage(row('Ahl, Ida', ['', '●', '']), hidden + template + script);
    expect(toContract(analysePage(document, 'https://skola.infomentor.se/'))).toMatchObject({ pupils: 1, atRisk: [] });
  });

  it('takes Knockout comments and data-bind attributes for the noise they are', () => {
    const rows = `<!-- ko foreach: pupils --><tr data-bind="css: row"><td data-bind="text: name">Ahl, Ida</td><td data-bind="visible: a">●</td><td></td><td></td></tr><!-- /ko -->`;
    expect(atRisk(groupPage(rows))).toEqual(['Ahl, Ida']);
  });

  it('uses the predicate it is given (the content script passes a computed-style one)', () => {
    const document = groupPage(row('Ahl, Ida', ['●', '', '']) + row('Berg, Bo', ['●', '', ''], ' class="ko-hidden"'));
    expect(atRisk(document)).toEqual(['Ahl, Ida', 'Berg, Bo']);
    expect(atRisk(document, { isRendered: (element: Element) => !element.classList.contains('ko-hidden') })).toEqual(['Ahl, Ida']);
    // The predicate holds for that read only.
    expect(atRisk(document)).toEqual(['Ahl, Ida', 'Berg, Bo']);
  });
});

describe('marks without text', () => {
  it.each([
    ['an empty element', square],
    ['an icon', '<i class="icon-square-filled"></i>'],
    ['an svg from the sprite', '<svg><use href="#mark"></use></svg>'],
    ['an image without alt text', '<img src="mark.png" alt="">'],
    ['a checked control', '<input type="checkbox" checked>'],
  ])('reads %s in the not-reached column as that level', (_what, mark) => {
    expect(atRisk(groupPage(row('Ahl, Ida', [mark, '', ''])))).toEqual(['Ahl, Ida']);
    expect(atRisk(groupPage(row('Ahl, Ida', ['', mark, ''])))).toEqual([]);
  });

  it('reads only the square the page shows (Knockout keeps the others with display: none)', () => {
    const hiddenSquare = '<span class="square" style="display: none;"></span>';
    expect(atRisk(groupPage(row('Ahl, Ida', [hiddenSquare, square, hiddenSquare])))).toEqual([]);
    expect(atRisk(groupPage(row('Ahl, Ida', [square, hiddenSquare, hiddenSquare])))).toEqual(['Ahl, Ida']);
  });

  it('reads no mark in any level column as not assessed: a document in progress, not a risk', () => {
    const hiddenSquare = '<span style="display: none;"></span>';
    const analysis = toContract(
      analysePage(groupPage(row('Ahl, Ida', [hiddenSquare, hiddenSquare, hiddenSquare])), 'https://skola.infomentor.se/'),
    );
    expect(analysis.atRisk).toEqual([]);
    expect(analysis.documents).toMatchObject([{ pupil: 'Ahl, Ida', status: 'in-progress' }]);
  });

  it('reads textless elements in every level column as no mark: they tell nothing apart', () => {
    const analysis = toContract(analysePage(groupPage(row('Ahl, Ida', [square, square, square])), 'https://skola.infomentor.se/'));
    expect(analysis.atRisk).toEqual([]);
    expect(analysis.documents).toMatchObject([{ status: 'in-progress' }]);
  });

  it('still reads a stated mark beside empty elements', () => {
    expect(atRisk(groupPage(row('Ahl, Ida', ['<span>●</span>', '<span></span>', '<span></span>'])))).toEqual(['Ahl, Ida']);
  });
});

describe('a Hub page with only marks and no pupil anywhere', () => {
  it('reads nothing rather than guess who it is about', () => {
    const document = parseHtml(
      `<html><body><h1>Ämnesomdömen</h1><table><tr><th>Ämne</th>${LEVELS}</tr><tr><td>Matematik</td><td>${square}</td><td></td><td></td></tr></table></body></html>`,
    );
    expect(analysePage(document, HUB).kind).toBe('unknown');
  });
});
