/**
 * Functions evaluated inside an extension page (popup.html) of a running browser, by Playwright in
 * Chromium and by Puppeteer in Firefox. They run in the extension's origin, so they see its database
 * and its tabs API. Each is self-contained: the browser receives only its source text.
 */

type TabsApi = { tabs: { query(filter: { url: string }): Promise<Array<{ id?: number }>> } };

/** The id of the first tab whose URL matches a match pattern such as https://skola.infomentor.se/*. */
export async function findTabIdInPage(pattern: string): Promise<number> {
  // Firefox's `browser` answers with promises; Chromium's `chrome` does too under MV3.
  const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
  const tabs = await (scope.browser ?? scope.chrome).tabs.query({ url: pattern });
  const id = tabs[0]?.id;
  if (id === undefined) throw new Error(`no tab matches ${pattern}`);
  return id;
}

/**
 * Rows of one table of Insyn's database, read straight from IndexedDB; with `urlPrefix`, only rows whose
 * `url` starts with it (the visits of a page). Insyn's background owns the database: this never creates
 * it (a read before the background's first open finds no rows) and never holds a connection that would
 * block the background's schema upgrade.
 */
export function readTableInPage<Row = unknown>({ table, urlPrefix }: { table: string; urlPrefix?: string }): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('insyn');
    let created = false;
    open.onupgradeneeded = () => {
      created = true;
      open.transaction?.abort();
    };
    open.onerror = () => (created ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains(table)) {
        db.close();
        resolve([]);
        return;
      }
      const all = db.transaction(table).objectStore(table).getAll();
      all.onerror = () => {
        db.close();
        reject(all.error);
      };
      all.onsuccess = () => {
        db.close();
        const rows = all.result as Row[];
        resolve(urlPrefix === undefined ? rows : rows.filter((row) => String((row as { url?: unknown }).url).startsWith(urlPrefix)));
      };
    };
  });
}
