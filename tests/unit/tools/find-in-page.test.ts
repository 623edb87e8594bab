import { afterEach, describe, expect, it } from 'vitest';
import { findAllInPage, findExpression } from '../../e2e/driver/in-page';

/**
 * The end-to-end driver finds Insyn's controls by CSS and name inside shadow roots, in both browsers
 * alike (tests/e2e/driver/in-page.ts). A lookup that matched too much or too little would make the
 * journeys click the wrong thing, so its rules are pinned here.
 */
function page() {
  document.body.innerHTML = `
    <table><tbody>
      <tr><td><a>Lund, Ella</a></td><td><span data-insyn-badge></span></td></tr>
      <tr><td><a>Berg, Maja</a></td><td><span data-insyn-badge></span></td></tr>
    </tbody></table>
    <insyn-panel></insyn-panel>`;
  const badges = document.querySelectorAll('[data-insyn-badge]');
  badges.forEach((host, i) => {
    const button = document.createElement('button');
    button.textContent = i === 0 ? 'Risk' : 'Kontaktad';
    host.attachShadow({ mode: 'open' }).append(button);
  });
  const root = document.querySelector('insyn-panel')!.attachShadow({ mode: 'open' });
  const inner = document.createElement('div');
  inner.setAttribute('data-insyn-panel', '');
  root.append(inner);
  // A nested shadow root, as a component inside the panel would have.
  const nested = inner.attachShadow({ mode: 'open' });
  const label = document.createElement('label');
  label.append('  Med\n vem ', document.createElement('input'));
  const close = document.createElement('button');
  close.setAttribute('aria-label', 'Stäng');
  close.textContent = '×';
  nested.append(label, close);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the e2e driver’s lookup', () => {
  it('looks into open shadow roots, also nested ones, in document order', () => {
    page();
    expect(findAllInPage({ css: 'button' }).map((b) => b.textContent)).toEqual(['Risk', 'Kontaktad', '×']);
  });

  it('names a control by its aria-label, else its label, else its text, with white space collapsed', () => {
    page();
    expect(findAllInPage({ css: 'button', name: 'Stäng' })).toHaveLength(1);
    expect(findAllInPage({ css: 'button', name: '×' })).toHaveLength(0);
    expect(findAllInPage({ css: 'input', name: 'Med vem' })).toHaveLength(1);
    expect(findAllInPage({ css: 'input', name: 'Med' })).toHaveLength(0);
    expect(findAllInPage({ css: 'a', nameMatches: '^Berg' }).map((a) => a.textContent)).toEqual(['Berg, Maja']);
  });

  it('scopes with `within` and `has`: the badge in the row of one pupil', () => {
    page();
    const badgeOf = (pupil: string) => ({
      css: 'button',
      within: { css: '[data-insyn-badge]', within: { css: 'tr', has: { css: 'a', name: pupil } } },
    });
    expect(findAllInPage(badgeOf('Berg, Maja')).map((b) => b.textContent)).toEqual(['Kontaktad']);
    expect(findAllInPage(badgeOf('Lund, Ella')).map((b) => b.textContent)).toEqual(['Risk']);
    expect(findAllInPage(badgeOf('Ingen, Alls'))).toEqual([]);
    expect(findAllInPage({ css: 'input', within: { css: '[data-insyn-panel]' } })).toHaveLength(1);
  });

  it('looks into closed roots only through the shadowOf it is given (the page has none)', () => {
    const host = document.createElement('insyn-panel');
    const closed = host.attachShadow({ mode: 'closed' });
    closed.append(Object.assign(document.createElement('button'), { textContent: 'Inte i risk' }));
    document.body.append(host);
    expect(findAllInPage({ css: 'button' })).toEqual([]);
    const shadowOf = (element: Element) => element.shadowRoot ?? (element === host ? closed : null);
    expect(findAllInPage({ css: 'button', name: 'Inte i risk' }, shadowOf)).toHaveLength(1);
  });

  it('is sent to the page as one self-contained expression', () => {
    page();
    const found = new Function(`return ${findExpression({ css: 'button', name: 'Stäng' })}`)() as Element[];
    expect(found.map((b) => b.getAttribute('aria-label'))).toEqual(['Stäng']);
  });
});
