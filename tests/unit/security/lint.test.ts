// @vitest-environment node
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Lints a code string as if it were a file in the repository, with the repository's eslint.config.js. */
async function ruleIds(code: string, filePath = 'utils/sample.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('eslint.config.js', () => {
  it.each([
    ['innerHTML assignment', 'export function f(el: HTMLElement, name: string) { el.innerHTML = name; }', 'no-unsanitized/property'],
    ['outerHTML assignment', 'export function f(el: HTMLElement, name: string) { el.outerHTML = name; }', 'no-unsanitized/property'],
    [
      'insertAdjacentHTML',
      "export function f(el: HTMLElement, name: string) { el.insertAdjacentHTML('beforeend', name); }",
      'no-unsanitized/method',
    ],
    ['document.write', 'export function f(name: string) { document.write(name); }', 'no-unsanitized/method'],
    [
      'dangerouslySetInnerHTML in JSX',
      'export const C = ({ name }: { name: string }) => <p dangerouslySetInnerHTML={{ __html: name }} />;',
      'no-restricted-syntax',
    ],
    [
      'dangerouslySetInnerHTML in h()',
      "import { h } from 'preact'; export const v = (name: string) => h('p', { dangerouslySetInnerHTML: { __html: name } });",
      'no-restricted-syntax',
    ],
    ['fetch', "export const f = () => fetch('https://example.invalid/');", 'no-restricted-globals'],
    ['window.fetch', "export const f = () => window.fetch('https://example.invalid/');", 'no-restricted-properties'],
    ['XMLHttpRequest', 'export const f = () => new XMLHttpRequest();', 'no-restricted-globals'],
    ['WebSocket', "export const f = () => new WebSocket('wss://example.invalid/');", 'no-restricted-globals'],
    ['EventSource', "export const f = () => new EventSource('/x');", 'no-restricted-globals'],
    ['sendBeacon', "export const f = () => navigator.sendBeacon('/x', 'data');", 'no-restricted-properties'],
    ['eval', 'export const f = (code: string) => eval(code);', 'no-eval'],
    ['new Function', 'export const f = (code: string) => new Function(code);', 'no-new-func'],
  ])('reports %s', async (_label, code, rule) => {
    expect(await ruleIds(code)).toContain(rule);
  });

  it('reports a function over 60 lines, blank lines and comments aside', async () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};\n  // why\n`).join('\n');
    // The function's own line, n statements and the return and closing lines: 60 lines at n = 57.
    const fn = (n: number) => `export function f() {\n${body(n)}  return 0;\n}\n`;
    expect(await ruleIds(fn(57))).not.toContain('max-lines-per-function');
    expect(await ruleIds(fn(58))).toContain('max-lines-per-function');
  });

  it('accepts text rendering and blob downloads', async () => {
    const code = [
      "import { render } from 'preact';",
      'export function show(el: HTMLElement, name: string) {',
      '  el.textContent = name;',
      '  render(<p title={name}>{name}</p>, el);',
      "  const url = URL.createObjectURL(new Blob([name], { type: 'text/csv' }));",
      "  const a = document.createElement('a');",
      '  a.href = url;',
      '  return a;',
      '}',
    ].join('\n');
    expect(await ruleIds(code)).toEqual([]);
  });

  it('applies the network rules to components and entrypoints too', async () => {
    const code = "export const f = () => fetch('/x');";
    expect(await ruleIds(code, 'components/sample.tsx')).toContain('no-restricted-globals');
    expect(await ruleIds(code, 'entrypoints/sample.content/index.tsx')).toContain('no-restricted-globals');
  });
});
