import { describe, expect, it } from 'vitest';
import { analysePage, readPage } from '@/utils/infomentor/analyse';
import { parseHtml } from './contract';

/** Who a one-pupil page is about, decided from the page itself. */

const HUB = 'https://hub.infomentor.se/#/assessmentv2/summaryAssessment';
const TEACHER = 'https://im.infomentor.se/#/elev/4711';
const LEVELS =
  '<th>Är i behov av stödinsatser för att nå godtagbara kunskaper</th><th>Når en godtagbar kunskapsnivå</th><th>Når mer än en godtagbar kunskapsnivå</th>';
const TABLE = `<h1>Ämnesomdömen</h1><table><tr><th>Ämne</th>${LEVELS}</tr><tr><td>Matematik</td><td><span></span></td><td></td><td></td></tr></table>`;
const page = (header: string, body = TABLE) =>
  parseHtml(`<html><body><header><span class="user">${header}</span></header>${body}</body></html>`);
const pupilOf = (document: Document, url = HUB) => analysePage(document, url).pupils.map((pupil) => pupil.name);
const link = (id: string, name: string, attributes = '') =>
  `<a href="/Account/PupilSwitcher/SwitchPupil/${id}"${attributes}><span class="pupilText">${name}</span></a>`;

describe('the page pupil', () => {
  it('is the signed-in user of a Hub pupil account (no switcher)', () => {
    expect(pupilOf(page('Berg, Alva'))).toEqual(['Berg, Alva']);
  });

  it('is the switcher’s selected pupil on a guardian account, never the guardian or a hidden sibling', () => {
    const switcher = `<span class="pupilText">Holm, Selma</span><ul style="display: none;"><li>${link('2', 'Holm, Elias')}</li></ul>`;
    const { analysis, rowOf } = readPage(page(`Holm, Anna</span>${switcher}<span>`), HUB);
    expect(analysis.pupils).toEqual([{ name: 'Holm, Selma' }]);
    expect(rowOf('Holm, Selma')?.className).toBe('pupilText');
  });

  it('skips the links of an open switcher, unless one says it is the current pupil', () => {
    const open = `<ul>${link('1', 'Holm, Elias')}${link('2', 'Holm, Selma', ' aria-current="true"')}</ul>`;
    expect(analysePage(page(`Holm, Anna</span>${open}<span>`), HUB).pupils).toEqual([{ name: 'Holm, Selma', id: '2' }]);
  });

  it('is not the guardian when the switcher exists but shows nobody', () => {
    const hiddenOnly = `<ul style="display:none">${link('1', 'Holm, Elias')}</ul>`;
    expect(analysePage(page(`Holm, Anna</span>${hiddenOnly}<span>`), HUB).kind).toBe('unknown');
  });

  it('is the pupil marked selected in the start page’s homeData', () => {
    const script =
      '<script>IMHome.home.homeData = {"account":{"pupils":[{"id":1,"name":"Holm, Elias","selected":false},{"id":2,"name":"Holm, Selma","selected":true}]}};</script>';
    expect(analysePage(page('Holm, Anna', TABLE + script), HUB).pupils).toEqual([{ name: 'Holm, Selma', id: '2' }]);
  });

  it('is never the teacher in the header of a teacher page', () => {
    expect(analysePage(page('Lärare, Lena'), TEACHER).kind).toBe('unknown');
    expect(pupilOf(page('Lärare, Lena', `<p>Elev: Lund, Ebba</p>${TABLE}`), TEACHER)).toEqual(['Lund, Ebba']);
  });

  it('is never staff named in "Skapad av", nor a subject with a comma', () => {
    expect(analysePage(page('<i></i>', `<p>Skapad av Kvist, Jonas</p>${TABLE}`), HUB).kind).toBe('unknown');
    expect(analysePage(page('Moderna språk, språkval Franska'), HUB).kind).toBe('unknown');
  });
});

describe('rowOf on a one-pupil page', () => {
  it('gives the row of an at-risk subject, and the pupil’s element without a subject', async () => {
    const { readFileSync } = await import('node:fs');
    const document = parseHtml(readFileSync('tests/fixtures/hub/amnesomdomen-vardnadshavare.html', 'utf8'));
    const { analysis, rowOf } = readPage(document, HUB);
    const risk = analysis.atRisk[0];
    expect(risk?.subject).toBe('Svenska');
    expect(rowOf('Holm, Selma', undefined, 'Svenska')?.localName).toBe('tr');
    expect(rowOf('Holm, Selma', undefined, 'Svenska')?.textContent).toContain('Svenska');
    expect(rowOf('Holm, Selma', undefined, 'Matematik')?.textContent).toContain('Matematik');
    expect(rowOf('Holm, Selma')?.className).toBe('pupilText');
    expect(rowOf('Holm, Selma', undefined, 'Kemi')?.className).toBe('pupilText');
  });
});
