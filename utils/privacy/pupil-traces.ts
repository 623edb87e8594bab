import { nameKey, pageIdOf, pupilIdFor } from '../db/pupil-ids';
import type { PupilRecord } from '../db/records';
import { TABLE_NAMES, type ExportTables, type TableName } from '../export/schema';

/**
 * Where a pupil shows in Insyn's rows, for erasure (docs/privacy.md, *How to erase*). Pure. A pupil is
 * known by her id and by her normalised name: the same pupil may have a second row from a page that gave
 * no InfoMentor id or no group (a list of decisions), `name:berg, alva|` beside `im:4901`.
 */
export interface PupilTraces {
  /** Every pupil id that is her: her own, her rows by name (with and without her group), duplicates. */
  ids: ReadonlySet<string>;
  /** Whether a text (an address, a recipe, a template) names her or carries her InfoMentor id. */
  mentions: (text: string) => boolean;
}

/**
 * `self` is her row where the erasure was asked (absent: only the id is known); `among` the pupils of
 * the tables searched. A duplicate has her name and her group, or no group at all.
 */
export function pupilTraces(pupilId: string, self: PupilRecord | undefined, among: readonly PupilRecord[]): PupilTraces {
  const ids = new Set([pupilId]);
  const names: string[] = [];
  if (self) {
    const key = nameKey(self.name);
    const group = self.group ? nameKey(self.group) : '';
    ids.add(pupilIdFor(self.name, undefined, undefined));
    if (self.group) ids.add(pupilIdFor(self.name, undefined, self.group));
    for (const p of among) if (nameKey(p.name) === key && (!p.group || (group !== '' && nameKey(p.group) === group))) ids.add(p.id);
    names.push(...nameForms(self.name));
  }
  const pageIds = [...ids].flatMap((id) => pageIdOf(id) ?? []);
  const tokens = [...names, ...pageIds].filter((w) => w.length > 0).map(wholeWord);
  const mentions = (text: string) => tokens.length > 0 && [text, decoded(text)].some((t) => tokens.some((token) => token.test(t)));
  return { ids, mentions };
}

/** "Berg, Alva" as pages and letters write it: that way and "Alva Berg". */
function nameForms(name: string): string[] {
  const [last, first] = nameKey(name).split(/,\s*/);
  return first ? [nameKey(name), `${first} ${last}`] : [nameKey(name)];
}

function wholeWord(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu');
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

export type RemovedRows = { [K in TableName]: ExportTables[K] };

/**
 * The tables without every row about her: rows of her ids, templates and page recipes that name her,
 * and events about any of these. Events name rows by id: a risk's, document's or checklist item's id
 * holds the pupil's id, so events about rows retention deleted earlier are found too.
 */
export function withoutPupil(tables: ExportTables, traces: PupilTraces): { kept: ExportTables; removed: RemovedRows } {
  const kept = {} as Record<TableName, object[]>;
  const removed = {} as Record<TableName, object[]>;
  const named = new Set<string>(traces.ids);
  const split = (name: TableName, about: (row: never) => boolean) => {
    const rows = tables[name] as object[];
    kept[name] = rows.filter((row) => !about(row as never));
    removed[name] = rows.filter((row) => about(row as never));
    for (const row of removed[name]) if ('id' in row && typeof row.id === 'string') named.add(row.id);
  };
  const own = ({ pupilId }: { pupilId: string }) => traces.ids.has(pupilId);
  for (const name of TABLE_NAMES) {
    if (name === 'events') continue;
    if (name === 'pupils') split(name, ({ id }: { id: string }) => traces.ids.has(id));
    else if (name === 'templates')
      split(name, (t: { name: string; subject: string; body: string }) => traces.mentions(`${t.name}\n${t.subject}\n${t.body}`));
    else if (name === 'recipes') split(name, (r: object) => traces.mentions(JSON.stringify(r)));
    else if (name === 'settings') split(name, () => false);
    else split(name, own);
  }
  split('events', ({ subject }: { subject?: string }) => subject !== undefined && namesAny(subject, named, traces.ids));
  return { kept: kept as ExportTables, removed: removed as RemovedRows };
}

/** Checklist ids are `<kind>|<risk or document id>|…`: they name the pupil after the first part. */
function namesAny(subject: string, rowIds: ReadonlySet<string>, pupilIds: ReadonlySet<string>): boolean {
  if (rowIds.has(subject)) return true;
  const rest = subject.slice(subject.indexOf('|') + 1);
  return [...pupilIds].some((id) => subject.startsWith(`${id}|`) || rest.startsWith(`${id}|`));
}
