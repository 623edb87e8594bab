import { describe, expect, it } from 'vitest';
import { answerSample, pageMarkup } from '@/utils/content/sample-bridge';
import { parseHtml } from '../infomentor/contract';

const PAGE = `<html><head></head><body><p>Lund, Ella</p><insyn-panel>Insyn</insyn-panel>
<table><tr><td>Berg, Alva<span data-insyn-badge>i risk</span></td><td><input type="checkbox" id="c"></td>
<td><select><option selected>E</option><option>F</option></select></td><td><input type="text" value="förr"><input type="password" value="hemligt"><textarea>förr</textarea></td></tr></table></body></html>`;
const isInsyn = (node: Node) => node instanceof Element && (node.localName === 'insyn-panel' || node.hasAttribute('data-insyn-badge'));

describe('answerSample', () => {
  it('answers only Insyn’s request for the page', () => {
    const document = parseHtml(PAGE);
    expect(answerSample({ type: 'sample/page' }, document, isInsyn)).toBeUndefined();
    expect(answerSample({ insyn: 1, type: 'teach/tables' }, document, isInsyn)).toBeUndefined();
    expect(answerSample({ insyn: 1, type: 'sample/page' }, document, isInsyn)?.url).toBe(document.location.href);
  });

  it('hands over the page as it is now, without Insyn’s panel and badges, and leaves the page untouched', () => {
    const document = parseHtml(PAGE);
    (document.querySelector('#c') as HTMLInputElement).checked = true;
    (document.querySelectorAll('option')[1] as HTMLOptionElement).selected = true;
    (document.querySelector('input[type=text]') as HTMLInputElement).value = 'nu';
    (document.querySelector('textarea') as HTMLTextAreaElement).value = 'nu';
    const before = document.documentElement.outerHTML;
    const html = answerSample({ insyn: 1, type: 'sample/page' }, document, isInsyn)?.html ?? '';
    const copy = parseHtml(html);
    expect((copy.querySelector('#c') as HTMLInputElement).checked).toBe(true);
    expect((copy.querySelector('select') as HTMLSelectElement).value).toBe('F');
    expect((copy.querySelector('input[type=text]') as HTMLInputElement).value).toBe('nu');
    expect(copy.querySelector('textarea')?.textContent).toBe('nu');
    expect(copy.querySelector('input[type=password]')?.hasAttribute('value')).toBe(false);
    expect(copy.querySelector('insyn-panel, [data-insyn-badge]')).toBeNull();
    expect(copy.body.textContent).toContain('Berg, Alva');
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('pageMarkup', () => {
  it('marks what the page’s style sheet hides as hidden in the copy (a sample has no style sheet), and nothing else', () => {
    document.head.innerHTML = '<style>.ko-hidden { display: none }</style>';
    document.body.innerHTML =
      '<ul class="pupils"><li>Berg, Alva</li><li class="ko-hidden"><span>Berg, Nils</span></li></ul><input type="hidden" value="1"><p>Klar</p>';
    const copy = parseHtml(pageMarkup(document, () => false));
    expect([...copy.querySelectorAll('[hidden]')].map((element) => element.textContent)).toEqual(['Berg, Nils']);
    expect(document.querySelector('[hidden]')).toBeNull();
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });
});
