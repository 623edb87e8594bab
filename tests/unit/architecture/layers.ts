/**
 * The layers of Insyn's code, lowest first (docs/architecture.md, "Layers"). A folder may import from its
 * own layer and the layers below it, never from one above, and folders may not import each other in a
 * circle. A file directly under utils/ or entrypoints/ counts as its own folder.
 */
export const LAYERS: readonly (readonly string[])[] = [
  /** Vocabularies, terms, dates and text: zod-free, for every context. */
  ['utils/domain', 'utils/text', 'utils/ui'],
  /** Reading a page (pure). */
  ['utils/infomentor'],
  /** Judging what was read, and anonymising it into a page sample (pure). */
  ['utils/risk', 'utils/sample'],
  // The privacy policy page shows the documents themselves (entrypoints/privacy).
  ['utils/i18n', 'public/_locales', 'docs/privacy-policy.sv.md', 'docs/privacy-policy.en.md'],
  /** The lock's keys (WebCrypto): derive, seal, hold, forget. */
  ['utils/lock'],
  /** Insyn's database: schema and migrations, rows, the dashboard's queries, the append-only logs (events, visits). */
  ['utils/db'],
  /** The teacher's page recipes: their shape and matching (the school's come through the settings). */
  ['utils/recipes'],
  /** What is owed: the rules (pure), closing items. */
  ['utils/checklist'],
  ['utils/settings'],
  ['utils/templates', 'utils/privacy'],
  /** Messages between the parts: runtime messages, tabs, and the panel's field frames (utils/field). */
  ['utils/messaging', 'utils/tabs', 'utils/field'],
  /** The one writer of the database (tests/unit/architecture/one-writer.test.ts). */
  ['utils/store'],
  ['utils/export', 'utils/import', 'utils/principal'],
  /** The background's services and the content script's steps. */
  ['utils/background', 'utils/content'],
  ['components/common'],
  [
    'components/page',
    'components/popup',
    'components/teach',
    'components/sample',
    'components/export',
    'components/principal',
    'components/privacy',
    'components/privacy-policy',
    'components/lock',
  ],
  ['components/dashboard'],
  [
    'entrypoints/background',
    'entrypoints/infomentor.content',
    'entrypoints/infomentor-tools.content',
    'entrypoints/infomentor-forms.content',
    'entrypoints/popup',
    'entrypoints/dashboard',
    'entrypoints/teach',
    'entrypoints/sample',
    'entrypoints/privacy',
    'entrypoints/field',
  ],
];
