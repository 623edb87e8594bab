import { describe, expect, it } from 'vitest';
import { makeSample } from '@/utils/sample/make-sample';
import { sampleAddress, sampleFileName } from '@/utils/sample/sample-file';
import { parseHtml } from '../infomentor/contract';

const URL = 'https://hub.infomentor.se/Account/PupilSwitcher/SwitchPupil/48213?token=ab12#/assessmentv2/summaryAssessment';
const page = (body: string, head = '') =>
  parseHtml(`<!DOCTYPE html><html lang="sv"><head><title>Ämnesomdömen</title>${head}</head><body>${body}</body></html>`);
const sampleOf = (body: string, head = '') => makeSample(page(body, head), URL);

describe('makeSample', () => {
  it('says it is a sample and records the page’s address with its ids shaped', () => {
    const sample = sampleOf('<p>Hej</p>');
    expect(sample.startsWith('<!DOCTYPE html>\n<html lang="sv"><head>\n<meta name="insyn-sample" content="1">')).toBe(true);
    expect(sampleAddress(sample)).toBe(
      'https://hub.infomentor.se/Account/PupilSwitcher/SwitchPupil/00000?token=xx00#/assessmentv2/summaryAssessment',
    );
  });

  it('leaves out scripts’ and styles’ contents, comments (Knockout’s among them) and event handlers', () => {
    const sample = sampleOf(
      '<!-- ko if: pupils --><div onclick="steal()">Lund, Ella</div><!-- /ko --><script>IMHome.home.homeData = {"name": "Lund, Ella"}</script><noscript>Aktivera</noscript>',
      '<style>.a{content:"Lund"}</style>',
    );
    expect(sample).toContain('<script></script>');
    expect(sample).toContain('<style></style>');
    expect(sample).toContain('<div>Xxxx, Xxxx</div>');
    for (const gone of ['ko if', '/ko', 'steal', 'onclick', 'IMHome', 'Lund', 'Aktivera']) expect(sample).not.toContain(gone);
  });

  it('blanks __VIEWSTATE, shapes short hidden values and keeps the letters of form field names', () => {
    const sample = sampleOf(
      `<form><input type="hidden" name="__VIEWSTATE" value="${'A'.repeat(200)}"><input type="hidden" name="ctl00$gv$ctl02$hfElevId" value="30101"></form>`,
    );
    expect(sample).toContain('<input type="hidden" name="__VIEWSTATE" value="">');
    // The address's 48213 already took 00000: this id is numbered.
    expect(sample).toContain('name="ctl00$gv$ctl00$hfElevId" value="000001"');
  });

  it('keeps data-bind’s names and shapes its literals and numbers', () => {
    const sample = sampleOf(`<p data-bind="text: pupilName, click: function() { open(48213, 'Lund, Ella') }">x</p>`);
    expect(sample).toContain(`data-bind="text: pupilName, click: function() { open(00000, 'Xxxx, Xxxx') }"`);
  });

  it('keeps roles, ARIA states, spans, classes and inline styles; shapes ids consistently so references still point', () => {
    const sample = sampleOf(
      '<div role="grid" aria-label="Lund, Ella" class="im-grid row-4821"><span id="pupil-4821" style="display: none; background: url(/p/4821.png)">x</span><label for="pupil-4821">Ella</label><div aria-labelledby="pupil-4821" aria-checked="true" colspan="2"></div></div>',
    );
    expect(sample).toContain('role="grid" aria-label="Xxxx, Xxxx" class="im-grid row-0000"');
    expect(sample).toContain('<span id="xxxxx-0000" style="display: none; background: url()">');
    expect(sample).toContain('<label for="xxxxx-0000">Xxxx</label>');
    expect(sample).toContain('aria-labelledby="xxxxx-0000" aria-checked="true"');
  });

  it('keeps InfoMentor’s hosts and route words in links and shapes ids, query values and other hosts', () => {
    const sample = sampleOf(
      '<a href="/Elev/4821/Visa?pupilId=4821&amp;namn=Ella#/uolv2/show/99">1</a><a href="https://skolan-lund.se/a">2</a><a href="javascript:alert(1)">3</a><img src="data:image/png;base64,AAAA">',
    );
    expect(sample).toContain('href="/Elev/0000/Visa?pupilId=0000&amp;namn=Xxxx#/uolv2/show/00"');
    expect(sample).toContain('href="https://xxxxxx-xxxx.xx/a"');
    expect(sample).toContain('href=""');
    expect(sample).toContain('<img src="">');
  });

  it('writes what the teacher ticked, chose and typed, as the page shows it now', () => {
    const document = page(
      '<input type="checkbox" id="c"><select><option selected>E</option><option>F</option></select><input type="text" value="old"><textarea>old</textarea>',
    );
    (document.querySelector('#c') as HTMLInputElement).checked = true;
    (document.querySelectorAll('option')[1] as HTMLOptionElement).selected = true;
    (document.querySelector('input[type=text]') as HTMLInputElement).value = 'Lund, Ella';
    (document.querySelector('textarea') as HTMLTextAreaElement).value = 'Riskerar att inte nå målen';
    const sample = makeSample(document, URL);
    // "c" would be "x", a mark: numbered.
    expect(sample).toContain('<input type="checkbox" id="x1" checked>');
    expect(sample).toContain('<option>E</option><option selected>F</option>');
    expect(sample).toContain('<input type="text" value="Xxxx, Xxxx">');
    expect(sample).toContain('<textarea>Riskerar att inte nå xxxxx</textarea>');
  });

  it('escapes every text and attribute: a name with markup characters stays text', () => {
    const document = page('<p title="x&quot; onmouseover=&quot;a()">&lt;img src=q onerror=alert(1)&gt;</p>');
    const sample = makeSample(document, URL);
    expect(sample).toContain('<p title="x&quot; xxxxxxxxxxx=&quot;x()">&lt;xxx xxx=x xxxxxxx=xxxxx(0)&gt;</p>');
  });
});

describe('sampleFileName', () => {
  it('names the file by the moment only', () => {
    expect(sampleFileName(new Date(2026, 11, 1, 9, 5))).toBe('insyn-sidprov-2026-12-01-0905.html');
  });
});
