import type { DBCore, DBCoreIndex, DBCoreKeyRange, DBCoreMutateRequest, DBCoreQueryRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import Dexie, { cmp } from 'dexie';
import { isSealed, openSealed, sealId, sealText, type LockKeys } from '../lock/crypto';
import type { SealingState } from '../lock/state';
import { LockProblemError } from '../lock/problems';
import { arrayCursor, type OpenedRow } from './sealed-cursor';

/**
 * The lock's sealing of rows (docs/privacy.md, "The lock for shared computers"): a Dexie DBCore middleware
 * that seals the declared fields of each table on write and opens them on read while the lock's keys are
 * present. Free text gets a random IV. Indexed values cannot carry a random IV, so they are sealed with a
 * fixed IV keyed by HMAC (`sealId`): ids that carry a pupil's name (`name:…` pupil ids, and the ids built
 * from them, in keys and indexes) and the `keyed` fields (a visit's address). An equality lookup still
 * finds them; a range over them is answered by reading the table and filtering in clear.
 */
export interface SealedTable {
  /** Fields sealed whole (any JSON value), never indexed. */
  text: readonly string[];
  /** Indexed fields whose ids may carry a name: sealed when they do. */
  ids: readonly string[];
  /** Indexed fields sealed always (with the fixed IV, so the index still finds equal values). */
  keyed?: readonly string[];
  /** The primary key itself may carry a name (a compound key: any of its parts). */
  primaryKey: boolean;
}

/**
 * Every table that may hold a pupil's name or free text. Left in clear, on purpose: `settings` (the
 * teacher's own configuration and the lock's parameters, read before the lock can open) and the fields
 * counts are made of (dates, statuses, subjects, groups, terms, InfoMentor's `im:` ids).
 */
export const SEALED_TABLES: Readonly<Record<string, SealedTable>> = {
  pupils: { text: ['name', 'interpreter', 'guardianExempt'], ids: [], primaryKey: true },
  risks: { text: ['evidence', 'statusReason', 'page'], ids: ['pupilId'], primaryKey: true },
  documents: { text: ['page'], ids: ['pupilId'], primaryKey: true },
  contacts: { text: ['summary', 'withWhom', 'riskIds'], ids: ['pupilId'], primaryKey: false },
  checklist: { text: ['page'], ids: ['pupilId'], primaryKey: true },
  adaptations: { text: ['what', 'note', 'by'], ids: ['pupilId'], primaryKey: false },
  referrals: { text: ['by'], ids: ['pupilId'], primaryKey: false },
  events: { text: ['subject'], ids: [], primaryKey: false },
  schoolExports: { text: ['data'], ids: [], primaryKey: false },
  // A template or a recipe the teacher wrote may name a pupil; a recipe's paths may hold her id.
  templates: { text: ['name', 'subject', 'body'], ids: [], primaryKey: false },
  recipes: { text: ['name', 'recipe'], ids: [], primaryKey: false },
  visits: { text: ['error'], ids: [], keyed: ['url'], primaryKey: false },
  // The row ids of what arrived in an import: a pupil id there may carry her name.
  arrivals: { text: [], ids: ['id'], primaryKey: true },
};

/** A write while the lock is closed: nothing is stored in clear and nothing is lost, the caller is told. */
export class LockedError extends LockProblemError {
  constructor() {
    super('locked');
    this.name = 'LockedError';
  }
}

const RANGE_EQUAL = 1;
const RANGE_ANY = { type: 3, lower: undefined, upper: undefined } as DBCoreKeyRange;
const PING_KEY = '\u0000insyn-keep-alive';

/**
 * Every operation here hands Dexie its own promises (the lower level's, chained with `then`), and seals
 * and opens synchronously (utils/lock/crypto.ts): a native promise or an `await` in between would let the
 * transaction's zone go, and IndexedDB commit a transaction with no request pending (issue 22: a reading
 * after unlocking failed with PrematureCommitError).
 */
const DexiePromise = Dexie.Promise;
const rejected = (error: unknown) => DexiePromise.reject(error instanceof Error ? error : new Error(String(error)));

/**
 * The one wait on something outside the database: the lock's state while the context still learns it.
 * A small read keeps the transaction alive meanwhile, and the answer is handed on from inside a read's
 * success, where the transaction is active (what Dexie.waitFor does, dexie/Dexie.js#374).
 */
function inTransaction<T>(down: DBCoreTable, trans: DBCoreTransaction, work: PromiseLike<T>): Promise<T> {
  let settled: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  work.then(
    (value) => (settled = { ok: true, value }),
    (error: unknown) => (settled = { ok: false, error }),
  );
  const ping = (): Promise<T> =>
    down.get({ trans, key: PING_KEY }).then(() => {
      if (!settled) return ping();
      if (settled.ok) return settled.value;
      throw settled.error instanceof Error ? settled.error : new Error(String(settled.error));
    });
  return ping();
}

/** Whether an id (or a part of a compound key) carries a pupil's name. */
const carriesName = (id: unknown): boolean => (Array.isArray(id) ? id.some(carriesName) : typeof id === 'string' && id.includes('name:'));

/** A key as it is stored: sealed when it carries a name, or always for a `keyed` field's string. */
function sealKey(keys: LockKeys, key: unknown, keyed = false): unknown {
  if (Array.isArray(key)) return key.map((part) => sealKey(keys, part));
  if (typeof key === 'string' && (keyed || carriesName(key))) return sealId(keys, key);
  return key;
}

function openKey(keys: LockKeys, key: unknown): unknown {
  if (Array.isArray(key)) return key.map((part) => openKey(keys, part));
  return isSealed(key) ? openSealed(keys, key) : key;
}

/** Whether the primary key is a field of its own to seal (not one of the ids, sealed already). */
const ownKey = (spec: SealedTable, keyPath: string | null): keyPath is string =>
  spec.primaryKey && keyPath !== null && !spec.ids.includes(keyPath);

function sealRow(keys: LockKeys, spec: SealedTable, keyPath: string | null, row: unknown): unknown {
  if (!row || typeof row !== 'object') return row;
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const field of spec.text) if (out[field] !== undefined) out[field] = sealText(keys, JSON.stringify(out[field]));
  for (const field of spec.ids) out[field] = sealKey(keys, out[field]);
  for (const field of spec.keyed ?? []) if (out[field] !== undefined) out[field] = sealKey(keys, out[field], true);
  if (ownKey(spec, keyPath)) out[keyPath] = sealKey(keys, out[keyPath]);
  return out;
}

function openRow(keys: LockKeys, spec: SealedTable, keyPath: string | null, row: unknown): unknown {
  if (!row || typeof row !== 'object') return row;
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const field of spec.text) {
    const value = out[field];
    if (isSealed(value)) out[field] = JSON.parse(openSealed(keys, value)) as unknown;
  }
  for (const field of [...spec.ids, ...(spec.keyed ?? [])]) out[field] = openKey(keys, out[field]);
  if (ownKey(spec, keyPath)) out[keyPath] = openKey(keys, out[keyPath]);
  return out;
}

/** The rows of a table as they are kept, and back: for setting and removing the lock (utils/store/lock.ts). */
export function sealStoredRow(keys: LockKeys, table: string, row: unknown): unknown {
  const spec = SEALED_TABLES[table];
  return spec ? sealRow(keys, spec, 'id', row) : row;
}

export function openStoredRow(keys: LockKeys, table: string, row: unknown): unknown {
  const spec = SEALED_TABLES[table];
  return spec ? openRow(keys, spec, 'id', row) : row;
}

const isKeyed = (spec: SealedTable, index: DBCoreIndex) =>
  !index.isPrimaryKey && typeof index.keyPath === 'string' && (spec.keyed ?? []).includes(index.keyPath);

function sealsIndex(spec: SealedTable, index: DBCoreIndex): boolean {
  if (index.isPrimaryKey) return spec.primaryKey;
  return typeof index.keyPath === 'string' && (spec.ids.includes(index.keyPath) || isKeyed(spec, index));
}

function inRange(cmp: Compare, range: DBCoreKeyRange, key: unknown): boolean {
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

type Compare = (a: unknown, b: unknown) => number;
type Current = () => SealingState | Promise<SealingState>;

/** One sealed table below the middleware: what every operation on it needs. */
interface Sealed {
  down: DBCoreTable;
  spec: SealedTable;
  cmp: Compare;
  current: Current;
  keyPath: string | null;
}

export function sealingMiddleware(cmp: Compare, current: Current) {
  return {
    stack: 'dbcore' as const,
    name: 'insyn-sealing',
    create(downCore: DBCore): Partial<DBCore> {
      return { ...downCore, table: (name: string) => sealedTable(downCore.table(name), cmp, current) };
    },
  };
}

const isPending = (state: SealingState | Promise<SealingState>): state is Promise<SealingState> => 'then' in state;

/**
 * Runs `run` with the keys when the lock is open, `plain` when there is no lock. Closed, a write or a
 * lookup that needs sealing is refused: it cannot be sealed, and it is never made in clear.
 */
function withKeys<T>(
  t: Sealed,
  trans: DBCoreTransaction,
  needsKeys: boolean,
  plain: () => Promise<T>,
  run: (keys: LockKeys) => Promise<T>,
): Promise<T> {
  // A schema upgrade moves rows as they are stored (and must not wait on the lock, which reads this database).
  if ((trans as unknown as IDBTransaction).mode === 'versionchange') return plain();
  const choose = (now: SealingState) => {
    if (now.state === 'open') return run(now.keys);
    if (now.state === 'closed' && needsKeys) throw new LockedError();
    return plain();
  };
  const asked = t.current();
  if (isPending(asked)) return inTransaction(t.down, trans, asked).then(choose);
  try {
    return choose(asked);
  } catch (error) {
    return rejected(error);
  }
}

/** Whether a query's range must be sealed to be asked: a closed lock refuses it. */
function rangeNeedsKeys(t: Sealed, range: DBCoreKeyRange, index: DBCoreIndex): boolean {
  if (!sealsIndex(t.spec, index)) return false;
  if (isKeyed(t.spec, index)) return range.type !== RANGE_ANY.type;
  return carriesName(range.lower) || carriesName(range.upper);
}

const openAll = (t: Sealed, keys: LockKeys, rows: unknown[]) => rows.map((row) => openRow(keys, t.spec, t.keyPath, row));

/** Rows in clear with their keys, in the order IndexedDB would give them in clear. */
function ordered(t: Sealed, values: unknown[], index: DBCoreIndex, req: DBCoreQueryRequest): OpenedRow[] {
  const rows = values.map((value) => ({
    value,
    primaryKey: t.down.schema.primaryKey.extractKey?.(value),
    key: (index.extractKey ?? (() => undefined))(value),
  }));
  rows.sort((a, b) => t.cmp(a.key, b.key) || t.cmp(a.primaryKey, b.primaryKey));
  if (req.direction?.startsWith('prev')) rows.reverse();
  return rows;
}

/** Every row of the query's range in clear, in the order of its index: for ranges over sealed values. */
function scan(t: Sealed, keys: LockKeys, req: DBCoreQueryRequest): Promise<OpenedRow[]> {
  const all = { trans: req.trans, values: true, query: { index: t.down.schema.primaryKey, range: RANGE_ANY } };
  return t.down
    .query(all)
    .then(({ result }) =>
      ordered(t, openAll(t, keys, result), req.query.index, req).filter(
        (row) => row.key !== undefined && inRange(t.cmp, req.query.range, row.key),
      ),
    );
}

/** The query as it goes down: an equal range over sealed values sealed, any other unchanged. */
function downQuery<R extends { query: DBCoreQueryRequest['query'] }>(t: Sealed, keys: LockKeys, req: R): R {
  const { index, range } = req.query;
  if (!sealsIndex(t.spec, index) || range.type !== RANGE_EQUAL) return req;
  const sealed = sealKey(keys, range.lower, isKeyed(t.spec, index));
  return { ...req, query: { ...req.query, range: { type: RANGE_EQUAL, lower: sealed, upper: sealed } as DBCoreKeyRange } };
}

// A range (or the order) over sealed values cannot be asked of the index: the table is read and filtered in clear.
const needsScan = (t: Sealed, index: DBCoreIndex, range: DBCoreKeyRange) => sealsIndex(t.spec, index) && range.type !== RANGE_EQUAL;

/**
 * The rows of a query in clear, in the order IndexedDB would give them in clear. Where primary keys are
 * sealed, rows with the same index key would come in the order of their sealed keys, so they are sorted.
 */
function rowsFor(t: Sealed, keys: LockKeys, req: DBCoreQueryRequest): Promise<OpenedRow[]> {
  if (needsScan(t, req.query.index, req.query.range)) return scan(t, keys, req);
  return t.down.query(downQuery(t, keys, { ...req, values: true, limit: undefined })).then(({ result }) => {
    const values = openAll(t, keys, result);
    if (t.spec.primaryKey) return ordered(t, values, req.query.index, req);
    const index = req.query.index;
    return values.map((value) => ({ value, primaryKey: t.down.schema.primaryKey.extractKey?.(value), key: index.extractKey?.(value) }));
  });
}

function uniqueByKey(rows: OpenedRow[], cmp: Compare): OpenedRow[] {
  return rows.filter((row, i) => i === 0 || cmp(rows[i - 1]!.key, row.key) !== 0);
}

/** How many rows a write changes: a write of nothing needs no keys (seeding with nothing new, while locked). */
const writesSomething = (req: DBCoreMutateRequest) =>
  req.type === 'deleteRange' || (req.type === 'delete' ? req.keys.length > 0 : req.values.length > 0);

function sealRequest(t: Sealed, keys: LockKeys, req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type === 'deleteRange') {
    if (t.spec.primaryKey && req.range.type !== RANGE_ANY.type) throw new Error('deleteRange over sealed ids');
    return req;
  }
  const sealedKeys = req.keys?.map((key) => sealKey(keys, key));
  if (req.type === 'delete') return { type: 'delete', trans: req.trans, keys: sealedKeys ?? [] };
  const values = req.values.map((row) => sealRow(keys, t.spec, t.keyPath, row));
  // Dexie's criteria, changeSpec and updates describe the change in clear; without them it sends whole rows.
  return { type: req.type, trans: req.trans, values, keys: sealedKeys, mutatedParts: req.mutatedParts } as DBCoreMutateRequest;
}

/** Writes: rows and keys sealed on the way down, the keys Dexie gets back opened. */
function mutate(t: Sealed, req: DBCoreMutateRequest) {
  return withKeys(
    t,
    req.trans,
    writesSomething(req),
    () => t.down.mutate(req),
    (keys) =>
      t.down.mutate(sealRequest(t, keys, req)).then((res) => {
        if (!res.results) return res;
        const results = res.results.map((key) => openKey(keys, key));
        return { ...res, results, lastResult: results[results.length - 1] };
      }),
  );
}

function query(t: Sealed, req: DBCoreQueryRequest) {
  return withKeys(
    t,
    req.trans,
    rangeNeedsKeys(t, req.query.range, req.query.index),
    () => t.down.query(req),
    (keys) => {
      if (t.spec.primaryKey || needsScan(t, req.query.index, req.query.range))
        return rowsFor(t, keys, { ...req, limit: undefined }).then((rows) => {
          const chosen = (req.direction?.endsWith('unique') ? uniqueByKey(rows, t.cmp) : rows).slice(0, req.limit ?? Infinity);
          return { result: chosen.map((row) => (req.values ? row.value : row.primaryKey)) };
        });
      return t.down.query(downQuery(t, keys, req)).then(({ result }) => ({
        result: req.values ? openAll(t, keys, result) : result.map((key) => openKey(keys, key)),
      }));
    },
  );
}

/** The reads by primary key, counts and cursors of a sealed table. */
function lookups(t: Sealed): Pick<DBCoreTable, 'get' | 'getMany' | 'count' | 'openCursor'> {
  const { down } = t;
  return {
    get: (req) =>
      withKeys(
        t,
        req.trans,
        carriesName(req.key),
        () => down.get(req),
        (keys) => down.get({ ...req, key: sealKey(keys, req.key) }).then((row: unknown) => openAll(t, keys, [row])[0]),
      ),
    getMany: (req) =>
      withKeys(
        t,
        req.trans,
        req.keys.some(carriesName),
        () => down.getMany(req),
        (keys) => down.getMany({ ...req, keys: req.keys.map((key) => sealKey(keys, key)) }).then((rows) => openAll(t, keys, rows)),
      ),
    // A count of a whole index is the same sealed or in clear: it goes down at once, with no keys asked.
    count: (req) =>
      req.query.range.type === RANGE_ANY.type
        ? down.count(req)
        : withKeys(
            t,
            req.trans,
            rangeNeedsKeys(t, req.query.range, req.query.index),
            () => down.count(req),
            (keys) =>
              needsScan(t, req.query.index, req.query.range)
                ? scan(t, keys, { trans: req.trans, query: req.query }).then((rows) => rows.length)
                : down.count(downQuery(t, keys, req)),
          ),
    openCursor: (req) =>
      withKeys(
        t,
        req.trans,
        rangeNeedsKeys(t, req.query.range, req.query.index),
        () => down.openCursor(req),
        (keys) =>
          rowsFor(t, keys, { trans: req.trans, query: req.query, direction: req.reverse ? 'prev' : 'next' }).then((rows) =>
            arrayCursor(req.trans, req.unique ? uniqueByKey(rows, t.cmp) : rows, t.cmp, req.reverse ?? false),
          ),
      ),
  };
}

function sealedTable(down: DBCoreTable, cmp: Compare, current: Current): DBCoreTable {
  const spec = SEALED_TABLES[down.name];
  if (!spec) return down;
  const keyPath = typeof down.schema.primaryKey.keyPath === 'string' ? down.schema.primaryKey.keyPath : null;
  const t: Sealed = { down, spec, cmp, current, keyPath };
  return { ...down, mutate: (req) => mutate(t, req), query: (req) => query(t, req), ...lookups(t) };
}

/** For writes that may wait for the lock (a visit, a built-in template): closed, they are skipped, not failed. */
export function unlessLocked(error: unknown): void {
  if (!(error instanceof LockedError)) throw error;
}

const lockOf = new WeakMap<Dexie, Current>();

/** Seal this database's rows with the lock's keys whenever `current` says the lock is open. */
export function useSealing(db: Dexie, current: Current): void {
  lockOf.set(db, current);
  db.use(sealingMiddleware(cmp, current));
}

/**
 * Refuses (LockedError) while this database's lock is closed. For work that shows what is stored even when
 * it writes nothing new (a page read again within the hour): reads while closed give sealed rows, never an
 * error, so a refusal by a write alone would not come. Asked before a transaction, never inside one.
 */
export async function refuseWhileLocked(db: Dexie): Promise<void> {
  const current = lockOf.get(db);
  if (current && (await current()).state === 'closed') throw new LockedError();
}
