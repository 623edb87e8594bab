import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../tools/fixture-server';
import { InsynExportSchema } from '../../../utils/export/schema';
import { setLanguage, t } from '../../../utils/i18n';
import { SLOW, type BrowserName, type InsynBrowser, type Target } from '../driver/driver';
import { launchDriver } from '../driver/launch';

/**
 * A teacher moves Insyn to another computer: after a visit to the 5A page, the dashboard's JSON export
 * is saved; a browser with a fresh profile (nothing in Insyn) imports that file with a preview, and ends
 * up with the same pupils, risks, documents and checklist.
 */
const FIXTURE = 'infomentor/kunskapssammanstallning-5a-matematik.html';
const TABLES = ['pupils', 'risks', 'documents', 'checklist'] as const;

/** The export → import journey in one browser; the thin export-import.<browser>.e2e.test.ts files run it. */
export function exportImportJourney(name: BrowserName): void {
  let server: FixtureServer;
  let dir: string;
  const open: InsynBrowser[] = [];
  const launch = async () => {
    const browser = await launchDriver(name, { fixturePort: server.port });
    open.push(browser);
    return browser;
  };

  beforeAll(async () => {
    setLanguage('sv');
    dir = mkdtempSync(join(tmpdir(), 'insyn-export-'));
    server = await startFixtureServer();
  });

  afterAll(async () => {
    for (const browser of open) await browser.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Each table's rows, ordered by id, so two databases compare row for row. */
  async function snapshot(browser: InsynBrowser) {
    const rows = await Promise.all(TABLES.map((table) => browser.readTable<{ id: string }>(table)));
    return Object.fromEntries(TABLES.map((table, i) => [table, rows[i]!.sort((a, b) => a.id.localeCompare(b.id))]));
  }

  describe(`export to a JSON file and import it elsewhere (${name})`, () => {
    it('exports everything as JSON; a fresh browser imports the file with a preview and holds the same data', async () => {
      // 1. A visit fills Insyn.
      const first = await launch();
      const page = await first.openPage(server.url(FIXTURE));
      await expect.poll(() => page.count({ css: '[data-insyn-badge]' }), SLOW).toBeGreaterThan(0);
      await expect.poll(async () => (await first.readTable('checklist')).length, SLOW).toBeGreaterThan(0);
      await page.close();
      const before = await snapshot(first);
      expect(before.pupils!.length).toBeGreaterThan(0);
      expect(before.risks!.length).toBeGreaterThan(0);

      // 2. The dashboard's "Exportera allt (JSON)": a valid Insyn file with the pupils' real names. The
      // teacher's name and school are asked for at the export itself (the settings have none yet).
      const dashboard = await first.openExtensionPage('dashboard.html#export', 'main');
      await (await dashboard.find({ css: 'input', name: t('export_authorTeacher') })).fill('Lena Lärare');
      await (await dashboard.find({ css: 'input', name: t('export_authorSchool') })).fill('Ängsskolan');
      const file = await dashboard.download({ css: 'button', name: t('export_json') });
      expect(file.name).toMatch(/\.json$/);
      const exported = InsynExportSchema.parse(JSON.parse(file.content.toString('utf8')));
      expect(exported.pseudonymised).toBe(false);
      expect([exported.teacher, exported.school]).toEqual(['Lena Lärare', 'Ängsskolan']);
      expect(exported.tables.pupils.map((p) => p.name).sort()).toEqual(
        before.pupils!.map((p) => (p as unknown as { name: string }).name).sort(),
      );
      expect(dashboard.errorsFromInsyn()).toEqual([]);
      await first.close();
      open.splice(open.indexOf(first), 1);
      const path = join(dir, file.name);
      writeFileSync(path, file.content);

      // 3. Another browser, fresh profile: nothing there until the file is imported.
      const second = await launch();
      expect(await snapshot(second)).toEqual(Object.fromEntries(TABLES.map((table) => [table, []])));
      const importing = await second.openExtensionPage('dashboard.html#export', 'main');
      await (await importing.find({ css: 'input[type="file"]', name: t('import_fileLabel') })).upload([path]);
      const preview: Target = { css: 'section', name: t('import_previewMerge', { file: file.name }) };
      await importing.find(preview);
      const pupilsRow = await importing.text({ css: 'tr', nameMatches: `^${t('import_table_pupils')}`, within: preview });
      // New, changed, unchanged, and in a merge: this database's rows kept (none here).
      expect(pupilsRow).toBe(`${t('import_table_pupils')}${before.pupils!.length}000`);
      await (await importing.find({ css: 'button', name: t('import_confirmMerge'), within: preview })).click();
      await importing.find({ css: '[role="status"]', nameMatches: '^Importen är klar: \\d+ nya och 0 ändrade\\.$' });
      expect(await snapshot(second)).toEqual(before);
      expect(importing.errorsFromInsyn()).toEqual([]);
      await importing.close();
    });
  });
}
