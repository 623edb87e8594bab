/**
 * Functions evaluated inside an extension page (popup.html) of a running browser, by Playwright in
 * Chromium and by Puppeteer in Firefox. They run in the extension's origin, so they see its database
 * and its tabs API. Each is self-contained: the browser receives only its source text.
 */
import type { VisitRecord } from '../../utils/db/records';

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

/** The rows of Insyn's 'visits' table whose URL starts with the given prefix, read straight from IndexedDB. */
export function readVisitsInPage(urlPrefix: string): Promise<VisitRecord[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('insyn');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction('visits').objectStore('visits').getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        db.close();
        resolve((all.result as VisitRecord[]).filter((visit) => visit.url.startsWith(urlPrefix)));
      };
    };
  });
}

/** Every row of one table of Insyn's database, read straight from IndexedDB. */
export function readTableInPage<Row = unknown>(table: string): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('insyn');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction(table).objectStore(table).getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        db.close();
        resolve(all.result as Row[]);
      };
    };
  });
}
