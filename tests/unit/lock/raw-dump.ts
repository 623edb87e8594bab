/** Every row of every store as IndexedDB keeps it, keys included: what someone at the computer could read. */
export async function rawDump(name: string): Promise<string> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
  const stores = [...idb.objectStoreNames];
  const tx = idb.transaction(stores, 'readonly');
  const parts = await Promise.all(
    stores.map(
      (store) =>
        new Promise<unknown>((resolve) => {
          const keys = tx.objectStore(store).getAllKeys();
          const rows = tx.objectStore(store).getAll();
          rows.onsuccess = () => resolve({ store, keys: keys.result, rows: rows.result });
        }),
    ),
  );
  idb.close();
  return JSON.stringify(parts);
}
