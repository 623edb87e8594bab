import { renumberUnsafeEventIds } from './migration-v9-event-ids';
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  AdaptationRecord,
  ArrivalRecord,
  ChecklistRecord,
  ContactRecord,
  DocumentRecord,
  EventRecord,
  PupilRecord,
  RecipeRecord,
  ReferralRecord,
  RiskRecord,
  SchoolExportRecord,
  SettingRecord,
  TemplateRecord,
  VisitRecord,
} from './records';
import { reopenUntold } from './reopen-untold';
import { useSealing } from './encrypted-fields';
import { readLockParams } from './lock-params';
import { contextLock, followSessionLock, sessionKeys } from '../lock/session';
import { stripVisitAddresses } from './visits';

/**
 * Insyn's database. Opened only in the background and in extension pages, never in a content script:
 * there it would live in InfoMentor's origin. Schema changes are new versions with upgrade functions,
 * each tested on data written by the version before (tests/unit/db/migrations.test.ts).
 */
export class InsynDatabase extends Dexie {
  visits!: EntityTable<VisitRecord, 'id'>;
  pupils!: EntityTable<PupilRecord, 'id'>;
  risks!: EntityTable<RiskRecord, 'id'>;
  documents!: EntityTable<DocumentRecord, 'id'>;
  contacts!: EntityTable<ContactRecord, 'id'>;
  checklist!: EntityTable<ChecklistRecord, 'id'>;
  templates!: EntityTable<TemplateRecord, 'id'>;
  recipes!: EntityTable<RecipeRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  events!: EntityTable<EventRecord, 'id'>;
  /** Teachers' exports imported into a principal's Insyn (version 2). */
  schoolExports!: EntityTable<SchoolExportRecord, 'id'>;
  /** The support chain (version 6): extra anpassningar, and each anmälan till rektor with what followed. */
  adaptations!: EntityTable<AdaptationRecord, 'id'>;
  referrals!: EntityTable<ReferralRecord, 'id'>;
  /** When imported rows arrived (version 8), for retention's notice. */
  arrivals!: Table<ArrivalRecord, [string, string | number]>;

  constructor(name = 'insyn') {
    super(name);
    this.version(1).stores({
      visits: '++id, at, url',
      pupils: 'id, group, lastSeen',
      risks: 'id, pupilId, status, subject, term, firstSeen',
      documents: 'id, pupilId, type, term',
      contacts: 'id, pupilId, at, followUp',
      checklist: 'id, pupilId, kind, status, due, term',
      templates: 'id',
      recipes: 'id',
      settings: 'key',
      events: '++id, at',
    });
    // Version 2 only adds a table: existing rows need no upgrade function.
    this.version(2).stores({ schoolExports: 'id, teacher, school, exportedAt' });
    // Version 3 adds an index so the badge and the counts read open items by due date without a scan.
    this.version(3).stores({ checklist: 'id, pupilId, kind, status, due, term, [status+due]' });
    // Version 4 changes no index: an unanswered call no longer counts as told, so what it closed opens again.
    this.version(4).stores({}).upgrade(reopenUntold);
    // Version 6 (5 was never used) adds the support chain's two tables. Decisions Insyn
    // already read from pages stay documents: an anmälan is the teacher's, never inferred from a page.
    this.version(6).stores({ adaptations: 'id, pupilId, evaluationDue', referrals: 'id, pupilId, madeOn' });
    // Version 7 adds indexes in list order for what the dashboard filters by, so a first page is read off
    // an index rather than from the whole table (docs/performance.md, *Dashboard*). No row changes.
    this.version(7).stores({
      checklist: 'id, pupilId, kind, status, due, term, [status+due], [kind+due]',
      contacts: 'id, pupilId, at, followUp, [channel+at], [outcome+at]',
      risks: 'id, pupilId, status, subject, term, firstSeen, [status+firstSeen]',
    });
    // Version 8 adds when imported rows arrived, and keeps of each visit's address only the path: a query
    // or fragment may name a pupil (?elev=4901, #/elev/4901) and outlive her erasure.
    this.version(8).stores({ arrivals: '[table+id], at' }).upgrade(stripVisitAddresses);
    // Version 9 changes no index: events whose ids an older build's restore left unsafe (2^53−1 blocks
    // every later write) are renumbered in their order, in a store made again (migration-v9-event-ids.ts).
    this.version(9).stores({}).upgrade(renumberUnsafeEventIds);
  }
}

let instance: InsynDatabase | undefined;

/**
 * The one database of this extension context. When the teacher has set the lock, its rows' names and free
 * text are sealed (encrypted-fields.ts) and opened with the keys of this browser session (utils/lock/).
 */
export function getDatabase(): InsynDatabase {
  if (instance) return instance;
  const db = new InsynDatabase();
  useSealing(db, () => contextLock.state());
  const isSet = async () => Boolean(await readLockParams(db));
  contextLock.begin(async () => ({ enabled: await isSet(), keys: await sessionKeys() }));
  followSessionLock(isSet);
  instance = db;
  return db;
}
