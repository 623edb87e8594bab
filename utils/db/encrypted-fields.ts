import type {
  DBCore,
  DBCoreCursor,
  DBCoreIndex,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreQueryRequest,
  DBCoreTable,
  DBCoreTransaction,
  Dexie,
} from 'dexie';
import { cmp } from 'dexie';
import { isSealed, openSealed, sealId, sealText, type LockKeys } from '../lock/crypto';
import type { SealingState } from '../lock/state';

/**
 * The lock's sealing of rows (docs/privacy.md, "The lock for shared computers"): a Dexie DBCore middleware
 * that seals the declared fields of each table on write and opens them on read while the lock's keys are
 * present. Free text gets a random IV. Ids that carry a pupil's name (`name:…` pupil ids, and the ids
 * built from them) sit in keys and indexes, so they are sealed with a fixed IV (`sealId`): an equality
 * lookup still finds them; a range over them is answered by reading the table and filtering in clear.
 */
export interface SealedTable {
  /** Fields sealed whole (any JSON value), never indexed. */
  text: readonly string[];
  /** Indexed fields whose ids may carry a name. */
  ids: readonly string[];
  /** The primary key itself may carry a name. */
  primaryKey: boolean;
}

export const SEALED_TABLES: Readonly<Record<string, SealedTable>> = {
  pupils: { text: ['name', 'interpreter', 'guardianExempt'], ids: [], primaryKey: true },
  risks: { text: ['evidence', 'statusReason'], ids: ['pupilId'], primaryKey: true },
  documents: { text: [], ids: ['pupilId'], primaryKey: true },
  contacts: { text: ['summary', 'withWhom', 'riskIds'], ids: ['pupilId'], primaryKey: false },
  checklist: { text: [], ids: ['pupilId'], primaryKey: true },
  adaptations: { text: ['what', 'note', 'by'], ids: ['pupilId'], primaryKey: false },
  referrals: { text: ['by'], ids: ['pupilId'], primaryKey: false },
  events: { text: ['subject'], ids: [], primaryKey: false },
  schoolExports: { text: ['data'], ids: [], primaryKey: false },
};

/** A write while the lock is closed: nothing is stored in clear and nothing is lost, the caller is told. */
export class LockedError extends Error {
  constructor() {
    super('Insyn är låst: lås upp med lösenfrasen först.');
    this.name = 'LockedError';
  }
}

const RANGE_EQUAL = 1;
const RANGE_ANY = { type: 3, lower: undefined, upper: undefined } as DBCoreKeyRange;
const PING_KEY = '\u0000insyn-keep-alive';

/**
 * WebCrypto is asynchronous and IndexedDB commits a transaction that has no request pending, so while the
 * crypto works a small read keeps the transaction alive, and the result is handed on from inside a read's
 * success, where the transaction is active (what Dexie.waitFor does, dexie/Dexie.js#374).
 */
function inTransaction<T>(down: DBCoreTable, trans: DBCoreTransaction, work: Promise<T>): Promise<T> {
  let settled: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  work.then(
    (value) => (settled = { ok: true, value }),
    (error: unknown) => (settled = { ok: false, error }),
  );
  return new Promise<T>((resolve, reject) => {
    const ping = (): void => {
      down.get({ trans, key: PING_KEY }).then(() => {
        if (!settled) ping();
        else if (settled.ok) resolve(settled.value);
        else reject(settled.error instanceof Error ? settled.error : new Error(String(settled.error)));
      }, reject);
    };
    ping();
  });
}

const carriesName = (id: unknown): id is string => typeof id === 'string' && id.includes('name:');

function sealKey(keys: LockKeys, key: unknown): Promise<unknown> {
  return carriesName(key) ? sealId(keys, key) : Promise.resolve(key);
}

function openKey(keys: LockKeys, key: unknown): Promise<unknown> {
  return isSealed(key) ? openSealed(keys, key) : Promise.resolve(key);
}

async function sealRow(keys: LockKeys, spec: SealedTable, keyPath: string | null, row: unknown): Promise<unknown> {
  if (!row || typeof row !== 'object') return row;
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const field of spec.text) if (out[field] !== undefined) out[field] = await sealText(keys, JSON.stringify(out[field]));
  for (const field of spec.ids) out[field] = await sealKey(keys, out[field]);
  if (spec.primaryKey && keyPath) out[keyPath] = await sealKey(keys, out[keyPath]);
  return out;
}

async function openRow(keys: LockKeys, spec: SealedTable, keyPath: string | null, row: unknown): Promise<unknown> {
  if (!row || typeof row !== 'object') return row;
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const field of spec.text) {
    const value = out[field];
    if (isSealed(value)) out[field] = JSON.parse(await openSealed(keys, value)) as unknown;
  }
  for (const field of spec.ids) out[field] = await openKey(keys, out[field]);
  if (spec.primaryKey && keyPath) out[keyPath] = await openKey(keys, out[keyPath]);
  return out;
}

/** The rows of a table as they are kept, and back: for setting and removing the lock (utils/store/lock.ts). */
export function sealStoredRow(keys: LockKeys, table: string, row: unknown): Promise<unknown> {
  const spec = SEALED_TABLES[table];
  return spec ? sealRow(keys, spec, 'id', row) : Promise.resolve(row);
}

export function openStoredRow(keys: LockKeys, table: string, row: unknown): Promise<unknown> {
  const spec = SEALED_TABLES[table];
  return spec ? openRow(keys, spec, 'id', row) : Promise.resolve(row);
}

function sealsIndex(spec: SealedTable, index: DBCoreIndex): boolean {
  if (index.isPrimaryKey) return spec.primaryKey;
  return typeof index.keyPath === 'string' && spec.ids.includes(index.keyPath);
}

function inRange(cmp: (a: unknown, b: unknown) => number, range: DBCoreKeyRange, key: unknown): boolean {
  if (range.type === RANGE_ANY.type) return true;
  if (range.type === RANGE_EQUAL) return cmp(key, range.lower) === 0;
  if (range.lower !== undefined) {
    const c = cmp(key, range.lower);
    if (c < 0 || (c === 0 && range.lowerOpen)) return false;
  }
  if (range.upper !== undefined) {
    const c = cmp(key, range.upper);
    if (c > 0 || (c === 0 && range.upperOpen)) return false;
  }
  return true;
}

interface OpenedRow {
  key: unknown;
  primaryKey: unknown;
  value: unknown;
}

type Current = () => SealingState | Promise<SealingState>;

export function sealingMiddleware(cmp: (a: unknown, b: unknown) => number, current: Current) {
  return {
    stack: 'dbcore' as const,
    name: 'insyn-sealing',
    create(downCore: DBCore): Partial<DBCore> {
      return { ...downCore, table: (name: string) => sealedTable(downCore.table(name), cmp, current) };
    },
  };
}

type Compare = (a: unknown, b: unknown) => number;

/** The lookups and reads a sealed table's operations share: keys or refusal, scans, sealed equal ranges. */
function readersOf(down: DBCoreTable, spec: SealedTable, cmp: Compare, current: Current) {
  const tableSpec = spec;
  const keyPath = typeof down.schema.primaryKey.keyPath === 'string' ? down.schema.primaryKey.keyPath : null;

  /** The keys when open; closed, a write or a lookup by an id that names a pupil is refused (it cannot be sealed). */
  const keysOf = (now: SealingState, write: boolean, lookups: unknown[]): LockKeys | undefined => {
    if (now.state === 'open') return now.keys;
    if (now.state === 'closed' && (write || lookups.some(carriesName))) throw new LockedError();
    return undefined;
  };
  // Without the lock the operation goes down in the same turn: an await here would leave Dexie's zone.
  const withKeys = <T>(
    trans: DBCoreTransaction,
    write: boolean,
    lookups: unknown[],
    plain: () => Promise<T>,
    run: (keys: LockKeys) => Promise<T>,
  ): Promise<T> => {
    const choose = (now: SealingState) => {
      const keys = keysOf(now, write, lookups);
      return keys ? run(keys) : plain();
    };
    const asked = current();
    if (asked instanceof Promise) return inTransaction(down, trans, asked).then(choose);
    try {
      return choose(asked);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const lookupsOf = (range: DBCoreKeyRange, index: DBCoreIndex): unknown[] => (sealsIndex(spec, index) ? [range.lower, range.upper] : []);
  const all = <T>(trans: DBCoreTransaction, work: Promise<T>[]) => inTransaction(down, trans, Promise.all(work));

  /** Every row of the query's range in clear, in the order of its index: for ranges over sealed ids. */
  const scan = async (keys: LockKeys, req: DBCoreQueryRequest): Promise<OpenedRow[]> => {
    const index = req.query.index;
    const { result } = await down.query({ trans: req.trans, values: true, query: { index: down.schema.primaryKey, range: RANGE_ANY } });
    const values = await all(
      req.trans,
      result.map((row) => openRow(keys, spec, keyPath, row)),
    );
    const rows = values
      .map((value) => ({
        value,
        primaryKey: down.schema.primaryKey.extractKey?.(value),
        key: (index.extractKey ?? (() => undefined))(value),
      }))
      .filter((row) => row.key !== undefined && inRange(cmp, req.query.range, row.key))
      .sort((a, b) => cmp(a.key, b.key) || cmp(a.primaryKey, b.primaryKey));
    if (req.direction?.startsWith('prev')) rows.reverse();
    return rows;
  };

  const equalRange = async (keys: LockKeys, trans: DBCoreTransaction, range: DBCoreKeyRange): Promise<DBCoreKeyRange> => {
    const [sealed] = await all(trans, [sealKey(keys, range.lower)]);
    return { type: RANGE_EQUAL, lower: sealed, upper: sealed };
  };

  // A range (or the order) over sealed ids cannot be asked of the index: the table is read and filtered in clear.
  const needsScan = (index: DBCoreIndex, range: DBCoreKeyRange) => sealsIndex(spec, index) && range.type !== RANGE_EQUAL;

  /**
   * The rows of a query in clear, in the order IndexedDB would give them in clear. Where primary keys are
   * sealed, rows with the same index key would come in the order of their sealed keys, so they are sorted.
   */
  const rowsFor = async (keys: LockKeys, req: DBCoreQueryRequest): Promise<OpenedRow[]> => {
    if (needsScan(req.query.index, req.query.range)) return scan(keys, req);
    const rows = await openedRows(keys, req);
    if (!spec.primaryKey) return rows;
    rows.sort((a, b) => cmp(a.key, b.key) || cmp(a.primaryKey, b.primaryKey));
    if (req.direction?.startsWith('prev')) rows.reverse();
    return rows;
  };

  async function openedRows(keys: LockKeys, req: DBCoreQueryRequest): Promise<OpenedRow[]> {
    const range =
      sealsIndex(tableSpec, req.query.index) && req.query.range.type === RANGE_EQUAL
        ? await equalRange(keys, req.trans, req.query.range)
        : req.query.range;
    const { result } = await down.query({ ...req, values: true, limit: undefined, query: { ...req.query, range } });
    const values = await all(
      req.trans,
      result.map((row) => openRow(keys, tableSpec, keyPath, row)),
    );
    const index = req.query.index;
    return values.map((value) => ({ value, primaryKey: down.schema.primaryKey.extractKey?.(value), key: index.extractKey?.(value) }));
  }
  return { keyPath, withKeys, lookupsOf, all, scan, equalRange, needsScan, rowsFor };
}

/** Writes: rows and keys sealed on the way down, the keys Dexie gets back opened. */
function writerOf(down: DBCoreTable, spec: SealedTable, r: ReturnType<typeof readersOf>) {
  const { keyPath, withKeys, all } = r;
  const mutate = (req: DBCoreMutateRequest) =>
    withKeys(
      req.trans,
      true,
      [],
      () => down.mutate(req),
      async (keys) => {
        const sealedReq = await sealRequest(keys, req);
        const res = await down.mutate(sealedReq);
        if (!res.results) return res;
        const results = await all(
          req.trans,
          res.results.map((key) => openKey(keys, key)),
        );
        return { ...res, results, lastResult: results[results.length - 1] };
      },
    );

  const sealRequest = async (keys: LockKeys, req: DBCoreMutateRequest): Promise<DBCoreMutateRequest> => {
    if (req.type === 'deleteRange') {
      if (spec.primaryKey && req.range.type !== RANGE_ANY.type) throw new Error('deleteRange over sealed ids');
      return req;
    }
    const sealedKeys = req.keys
      ? await all(
          req.trans,
          req.keys.map((key) => sealKey(keys, key)),
        )
      : undefined;
    if (req.type === 'delete') return { type: 'delete', trans: req.trans, keys: sealedKeys ?? [] };
    const values = await all(
      req.trans,
      req.values.map((row) => sealRow(keys, spec, keyPath, row)),
    );
    // Dexie's criteria, changeSpec and updates describe the change in clear; without them it sends whole rows.
    return { type: req.type, trans: req.trans, values, keys: sealedKeys, mutatedParts: req.mutatedParts } as DBCoreMutateRequest;
  };

  return mutate;
}

// The operations of one sealed table; the shared reads and the write are above.
function sealedTable(down: DBCoreTable, cmp: Compare, current: Current): DBCoreTable {
  const spec = SEALED_TABLES[down.name];
  if (!spec) return down;
  const r = readersOf(down, spec, cmp, current);
  const { keyPath, withKeys, lookupsOf, all, scan, equalRange, needsScan, rowsFor } = r;
  const mutate = writerOf(down, spec, r);
  const query = (req: DBCoreQueryRequest) =>
    withKeys(
      req.trans,
      false,
      lookupsOf(req.query.range, req.query.index),
      () => down.query(req),
      async (keys) => {
        if (spec.primaryKey || needsScan(req.query.index, req.query.range)) {
          const all = await rowsFor(keys, { ...req, limit: undefined });
          const rows = (req.direction?.endsWith('unique') ? uniqueByKey(all, cmp) : all).slice(0, req.limit ?? Infinity);
          return { result: rows.map((row) => (req.values ? row.value : row.primaryKey)) };
        }
        const range = sealsIndex(spec, req.query.index) ? await equalRange(keys, req.trans, req.query.range) : req.query.range;
        const { result } = await down.query({ ...req, query: { ...req.query, range } });
        const open = req.values ? (row: unknown) => openRow(keys, spec, keyPath, row) : (key: unknown) => openKey(keys, key);
        return { result: await all(req.trans, result.map(open)) };
      },
    );

  return {
    ...down,
    mutate,
    query,
    get(req) {
      return withKeys(
        req.trans,
        false,
        [req.key],
        () => down.get(req),
        async (keys) => {
          const [key] = await all(req.trans, [sealKey(keys, req.key)]);
          const row: unknown = await down.get({ ...req, key });
          return row === undefined ? row : (await all(req.trans, [openRow(keys, spec, keyPath, row)]))[0];
        },
      );
    },
    getMany(req) {
      return withKeys(
        req.trans,
        false,
        req.keys,
        () => down.getMany(req),
        async (keys) => {
          const sealed = await all(
            req.trans,
            req.keys.map((key) => sealKey(keys, key)),
          );
          const rows = await down.getMany({ ...req, keys: sealed });
          return all(
            req.trans,
            rows.map((row: unknown) => openRow(keys, spec, keyPath, row)),
          );
        },
      );
    },
    count(req) {
      return withKeys(
        req.trans,
        false,
        lookupsOf(req.query.range, req.query.index),
        () => down.count(req),
        async (keys) => {
          if (needsScan(req.query.index, req.query.range)) return (await scan(keys, { trans: req.trans, query: req.query })).length;
          if (!sealsIndex(spec, req.query.index) || req.query.range.type !== RANGE_EQUAL) return down.count(req);
          return down.count({ ...req, query: { ...req.query, range: await equalRange(keys, req.trans, req.query.range) } });
        },
      );
    },
    openCursor(req) {
      return withKeys(
        req.trans,
        false,
        lookupsOf(req.query.range, req.query.index),
        () => down.openCursor(req),
        async (keys) => {
          const rows = await rowsFor(keys, { trans: req.trans, query: req.query, direction: req.reverse ? 'prev' : 'next' });
          return arrayCursor(req.trans, req.unique ? uniqueByKey(rows, cmp) : rows, cmp, req.reverse ?? false);
        },
      );
    },
  };
}

function uniqueByKey(rows: OpenedRow[], cmp: (a: unknown, b: unknown) => number): OpenedRow[] {
  return rows.filter((row, i) => i === 0 || cmp(rows[i - 1]!.key, row.key) !== 0);
}

/** A cursor over rows already read and opened: Dexie's filters, offsets and `each` walk it as a real one. */
function arrayCursor(
  trans: DBCoreTransaction,
  rows: OpenedRow[],
  cmp: (a: unknown, b: unknown) => number,
  reverse: boolean,
): DBCoreCursor | null {
  if (!rows.length) return null;
  let at = 0;
  let stopped: ((value?: unknown) => void) | undefined;
  let failed: ((error: Error) => void) | undefined;
  let step: number | undefined;
  let callback: (() => void) | undefined;
  let pumping = false;
  const move = (to: number) => {
    step = to;
    if (!pumping) {
      at = to;
      pump();
    }
  };
  const cursor = {
    trans,
    get key() {
      return rows[at]?.key;
    },
    get primaryKey() {
      return rows[at]?.primaryKey;
    },
    get value() {
      return rows[at]?.value;
    },
    get done() {
      return at >= rows.length;
    },
    continue(key?: unknown) {
      if (key === undefined) return move(at + 1);
      let next = at + 1;
      while (next < rows.length && (reverse ? cmp(rows[next]!.key, key) > 0 : cmp(rows[next]!.key, key) < 0)) next += 1;
      move(next);
    },
    continuePrimaryKey(key: unknown, primaryKey: unknown) {
      let next = at + 1;
      while (
        next < rows.length &&
        (cmp(rows[next]!.key, key) < 0 || (cmp(rows[next]!.key, key) === 0 && cmp(rows[next]!.primaryKey, primaryKey) < 0))
      )
        next += 1;
      move(next);
    },
    advance(count: number) {
      move(at + count);
    },
    stop(value?: unknown) {
      stopped?.(value);
      stopped = undefined;
    },
    fail(error: Error) {
      failed?.(error);
      stopped = undefined;
    },
    next() {
      let once = true;
      return cursor.start(() => (once ? ((once = false), cursor.continue()) : cursor.stop())).then(() => cursor as DBCoreCursor);
    },
    start(onNext: () => void) {
      callback = onNext;
      return new Promise<unknown>((resolve, reject) => {
        stopped = resolve;
        failed = reject;
        pump();
      });
    },
  };
  /** Calls back for each row the caller moves to; a move made later (not inside the callback) pumps again. */
  function pump(): void {
    if (pumping) return;
    pumping = true;
    while (stopped && at < rows.length) {
      step = undefined;
      try {
        callback?.();
      } catch (error) {
        cursor.fail(error instanceof Error ? error : new Error(String(error)));
      }
      if (step === undefined) break;
      at = step;
    }
    pumping = false;
    if (stopped && at >= rows.length) cursor.stop();
  }
  return cursor as DBCoreCursor;
}

/** Seal this database's rows with the lock's keys whenever `current` says the lock is open. */
export function useSealing(db: Dexie, current: Current): void {
  db.use(sealingMiddleware(cmp, current));
}
