import nounsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

/**
 * Security lint for Insyn's own code (`npm run lint`). Not a style guide: every rule here guards a house
 * rule a school's data protection officer relies on.
 * - Text read from InfoMentor is untrusted: nothing may become markup (innerHTML and friends).
 * - No network requests of our own and no remote or generated code.
 * - Small pieces: no function of Insyn's own code over 60 lines (blank lines and comments aside), so each
 *   stays readable as one step (issue 14). A function that must be longer says why in an eslint-disable
 *   comment beside it; today none does.
 * tests/unit/security/lint.test.ts proves each rule fires on a sample violation.
 */

const markupSinks = [
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML|srcdoc)$/]',
    message: 'Page text is untrusted: set textContent or render with Preact, never markup.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
    message: 'Page text is untrusted: build nodes or render with Preact, never markup.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'document.write injects markup into the page.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Preact renders text; dangerouslySetInnerHTML would render page text as markup.',
  },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML']",
    message: 'Preact renders text; dangerouslySetInnerHTML would render page text as markup.',
  },
];

const networkMessage = 'Insyn makes no network requests of its own: data stays on this computer.';
const networkGlobals = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport'].map((name) => ({
  name,
  message: networkMessage,
}));
const networkProperties = [
  ...['window', 'globalThis', 'self'].flatMap((object) =>
    ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport'].map((property) => ({
      object,
      property,
      message: networkMessage,
    })),
  ),
  { object: 'navigator', property: 'sendBeacon', message: networkMessage },
];

export default [
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { 'no-unsanitized': nounsanitized },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': ['error', ...markupSinks],
      // Remote or generated code: MV3 forbids it and a reviewer could not vouch for it.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
    },
  },
  {
    files: ['entrypoints/**', 'components/**', 'utils/**'],
    rules: {
      'no-restricted-globals': ['error', ...networkGlobals],
      'no-restricted-properties': ['error', ...networkProperties],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: false }],
    },
  },
];
